namespace Halsoportal.Web.Features.Accessibility;

/// <summary>One automated check of the browser suite, as the statement describes it to residents.</summary>
/// <param name="Id">The check's name in the browser suite (<c>PageChecks.Implemented</c> must list the same names).</param>
/// <param name="Criteria">The WCAG success criteria it tests.</param>
/// <param name="Description">What it checks, in Swedish.</param>
public sealed record AutomatedCheck(string Id, string Criteria, string Description);

/// <summary>
/// How the service is assessed: the automated browser suite (tests/Browser.Tests) and manual review. The
/// statement's "Hur vi har testat webbplatsen" is generated from this list, and the browser suite reads its
/// axe tags from here and fails when a check listed here is not one it runs, or the other way round — so the
/// statement cannot claim a test that does not exist.
/// </summary>
public static class EvaluationMethod
{
    /// <summary>axe-core tags: WCAG 2.0–2.2 A and AA plus best practice (<c>wcag22aa</c> turns on target-size).</summary>
    public static IReadOnlyList<string> AxeTags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    /// <summary>The window sizes every page is checked at, in CSS pixels.</summary>
    public static IReadOnlyList<(int Width, int Height)> Viewports { get; } = [(320, 640), (1280, 800)];

    /// <summary>The browser the suite runs.</summary>
    public const string Browser = "Chromium";

    /// <summary>Every check run on every page of the site and of the editors' tool, at both window sizes.</summary>
    public static IReadOnlyList<AutomatedCheck> Checks { get; } =
    [
        new("axe", "", $"Verktyget axe-core granskar sidan mot WCAG 2.0, 2.1 och 2.2 på nivå A och AA och mot Deques rekommenderade praxis (taggarna {string.Join(", ", AxeTags)}). Inga fel tillåts."),
        new("skip-link", "2.4.1, 2.4.7", "Det första tabbstoppet är länken ”Hoppa till innehållet”. Den syns när den har fokus och flyttar fokus till sidans huvudinnehåll."),
        new("language", "3.1.1", "Sidans språk är angivet i koden."),
        new("reflow", "1.4.10", "Sidan går att läsa i 320 pixlars bredd utan att skrolla i sidled."),
        new("text-resize", "1.4.4", "Med texten förstorad till 200 procent skrollar sidan inte i sidled i 320 pixlars bredd, och ingen text klipps av."),
        new("text-spacing", "1.4.12", "Med ökade avstånd mellan rader (1,5), stycken (2 gånger textstorleken), bokstäver (0,12) och ord (0,16) skrollar sidan inte i sidled och ingen text klipps av."),
        new("reduced-motion", "2.2.2 och 2.3.3 (nivå AAA)", "När användaren har valt minskad rörelse i sitt system har inget på sidan animationer eller övergångar."),
        new("targets", "2.5.8", "Knappar, radioknappar och kryssrutor är minst 44 × 44 pixlar stora i mobilstorlek (en radioknapp eller kryssruta räknas tillsammans med sin etikett)."),
        new("forced-colors", "2.4.7, 1.4.11", "I läget med tvingade färger (som kontrastteman i Windows) ser varje knapp, länk och fält med fokus annorlunda ut än utan fokus."),
    ];

    /// <summary>What the suite checks beyond single pages: journeys through the main flows.</summary>
    public static IReadOnlyList<string> Journeys { get; } =
    [
        "Tangentbordstester går igenom att välja kommun, läsa en artikel och dess lättlästa version, söka efter kontaktpunkter, svara på en medborgardialog och redaktörernas arbete från inloggning till publicering. Varje element som får fokus ska synas, inte skymmas av något annat och komma i den ordning det står på sidan, och ingenting får fånga fokus.",
        "Fem personer går hela vägen från startsidan till att hitta råd, hitta en kontaktpunkt och svara på en medborgardialog: någon som bara använder tangentbordet, någon som förstorar skärmen 400 procent, någon som läser lättläst, någon som talar finska och någon som läser jiddisch (från höger till vänster).",
        "Varje sida, också i redaktörernas verktyg, testas dessutom utan JavaScript i mobilstorlek. Formulären testas hela vägen både med och utan JavaScript. Ett formulär med fel visar en sammanfattning av felen överst, med länkar till varje fält, och sidans titel börjar med ”Fel:”.",
        "Testerna kontrollerar också att sidorna inte sätter några kakor och inte hämtar något från andra webbplatser.",
    ];
}
