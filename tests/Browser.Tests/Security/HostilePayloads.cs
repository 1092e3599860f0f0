namespace Halsoportal.Browser.Tests.Security;

/// <summary>
/// Hostile Markdown and HTML for the XSS test (security.md item 7). Every payload that could run
/// calls <c>window.__xss.push('&lt;name&gt;')</c> (or <c>alert</c>), so the test sees by name what ran.
/// They cover raw HTML (the renderer must not pass it on), Markdown links, images and autolinks with
/// javascript:/data:/vbscript: targets in every spelling, entity and whitespace tricks, event handlers
/// in many forms, mutation-XSS shapes that fooled sanitizers before, and payloads inside every block
/// the allow-list keeps (headings, lists, quotes, tables, emphasis, code).
/// </summary>
public static class HostilePayloads
{
    /// <summary>A word only the hostile article has, to find it in the search.</summary>
    public const string SearchWord = "provordxss";

    public const string Title = """Säkerhetstest <img src=x onerror="window.__xss.push('title')"><script>window.__xss.push('title-script')</script>""";

    public const string Ingress = $$"""Ingressen {{SearchWord}} <script>window.__xss.push('ingress')</script><svg onload="window.__xss.push('ingress-svg')"></svg> "><img src=x onerror=alert('ingress-dialog')>""";

    public const string Body = """
        ## Rörelse <img src=x onerror="window.__xss.push('h2')">

        Vanlig text med en säker länk: [Läs om stavgång hos 1177](https://www.1177.se/).

        <script>window.__xss.push('script')</script>

        <SCRIPT SRC="data:text/javascript,window.__xss.push('script-src-data')"></SCRIPT>

        <img src=x onerror="window.__xss.push('img-onerror')">

        <img src=x onerror=window.__xss.push('img-onerror-unquoted')>

        <IMG SRC=x OnErRoR=alert('img-dialog')>

        <svg onload="window.__xss.push('svg-onload')"></svg>

        <svg><script>window.__xss.push('svg-script')</script></svg>

        <svg><animate onbegin="window.__xss.push('svg-animate')" attributeName="x" dur="1s"/></svg>

        <svg><a xlink:href="javascript:window.__xss.push('svg-xlink')"><text x="20" y="20">Läs om svg</text></a></svg>

        [Läs om promenader](javascript:window.__xss.push('md-link'))

        [Läs om löpning](JaVaScRiPt:window.__xss.push('md-link-case'))

        [Läs om cykling](&#106;avascript:window.__xss.push('md-link-entity'))

        [Läs om simning](&#x6A;&#x61;vascript:window.__xss.push('md-link-hex-entity'))

        [Läs om dans](java&#9;script:window.__xss.push('md-link-tab'))

        [Läs om yoga](javascript&colon;window.__xss.push('md-link-colon'))

        [Läs om gympa](<javascript:window.__xss.push('md-link-angle')>)

        [Läs om paddling]( javascript:window.__xss.push('md-link-space'))

        [Läs om boule](vbscript:msgbox('md-link-vbscript'))

        [Läs om skidor](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MucHVzaCgnZGF0YScpPC9zY3JpcHQ+)

        [Läs om bad](data:text/html,<script>window.__xss.push('md-link-data')</script>)

        [Läs om golf](https://www.1177.se/ "\" onmouseover=\"window.__xss.push('md-title-breakout')")

        [Läs om tennis][fel]

        [fel]: javascript:window.__xss.push('md-reference')

        <javascript:window.__xss.push('md-autolink')>

        <JAVASCRIPT:alert('md-autolink-dialog')>

        ![En skog i dimma](javascript:window.__xss.push('md-image'))

        ![En sjö" onerror="window.__xss.push('md-image-alt')](x)

        [![En fjäll i sol](x)](javascript:window.__xss.push('md-image-link'))

        [<img src=x onerror="window.__xss.push('md-link-text')">](https://www.1177.se/)

        <a href="javascript:window.__xss.push('html-a')">Läs om klättring</a>

        <a href="&#x6A;avascript:window.__xss.push('html-a-entity')">Läs om ridning</a>

        <a href="  javascript:window.__xss.push('html-a-space')">Läs om fotboll</a>

        <a href="https://www.1177.se/" onclick="window.__xss.push('html-a-onclick')" onmouseover="window.__xss.push('html-a-onmouseover')" onfocus="window.__xss.push('html-a-onfocus')">Läs om handboll</a>

        <iframe src="javascript:parent.__xss.push('iframe-js')"></iframe>

        <iframe srcdoc="<script>parent.__xss.push('iframe-srcdoc')</script>"></iframe>

        <object data="data:text/html,<script>parent.__xss.push('object')</script>"></object>

        <embed src="data:text/html,<script>parent.__xss.push('embed')</script>">

        <style>body { background: url("javascript:window.__xss.push('style')") } .prose { display: none }</style>

        <link rel="stylesheet" href="javascript:window.__xss.push('link')">

        <p style="background:url(javascript:window.__xss.push('style-attr'))">Stil i attribut</p>

        <p onclick="window.__xss.push('p-onclick')" onmouseover="window.__xss.push('p-onmouseover')">Håll musen här</p>

        <div onmouseenter="window.__xss.push('div-onmouseenter')" onpointerover="window.__xss.push('div-onpointerover')" tabindex="0" onfocusin="window.__xss.push('div-onfocusin')">Ruta</div>

        <details open ontoggle="window.__xss.push('details-ontoggle')"><summary>Mer</summary>Text</details>

        <input autofocus onfocus="window.__xss.push('input-autofocus')">

        <body onload="window.__xss.push('body-onload')">

        <video><source onerror="window.__xss.push('video-source')"></video>

        <audio src=x onerror="window.__xss.push('audio')"></audio>

        <marquee onstart="window.__xss.push('marquee')">Rullande</marquee>

        <form action="javascript:window.__xss.push('form-action')"><button formaction="javascript:window.__xss.push('formaction')">Skicka</button></form>

        <meta http-equiv="refresh" content="0;url=javascript:window.__xss.push('meta-refresh')">

        <base href="javascript:window.__xss.push('base')//">

        <math><mtext><table><mglyph><style><img src=x onerror="window.__xss.push('mxss-math')">

        <noscript><p title="</noscript><img src=x onerror=window.__xss.push('mxss-noscript')>"></noscript>

        <template><img src=x onerror="window.__xss.push('template')"></template>

        <!--><img src=x onerror="window.__xss.push('comment')">-->

        <![CDATA[<img src=x onerror="window.__xss.push('cdata')">]]>

        &lt;img src=x onerror="window.__xss.push('entities')"&gt;

        &#60;script&#62;window.__xss.push('numeric-entities')&#60;/script&#62;

        `<img src=x onerror="window.__xss.push('code-span')">`

        ```html
        <script>window.__xss.push('code-fence')</script>
        ```

        ### Tabell <svg onload="window.__xss.push('h3')">

        | Rubrik | Text |
        | --- | --- |
        | <img src=x onerror="window.__xss.push('table-cell')"> | [Läs om bandy](javascript:window.__xss.push('table-link')) |

        > <img src=x onerror="window.__xss.push('blockquote')">
        > [Läs om orientering](javascript:window.__xss.push('blockquote-link'))

        - <svg onload="window.__xss.push('list-item')">
        - **<img src=x onerror="window.__xss.push('strong')">**
        - *<img src=x onerror="window.__xss.push('em')">*
        - [Läs om curling](javascript:window.__xss.push('list-link'))

        1. <iframe src="javascript:parent.__xss.push('ordered-list')"></iframe>
        """;

    public const string EasyReadTitle = """Lättläst säkerhetstest <img src=x onerror="window.__xss.push('easy-title')">""";

    public const string EasyReadIngress = """Kort text. <script>window.__xss.push('easy-ingress')</script>""";

    public const string EasyReadBody = """
        ## Om testet

        <img src=x onerror="window.__xss.push('easy-img')">

        [Läs mer om testet hos 1177](javascript:window.__xss.push('easy-link'))

        <svg onload="window.__xss.push('easy-svg')"></svg>
        """;

    public const string LocalAdditionHeading = """Lokalt <img src=x onerror="window.__xss.push('addition-heading')">""";

    public const string LocalAdditionBody = """
        <script>window.__xss.push('addition-script')</script>

        [Läs om kommunens simhall](javascript:window.__xss.push('addition-link'))

        <img src=x onerror="window.__xss.push('addition-img')">
        """;
}
