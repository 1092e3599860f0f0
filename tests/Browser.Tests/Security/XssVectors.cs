using System.Globalization;
using System.Text;

namespace Halsoportal.Browser.Tests.Security;

/// <summary>One generated vector: its unique name (what it pushes to <c>window.__xss</c> if it runs) and its Markdown.</summary>
public sealed record XssVector(string Name, string Markdown);

/// <summary>
/// Over a thousand XSS vectors for the editor's Markdown, generated from systematic combinations rather than typed by hand
/// (security.md item 7, issue 9): element × event handler × attribute quoting and separators × the block they sit in
/// (paragraph, heading, list, quote, table cell, emphasis, link text, code); script URLs in every spelling × every place a
/// URL goes (Markdown link, image, autolink, reference, and the HTML attributes that take URLs); and mutation-XSS shapes
/// that fooled sanitizers before. Every vector that could run calls <c>window.__xss.push('&lt;name&gt;')</c> (or
/// <c>alert('&lt;name&gt;')</c>), so the test names what ran.
/// </summary>
public static class XssVectors
{
    private static readonly string[] Elements =
    [
        "img src=x", "svg", "body", "iframe", "input autofocus", "details open", "video src=x", "audio src=x", "object data=x",
        "embed src=x", "a href=x", "div tabindex=0", "p", "select autofocus", "textarea autofocus", "marquee", "math", "button autofocus",
        "form", "x", "image src=x", "style", "keygen autofocus", "source src=x", "frameset", "table background=x", "picture",
    ];

    private static readonly string[] Events =
    [
        "onerror", "onload", "onfocus", "onmouseover", "onclick", "ontoggle", "onanimationstart", "onbegin", "onpointerenter",
        "onfocusin", "onmouseenter", "onstart", "oninput", "onbeforetoggle", "onwheel", "onpaste",
    ];

    /// <summary>How the handler is written: (between tag and handler, opening quote, closing quote, how the name is quoted inside).</summary>
    private static readonly (string Gap, string Open, string Close, string Call)[] Quotings =
    [
        (" ", "\"", "\"", "window.__xss.push('{0}')"),
        (" ", "'", "'", "window.__xss.push(\"{0}\")"),
        (" ", "", "", "window.__xss.push('{0}')"),
        ("/", "", "", "window.__xss.push(`{0}`)"),
        ("\n", "\"", "\"", "alert('{0}')"),
        ("\t", "'", "'", "top['__xss'].push(\"{0}\")"),
        (" ", "\"", "\"", "&#119;indow.__xss.push('{0}')"),
        ("/**/", "\"", "\"", "self[`__xss`].push('{0}')"),
    ];

    private static readonly string[] Blocks = ["{0}", "## Rubrik {0}", "- {0}", "> {0}", "| A | B |\n| --- | --- |\n| {0} | text |", "Text *{0}* mer", "[{0}](https://www.1177.se/)", "### {0}", "1. **{0}**", "Före {0} efter", "`{0}`", "    {0}"];

    private static readonly string[] SchemeSpellings =
    [
        "javascript:{0}", "JaVaScRiPt:{0}", "java\tscript:{0}", "java&#x09;script:{0}", "&#106;avascript:{0}", "&#x6A;avascript:{0}",
        "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058{0}", "jav&#x0A;ascript:{0}",
        " javascript:{0}", "javascript&colon;{0}", "javascript&#58;{0}", "javascript://%0a{0}", "\u0001javascript:{0}", "vbscript:{0}",
        "data:text/html,<script>{0}</script>", "data:text/html;base64,{B}", "data:image/svg+xml,<svg onload=\"{0}\"/>", "livescript:{0}",
        "JAVASCRIPT:{0}", "javascript\u200b:{0}", "%6Aavascript:{0}",
    ];

    private static readonly string[] UrlPlaces =
    [
        "[Läs om promenader hos 1177]({U})", "![En bild]({U})", "<{U}>", "[Läs om promenader hos 1177][r{N}]\n\n[r{N}]: {U}", "<a href=\"{U}\">Läs om cykling hos 1177</a>",
        "<iframe src=\"{U}\"></iframe>", "<form action=\"{U}\"><button>Skicka</button></form>", "<button formaction=\"{U}\">Skicka</button>",
        "<object data=\"{U}\"></object>", "<embed src=\"{U}\">", "<svg><a xlink:href=\"{U}\"><text x=\"9\" y=\"9\">Läs om simning</text></a></svg>",
        "<math href=\"{U}\">Läs om dans</math>", "[Läs om promenader hos 1177](<{U}>)", "[Läs om promenader hos 1177]({U} \"titel\")", "<img src=\"{U}\">", "<area href=\"{U}\">",
    ];

    private static readonly string[] Mutations =
    [
        "<math><mtext><table><mglyph><style><img src=x onerror=\"{0}\">",
        "<noscript><p title=\"</noscript><img src=x onerror={0}>\"></noscript>",
        "<svg></p><style><a id=\"</style><img src=1 onerror={0}>\">",
        "<form><math><mtext></form><form><mglyph><svg><mtext><style><path id=\"</style><img onerror={0} src>\">",
        "<svg><style><img src=x onerror={0}></style></svg>",
        "<math><mi><mglyph><svg><mtext><textarea><path id=\"</textarea><img onerror={0} src=1>\"></path></textarea></mtext></svg></mglyph></mi></math>",
        "<!--><img src=x onerror={0}>-->",
        "<![CDATA[><img src=x onerror={0}>]]>",
        "<template><img src=x onerror={0}></template>",
        "<xmp></xmp><img src=x onerror={0}></xmp>",
        "<title><img src=x onerror={0}></title>",
        "<textarea><img src=x onerror={0}></textarea>",
        "<select><template><img src=x onerror={0}></template></select>",
        "<a href=\"https://www.1177.se/\" title=\"\"\"><img src=x onerror={0}>\">x</a>",
        "<scr<script>ipt>{0}</scr</script>ipt>",
        "<<script>{0}//<</script>",
        "<img \"\"\"><script>{0}</script>\">",
        "<svg><script>{0}</script></svg>",
        "<svg><animate onbegin={0} attributeName=x dur=1s>",
        "<svg><set attributeName=onmouseover to={0}>",
        "<iframe srcdoc=\"&lt;script&gt;parent.{0}&lt;/script&gt;\"></iframe>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:{0}\">",
        "<base href=\"javascript:{0}//\">",
        "<link rel=stylesheet href=\"javascript:{0}\">",
        "<style>@import 'javascript:{0}';</style>",
        "<div style=\"background:url(javascript:{0})\">x</div>",
        "<div style=\"x:expression({0})\">x</div>",
        "&lt;img src=x onerror={0}&gt;",
        "&#60;img src=x onerror={0}&#62;",
        "\\<img src=x onerror={0}>",
        "<img src=x onerror=\"{0}\"\n>",
        "<img src=`x` onerror=`{0}`>",
        "<img src=x:alert(alt) onerror=eval(src) alt={0}>",
        "<svg><foreignObject><img src=x onerror={0}></foreignObject></svg>",
        "<isindex type=image src=1 onerror={0}>",
        "<object><param name=src value=\"javascript:{0}\"></object>",
        "<a href=\"javas&#99;ript:{0}\">x</a>",
        "<a href=\"javascript&#x3A;{0}\">x</a>",
        "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='{0}'/></svg>#x\"/></svg>",
        "[x](javascript:{0})",
        "[x](javascript:{0} \"t\")",
        "[<img src=x onerror={0}>](https://www.1177.se/)",
        "![x\" onerror=\"{0}](https://www.1177.se/x.png)",
        "[x](https://www.1177.se/\"onmouseover=\"{0})",
        "[Läs om bad hos 1177](<https://www.1177.se/\"onmouseover=\"{0}>)",
        "**<img src=x onerror={0}>**",
        "~~~\n</code><img src=x onerror={0}>\n~~~",
        "<details open ontoggle={0}><summary>x</summary></details>",
    ];

    /// <summary>Every vector, each with a unique name g0000, g0001, ….</summary>
    public static IReadOnlyList<XssVector> All { get; } = Generate();

    /// <summary>The vectors split into <paramref name="parts"/> article bodies of a few hundred each.</summary>
    public static IReadOnlyList<string> Bodies(int parts)
    {
        var size = (All.Count + parts - 1) / parts;
        return [.. All.Chunk(size).Select(chunk => "## Genererade testfall\n\nText före testfallen.\n\n" + string.Join("\n\n", chunk.Select(v => v.Markdown)) + "\n\nText efter testfallen.\n")];
    }

    private static List<XssVector> Generate()
    {
        var vectors = new List<XssVector>();
        string Next() => "g" + vectors.Count.ToString("D4", CultureInfo.InvariantCulture);

        // Element × event, each pair in two of the quotings (turning, so every pair of quotings meets every element and
        // event); the block it sits in turns with the count, so every block meets every shape.
        for (var e = 0; e < Elements.Length; e++)
        {
            var element = Elements[e];
            for (var h = 0; h < Events.Length; h++)
            {
                var handler = Events[h];
                foreach (var q in new[] { (e + h) % Quotings.Length, (e + h + (Quotings.Length / 2) + (e % 3)) % Quotings.Length }.Distinct())
                {
                    var (gap, open, close, call) = Quotings[q];
                    var name = Next();
                    var tag = element.Split(' ')[0];
                    var html = $"<{element}{gap}{handler}={open}{string.Format(CultureInfo.InvariantCulture, call, name)}{close}>Testfall {name}</{tag}>";
                    vectors.Add(new XssVector(name, string.Format(CultureInfo.InvariantCulture, Blocks[vectors.Count % Blocks.Length], html)));
                }
            }
        }

        // Script URLs: spelling × place.
        foreach (var spelling in SchemeSpellings)
        {
            foreach (var place in UrlPlaces)
            {
                var name = Next();
                var call = $"window.__xss.push('{name}')";
                var url = spelling.Replace("{B}", Convert.ToBase64String(Encoding.UTF8.GetBytes($"<script>parent.__xss.push('{name}')</script>")), StringComparison.Ordinal)
                    .Replace("{0}", call, StringComparison.Ordinal);
                vectors.Add(new XssVector(name, place.Replace("{U}", url, StringComparison.Ordinal).Replace("{N}", name, StringComparison.Ordinal)));
            }
        }

        // Mutation shapes, each in three blocks.
        foreach (var mutation in Mutations)
        {
            foreach (var block in new[] { "{0}", "- {0}", "| A |\n| --- |\n| {0} |" })
            {
                var name = Next();
                var shape = mutation.Replace("{0}", $"window.__xss.push('{name}')", StringComparison.Ordinal);
                vectors.Add(new XssVector(name, block.Replace("{0}", shape, StringComparison.Ordinal)));
            }
        }

        return vectors;
    }
}
