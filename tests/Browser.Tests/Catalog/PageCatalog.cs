using System.Text.RegularExpressions;
using Halsoportal.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Catalog;

/// <summary>
/// Every public template and state of the site. Each entry is checked at every viewport by
/// <see cref="CatalogPageTests"/>. Adding a page is one line here.
/// </summary>
public static partial class PageCatalog
{
    public static IReadOnlyList<CatalogPage> All { get; } =
    [
        // Home: the form, submitted empty, not found, several matches.
        CatalogPage.At("hem", "/"),
        CatalogPage.At("hem-tom-kommun", "/?kommun="),
        CatalogPage.At("hem-okand-kommun", "/?kommun=xyz"),
        CatalogPage.At("hem-flera-kommuner", "/?kommun=upp"),

        // Kommun pages: with local content, filtered, unknown filter, without local content.
        CatalogPage.At("kommun", "/sundsvall"),
        CatalogPage.At("kommun-jonkoping", "/jonkoping"),
        CatalogPage.At("kommun-filtrerad", "/sundsvall?livssituation=aldre"),
        CatalogPage.At("kommun-okant-filter", "/sundsvall?livssituation=okand"),
        CatalogPage.At("kommun-utan-lokalt-innehall", "/stockholm"),

        // Articles: in a kommun, lättläst, regional without a kommun.
        CatalogPage.LinkOn("artikel-i-kommun", "/ornskoldsvik", Links.Article),
        CatalogPage.LinkOn("artikel-lattlast", "/sundsvall", Links.EasyRead),
        CatalogPage.LinkOn("artikel-regional", "/amne/fysisk-aktivitet", Links.RegionalArticle),

        // Lättläst start pages: a kommun with its own lättläst texts, and one with only regional and national ones.
        CatalogPage.At("lattlast", "/sundsvall/lattlast"),
        CatalogPage.At("lattlast-jonkoping", "/jonkoping/lattlast"),
        CatalogPage.At("lattlast-finns-inte", "/finns-inte/lattlast", expectedStatus: 404),

        // Articles in other languages, found through the language switch: Finnish, English, Yiddish (right to left),
        // and a language the article does not have (a 404 that offers the versions it has).
        CatalogPage.LinkOn("artikel-finska", "/sundsvall/sov-battre-enkla-rad-for-dina-natter", Links.Language("Suomi")).InLanguage("fi"),
        CatalogPage.LinkOn("artikel-engelska", "/sundsvall/sov-battre-enkla-rad-for-dina-natter", Links.Language("English")).InLanguage("en"),
        CatalogPage.LinkOn("artikel-jiddisch", "/jonkoping/friska-tander-och-en-frisk-mun-genom-livet", Links.Language("ייִדיש")).InLanguage("yi", "rtl"),
        CatalogPage.At("artikel-sprak-saknas", "/sundsvall/friska-tander-och-en-frisk-mun-genom-livet/fi", expectedStatus: 404),

        // A kommun in another language, found through the kommun page's language switch: Finnish (with the rights of the
        // finska förvaltningsområde) and Yiddish (right to left).
        CatalogPage.LinkOn("kommun-finska", "/sundsvall", Links.Language("Suomi")).InLanguage("fi"),
        CatalogPage.LinkOn("kommun-jiddisch", "/sundsvall", Links.Language("ייִדיש")).InLanguage("yi", "rtl"),
        CatalogPage.At("kommun-sprak-saknas", "/sundsvall/sprak/ar", expectedStatus: 404),

        // Topics: all, in a kommun, one topic, a filter with no articles, a topic in a kommun.
        CatalogPage.At("amnen", "/amne"),
        CatalogPage.At("amnen-i-kommun", "/sundsvall/amne"),
        CatalogPage.At("amne", "/amne/fysisk-aktivitet"),
        CatalogPage.At("amne-utan-traffar", "/amne/spel-om-pengar?livssituation=aldre"),
        CatalogPage.At("amne-i-kommun", "/sundsvall/amne/psykisk-halsa"),

        // Contact points: the finder, filtered, from a place, a misspelt place, nothing found; one contact point.
        CatalogPage.At("kontakt", "/sundsvall/kontakt"),
        CatalogPage.At("kontakt-filtrerad", "/sundsvall/kontakt?behov=entre-utan-trappsteg&behov=horslinga&typ=vardcentral"),
        CatalogPage.At("kontakt-fran-plats", "/jonkoping/kontakt?plats=Huskvarna&omrade=lan"),
        CatalogPage.At("kontakt-okand-plats", "/sundsvall/kontakt?plats=Matfos"),
        CatalogPage.At("kontakt-inga-traffar", "/aneby/kontakt?typ=beroendemottagning&behov=ledstrak"),
        CatalogPage.At("kontaktpunkt", "/sundsvall/kontakt/halsocentralen-matfors"),
        CatalogPage.At("kontakt-personal-sprak", "/sundsvall/kontakt?sprak=fi"),
        CatalogPage.At("kontaktpunkt-finns-inte", "/sundsvall/kontakt/finns-inte", expectedStatus: 404),

        // Medborgardialog (the demo's): the kommun's list, an open and a decided dialog, answering, results.
        CatalogPage.At("dialoger", "/sundsvall/dialog"),
        CatalogPage.At("dialog-oppen", "/sundsvall/dialog/trygga-gang-och-cykelvagar"),
        CatalogPage.At("dialog-beslut", "/sundsvall/dialog/rokfria-miljoer"),
        CatalogPage.At("dialog-svara", "/sundsvall/dialog/trygga-gang-och-cykelvagar/svara"),
        CatalogPage.At("dialog-resultat", "/sundsvall/dialog/rokfria-miljoer/resultat"),
        CatalogPage.At("dialog-resultat-ej-publicerat", "/sundsvall/dialog/trygga-gang-och-cykelvagar/resultat"),
        CatalogPage.At("dialog-finns-inte", "/sundsvall/dialog/finns-inte", expectedStatus: 404),

        // The demo's dialogs in other languages: Finnish, answering in Yiddish (right to left) and in English, results in English.
        CatalogPage.At("dialog-oppen-finska", "/sundsvall/dialog/trygga-gang-och-cykelvagar/fi").InLanguage("fi"),
        CatalogPage.At("dialog-svara-jiddisch", "/sundsvall/dialog/trygga-gang-och-cykelvagar/svara/yi").InLanguage("yi", "rtl"),
        CatalogPage.At("dialog-svara-engelska", "/sundsvall/dialog/trygga-gang-och-cykelvagar/svara/en").InLanguage("en"),
        CatalogPage.At("dialog-resultat-engelska", "/sundsvall/dialog/rokfria-miljoer/resultat/en").InLanguage("en"),

        // The site's own pages.
        CatalogPage.At("sok", "/sok"),
        CatalogPage.At("sok-tom", "/sok?q="),
        CatalogPage.At("sok-traffar-i-kommun", "/sok?q=ungdomsmotagning&kommun=sundsvall"),
        CatalogPage.At("sok-filter-oppna", "/sok?q=barn&kommun=jonkoping&amne=munhalsa"),
        CatalogPage.At("sok-flera-sidor", "/sok?q=h%C3%A4lsa&sida=2"),
        CatalogPage.At("sok-inga-traffar", "/sok?q=qqqxxzzy&lattlast=ja"),

        CatalogPage.At("tillganglighetsredogorelse", "/tillganglighetsredogorelse"),
        CatalogPage.At("rapportera-brist", "/tillganglighetsredogorelse/rapportera"),
        CatalogPage.At("rapportera-brist-kvitto-saknas", "/tillganglighetsredogorelse/rapportera/tack/AAAAAAAA", expectedStatus: 404),
        CatalogPage.At("integritet", "/integritet"),
        CatalogPage.At("om", "/om"),
        // The about page in lättläst, English and Finnish, and a language it lacks (a 404 that offers the versions it has).
        CatalogPage.At("om-lattlast", "/om/lattlast"),
        CatalogPage.At("om-engelska", "/om/en").InLanguage("en"),
        CatalogPage.At("om-finska", "/om/fi").InLanguage("fi"),
        CatalogPage.At("om-sprak-saknas", "/om/yi", expectedStatus: 404),

        // For integrators: the downloads and the API explained.
        CatalogPage.At("oppna-data", "/oppna-data"),
        CatalogPage.At("api-dokumentation", "/oppna-data/api"),

        // Not found: a page that does not exist, and an article that does not exist in a kommun.
        CatalogPage.At("finns-inte", "/finns-inte-alls", expectedStatus: 404),
        CatalogPage.At("finns-inte-i-kommun", "/sundsvall/finns-inte", expectedStatus: 404),
    ];

    /// <summary>
    /// Theory data: every catalog page at every viewport with JavaScript, and on the phone without it (every page
    /// must work without JavaScript; the phone is the stricter layout), by name.
    /// </summary>
    public static TheoryData<string, string, string> PagesAtViewports
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var page in All)
            {
                foreach (var viewport in Viewport.All)
                {
                    data.Add(page.Name, viewport.Name, EditorCatalog.WithJavaScript);
                }

                data.Add(page.Name, Viewport.Phone.Name, EditorCatalog.WithoutJavaScript);
            }

            return data;
        }
    }

    public static CatalogPage Named(string name) =>
        All.SingleOrDefault(p => p.Name == name) ?? throw new ArgumentException($"No catalog page named '{name}'.", nameof(name));

    [GeneratedRegex("^Från Region ")]
    private static partial Regex RegionGroupHeading();

    /// <summary>How content-dependent pages are found.</summary>
    private static class Links
    {
        /// <summary>An article card's title link in the main content.</summary>
        public static ILocator Article(IPage page) =>
            page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Heading, new() { Level = 3 }).GetByRole(AriaRole.Link);

        /// <summary>A card's "Finns på lättläst svenska" link.</summary>
        public static ILocator EasyRead(IPage page) =>
            page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Finns på lättläst svenska" });

        /// <summary>The language switch's link to the version named <paramref name="endonym"/>.</summary>
        public static Func<IPage, ILocator> Language(string endonym) =>
            page => page.GetByRole(AriaRole.Navigation, new() { Name = "Språk" }).GetByRole(AriaRole.Link, new() { Name = endonym, Exact = true });

        /// <summary>An article in a "Från Region …" group of a page without a kommun.</summary>
        public static ILocator RegionalArticle(IPage page) =>
            page.GetByRole(AriaRole.Region, new() { NameRegex = RegionGroupHeading() }).GetByRole(AriaRole.Heading, new() { Level = 3 }).GetByRole(AriaRole.Link);
    }
}
