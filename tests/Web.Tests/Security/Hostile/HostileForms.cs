using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Halsoportal.Web.Tests.Security.Hostile;

/// <summary>One form as a browser sees it on a page: where it goes, how, its fields as filled, its text fields and its buttons.</summary>
public sealed record DiscoveredForm(
    string Page,
    string Action,
    string Method,
    bool Multipart,
    IReadOnlyList<KeyValuePair<string, string>> Fields,
    IReadOnlyList<string> TextFields,
    IReadOnlyList<(string? Name, string? Value, string? FormAction, string Text)> Buttons,
    string? Token,
    IReadOnlyDictionary<string, string> SuggestEndpoints)
{
    public string Key(string field) => $"{Method} {Action} [{field}]";
}

/// <summary>
/// Reads the forms of a page (so a new form or field is covered without a change here) and sends problem strings through
/// their text fields, checking each answer. A finding is a string: the test lists them all and fails when there is any.
/// </summary>
public static class HostileForms
{
    private const string TokenField = "__RequestVerificationToken";

    /// <summary>The input types a person types text into (hidden, checkbox, radio, file and buttons are not text).</summary>
    private static readonly HashSet<string> TextTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text", "search", "email", "url", "tel", "password", "number", "date", "time", "datetime-local", "month", "week", "",
    };

    /// <summary>Buttons the run never presses: they would take away the items the other fields are tried on, or the session.</summary>
    private static readonly string[] Destructive = ["ta bort", "radera", "logga ut", "avpublicera", "inaktivera", "återställ", "rulla tillbaka", "avsluta", "stäng av"];

    /// <summary>The English texts ASP.NET Core's model binding and data annotations write when the app has not put them in Swedish.</summary>
    private static readonly string[] EnglishMessages =
    [
        "The value", "is not valid", "is invalid", "field is required", "must be a", "must be between", "The field", "A value for the",
        "is required.", "must be a string", "maximum length", "minimum length", "is not a valid", "An error occurred",
    ];

    public static async Task<IReadOnlyList<DiscoveredForm>> DiscoverAsync(HttpClient client, string page, List<string> findings)
    {
        var (response, document) = await GetDocumentAsync(client, page);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            findings.Add($"{page}: the form page answered {(int)response.StatusCode} {response.Headers.Location}");
            return [];
        }

        findings.AddRange(MarkupFindings(document, page));
        return FormsOf(document, page);
    }

    public static IReadOnlyList<DiscoveredForm> FormsOf(IDocument document, string page)
    {
        var forms = new List<DiscoveredForm>();
        foreach (var form in document.QuerySelectorAll("form").OfType<IHtmlFormElement>())
        {
            var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page;
            if (action.StartsWith("http", StringComparison.OrdinalIgnoreCase) || action.Contains("logga-ut", StringComparison.Ordinal))
            {
                continue;
            }

            var method = (form.GetAttribute("method") ?? "get").ToUpperInvariant();
            var multipart = string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase);
            var fields = new List<KeyValuePair<string, string>>();
            var texts = new List<string>();
            var suggest = new Dictionary<string, string>();
            string? token = null;
            var radiosSeen = new HashSet<string>();
            foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
            {
                var name = element.GetAttribute("name")!;
                if (name == TokenField)
                {
                    token = element.GetAttribute("value");
                    continue;
                }

                switch (element)
                {
                    case IHtmlInputElement { Type: "radio" } radio:
                        // A radio group with nothing chosen gets its first option, so the other fields are valid.
                        var group = form.QuerySelectorAll($"input[type=radio]").OfType<IHtmlInputElement>().Where(r => r.Name == name).ToList();
                        if (radiosSeen.Add(name))
                        {
                            var chosen = group.FirstOrDefault(r => r.IsChecked) ?? group[0];
                            fields.Add(new(name, chosen.Value));
                        }

                        break;
                    case IHtmlInputElement { Type: "checkbox" } box:
                        if (box.IsChecked)
                        {
                            fields.Add(new(name, box.Value));
                        }

                        break;
                    case IHtmlInputElement { Type: "submit" or "button" or "image" or "reset" or "file" }:
                        break;
                    case IHtmlInputElement input:
                        fields.Add(new(name, input.Value));
                        if (TextTypes.Contains(input.GetAttribute("type") ?? "") && !input.IsReadOnly && !input.IsDisabled)
                        {
                            texts.Add(name);
                            if (input.GetAttribute("data-suggest") is { Length: > 0 } endpoint)
                            {
                                suggest[name] = endpoint;
                            }
                        }

                        break;
                    case IHtmlTextAreaElement textarea:
                        fields.Add(new(name, textarea.Value));
                        if (!textarea.IsReadOnly && !textarea.IsDisabled)
                        {
                            texts.Add(name);
                        }

                        break;
                    case IHtmlSelectElement select:
                        var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                        if (option is not null)
                        {
                            fields.Add(new(name, option.Value));
                        }

                        break;
                }
            }

            if (texts.Count == 0)
            {
                continue;
            }

            var buttons = form.QuerySelectorAll("button, input[type=submit]")
                .Where(b => (b.GetAttribute("type") ?? "submit").Equals("submit", StringComparison.OrdinalIgnoreCase))
                .Select(b => (Name: b.GetAttribute("name"), Value: b.GetAttribute("value"), FormAction: b.GetAttribute("formaction"), Text: (b.TextContent.Trim() is { Length: > 0 } t ? t : b.GetAttribute("value") ?? "").Trim()))
                .Where(b => !Destructive.Any(d => b.Text.Contains(d, StringComparison.OrdinalIgnoreCase)) && !(b.FormAction ?? "").Contains("delete", StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (buttons.Count == 0 && form.QuerySelectorAll("button, input[type=submit]").Length > 0)
            {
                // Only destructive buttons (a delete form with a confirmation field): left alone.
                continue;
            }

            forms.Add(new DiscoveredForm(page, action, method, multipart, fields, texts, buttons, token, suggest));
        }

        return forms;
    }

    /// <summary>What one problem string in one field did.</summary>
    public enum Outcome
    {
        Accepted,
        Refused,
        Problem,
    }

    /// <summary>
    /// Sends <paramref name="value"/> in <paramref name="field"/> of <paramref name="form"/> (every other field as the page
    /// filled it; the <paramref name="turn"/>-th submit button, so every button of the form gets its turn) and checks the
    /// answer and, after a success, the page it leads to.
    /// </summary>
    public static async Task<(Outcome Outcome, string? ShownAt, IDocument? Shown)> SendAsync(HttpClient client, DiscoveredForm form, string field, ProblemString value, int turn, List<string> findings)
    {
        var where = $"{form.Key(field)} ← {value.Label}";
        var button = form.Buttons.Count == 0 ? default : form.Buttons[turn % form.Buttons.Count];
        var action = button.FormAction is { Length: > 0 } fa ? fa : form.Action;
        var pairs = new List<(string Name, string Encoded, byte[] Raw)>();
        foreach (var (name, current) in form.Fields)
        {
            if (name == field)
            {
                continue;
            }

            pairs.Add((name, Uri.EscapeDataString(current), Encoding.UTF8.GetBytes(current)));
        }

        pairs.Add((field, value.FormEncoded, value.Bytes));
        if (button.Name is { Length: > 0 })
        {
            pairs.Add((button.Name, Uri.EscapeDataString(button.Value ?? ""), Encoding.UTF8.GetBytes(button.Value ?? "")));
        }

        HttpResponseMessage response;
        if (form.Method == "GET")
        {
            var separator = action.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            response = await client.GetAsync(new Uri(action + separator + string.Join('&', pairs.Select(p => $"{Uri.EscapeDataString(p.Name)}={p.Encoded}")), UriKind.Relative));
        }
        else
        {
            if (form.Token is not null)
            {
                pairs.Add((TokenField, Uri.EscapeDataString(form.Token), Encoding.UTF8.GetBytes(form.Token)));
            }

            HttpContent content;
            if (form.Multipart)
            {
                var multipart = new MultipartFormDataContent("hostilegrans");
                foreach (var (name, _, raw) in pairs)
                {
                    multipart.Add(new ByteArrayContent(raw), name);
                }

                content = multipart;
            }
            else
            {
                content = new StringContent(string.Join('&', pairs.Select(p => $"{Uri.EscapeDataString(p.Name)}={p.Encoded}")), Encoding.ASCII);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
            }

            using (content)
            {
                response = await client.PostAsync(new Uri(action, UriKind.Relative), content);
            }
        }

        using (response)
        {
            return await CheckAnswerAsync(client, response, value, where, findings);
        }
    }

    /// <summary>Sends the string to a suggestion or API endpoint that answers JSON.</summary>
    public static async Task SendToJsonAsync(HttpClient client, string endpoint, string parameter, ProblemString value, List<string> findings)
    {
        var where = $"GET {endpoint} [{parameter}] ← {value.Label}";
        var separator = endpoint.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var response = await client.GetAsync(new Uri($"{endpoint}{separator}{parameter}={value.FormEncoded}", UriKind.Relative));
        var status = (int)response.StatusCode;
        if (status >= 500 || status is not (200 or 400 or 422))
        {
            findings.Add($"{where}: answered {status}");
            return;
        }

        var body = await response.Content.ReadAsStringAsync();
        try
        {
            using var _ = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            findings.Add($"{where}: the answer is not JSON ({ex.Message}): {body[..Math.Min(body.Length, 120)]}");
        }

        if (status != 200 && EnglishMessages.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } english)
        {
            findings.Add($"{where}: {status} with an English message ('{english}'): {body[..Math.Min(body.Length, 200)]}");
        }
    }

    private static async Task<(Outcome Outcome, string? ShownAt, IDocument? Shown)> CheckAnswerAsync(HttpClient client, HttpResponseMessage response, ProblemString value, string where, List<string> findings)
    {
        var status = (int)response.StatusCode;
        if (status is 301 or 302 or 303)
        {
            var location = response.Headers.Location?.OriginalString ?? "";
            if (location.Contains("logga-in", StringComparison.Ordinal) || location.StartsWith("http", StringComparison.OrdinalIgnoreCase) || location.StartsWith("//", StringComparison.Ordinal))
            {
                findings.Add($"{where}: redirected to {location}");
                return (Outcome.Problem, null, null);
            }

            // The page the success leads to shows the value again: it must come back encoded.
            var (shown, document) = await GetDocumentAsync(client, location);
            if ((int)shown.StatusCode != 200)
            {
                findings.Add($"{where}: the page after the success, {location}, answered {(int)shown.StatusCode}");
                return (Outcome.Problem, null, null);
            }

            var before = findings.Count;
            CheckShownAgain(document, await shown.Content.ReadAsStringAsync(), value, $"{where} → {location}", findings);
            return (findings.Count == before ? Outcome.Accepted : Outcome.Problem, location, document);
        }

        if (status is not (200 or 400 or 413 or 422))
        {
            var body = await response.Content.ReadAsStringAsync();
            findings.Add($"{where}: answered {status} {response.Headers.Location} {body[..Math.Min(body.Length, 300)]}");
            return (Outcome.Problem, null, null);
        }

        var html = await response.Content.ReadAsStringAsync();
        var page = await new HtmlParser().ParseDocumentAsync(html);
        var count = findings.Count;
        CheckShownAgain(page, html, value, where, findings);
        var summary = page.QuerySelector(".error-summary");

        // A request the framework cannot read at all (a NUL in the form) gets the site's Swedish 400 page,
        // and a string longer than the endpoint's body limit (BodyLimits) the Swedish 413 page.
        var heading = page.QuerySelector("h1")?.TextContent.Trim();
        var errorPage = (status == 400 && heading == "Felaktig begäran") || (status == 413 && heading == "För mycket data");
        if (status == 413 && !errorPage)
        {
            findings.Add($"{where}: 413 without the Swedish page: {page.Title}");
        }

        if (status != 200 && summary is null && !errorPage)
        {
            findings.Add($"{where}: {status} without an error summary: {page.Title}");
        }

        if (summary is not null)
        {
            var messages = summary.QuerySelectorAll("li, a").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
            if (messages.Count == 0 && summary.TextContent.Trim().Length == 0)
            {
                findings.Add($"{where}: an empty error summary");
            }

            foreach (var message in messages.Distinct())
            {
                if (EnglishMessages.FirstOrDefault(m => message.Contains(m, StringComparison.Ordinal)) is { } english)
                {
                    findings.Add($"{where}: an English message ('{english}'): {message}");
                }
            }
        }

        return (findings.Count != count ? Outcome.Problem : summary is null && !errorPage ? Outcome.Accepted : Outcome.Refused, null, null);
    }

    /// <summary>The page shows the value again (a form filled in again, a search for it, a saved item): nothing of it may be markup.</summary>
    public static void CheckShownAgain(IDocument document, string html, ProblemString value, string where, List<string> findings)
    {
        foreach (var finding in MarkupFindings(document, where))
        {
            findings.Add(finding);
        }

        // A string with a tag in it must never appear as it is in the HTML (encoded it reads &lt;…).
        var text = value.Text;
        if (text.Length is > 3 and < 5000 && text.Contains('<', StringComparison.Ordinal) && html.Contains(text, StringComparison.Ordinal)
            && System.Text.RegularExpressions.Regex.IsMatch(text, "<[a-zA-Z!/]"))
        {
            findings.Add($"{where}: the string is in the HTML unencoded");
        }
    }

    /// <summary>
    /// What must never be in a page of this site whatever was typed: an inline event handler, an inline script (JSON-LD must
    /// parse), a script from elsewhere, a script URL in a link or form, or an element that loads other documents.
    /// </summary>
    public static IEnumerable<string> MarkupFindings(IDocument document, string where)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"{where}: <{element.LocalName}> has {attribute.Name}=\"{Short(attribute.Value)}\"";
                }

                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "data" or "srcdoc" or "poster"
                    && System.Text.RegularExpressions.Regex.IsMatch(attribute.Value, @"^[\s\x00-\x20]*(javascript|vbscript|data)\s*:", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
                    && !(element.LocalName == "img" && attribute.Value.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase)))
                {
                    yield return $"{where}: <{element.LocalName}> has {attribute.Name}=\"{Short(attribute.Value)}\"";
                }
            }

            switch (element.LocalName)
            {
                case "script" when element.GetAttribute("src") is { } src:
                    if (!src.StartsWith('/') || src.StartsWith("//", StringComparison.Ordinal))
                    {
                        yield return $"{where}: a script from {src}";
                    }

                    break;
                case "script" when element.GetAttribute("type") == "application/ld+json":
                    string? broken = null;
                    try
                    {
                        using var _ = JsonDocument.Parse(element.TextContent);
                    }
                    catch (JsonException)
                    {
                        broken = element.TextContent;
                    }

                    if (broken is not null)
                    {
                        yield return $"{where}: a JSON-LD block that is not JSON: {Short(broken)}";
                    }

                    break;
                case "script":
                    yield return $"{where}: an inline <script>: {Short(element.TextContent)}";
                    break;
                case "iframe" or "frame" or "object" or "embed" or "applet" or "base":
                    yield return $"{where}: an <{element.LocalName}> element";
                    break;
                case "meta" when element.GetAttribute("http-equiv") is { } equiv && equiv.Equals("refresh", StringComparison.OrdinalIgnoreCase):
                    yield return $"{where}: a meta refresh";
                    break;
            }
        }
    }

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetDocumentAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return (response, document);
    }

    private static string Short(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
