namespace Halsoportal.Content.Accessibility;

/// <summary>One WCAG success criterion at level A or AA.</summary>
public sealed record WcagCriterion(string Number, string Name, string Level);

/// <summary>
/// The WCAG 2.2 success criteria at levels A and AA (55; 4.1.1 Parsing is obsolete in 2.2), with their
/// Swedish names. A known gap may name one, and the statement's compliance status counts them.
/// </summary>
public static class WcagCriteria
{
    public static IReadOnlyList<WcagCriterion> All { get; } =
    [
        new("1.1.1", "Icke-textbaserat innehåll", "A"),
        new("1.2.1", "Enbart ljud och enbart video (förinspelat)", "A"),
        new("1.2.2", "Undertexter (förinspelat)", "A"),
        new("1.2.3", "Syntolkning eller mediealternativ (förinspelat)", "A"),
        new("1.2.4", "Undertexter (direktsänt)", "AA"),
        new("1.2.5", "Syntolkning (förinspelat)", "AA"),
        new("1.3.1", "Information och relationer", "A"),
        new("1.3.2", "Meningsfull ordningsföljd", "A"),
        new("1.3.3", "Sensoriska egenskaper", "A"),
        new("1.3.4", "Visningsriktning", "AA"),
        new("1.3.5", "Identifiera syftet med inmatning", "AA"),
        new("1.4.1", "Användning av färg", "A"),
        new("1.4.2", "Ljudkontroll", "A"),
        new("1.4.3", "Kontrast (minimum)", "AA"),
        new("1.4.4", "Ändra textstorlek", "AA"),
        new("1.4.5", "Bilder av text", "AA"),
        new("1.4.10", "Anpassningsbar presentation", "AA"),
        new("1.4.11", "Kontrast för icke-textbaserat innehåll", "AA"),
        new("1.4.12", "Textavstånd", "AA"),
        new("1.4.13", "Innehåll vid hovring eller fokus", "AA"),
        new("2.1.1", "Tangentbord", "A"),
        new("2.1.2", "Ingen tangentbordsfälla", "A"),
        new("2.1.4", "Kortkommandon med tecken", "A"),
        new("2.2.1", "Justerbar tidsgräns", "A"),
        new("2.2.2", "Pausa, stoppa, dölja", "A"),
        new("2.3.1", "Tre blinkningar eller under tröskelvärdet", "A"),
        new("2.4.1", "Möjlighet att hoppa över block", "A"),
        new("2.4.2", "Sidtitel", "A"),
        new("2.4.3", "Fokusordning", "A"),
        new("2.4.4", "Länkens syfte (i sitt sammanhang)", "A"),
        new("2.4.5", "Flera olika sätt", "AA"),
        new("2.4.6", "Rubriker och etiketter", "AA"),
        new("2.4.7", "Synligt fokus", "AA"),
        new("2.4.11", "Fokus inte skymt (minimum)", "AA"),
        new("2.5.1", "Pekargester", "A"),
        new("2.5.2", "Avbryta pekarinteraktion", "A"),
        new("2.5.3", "Etikett i namn", "A"),
        new("2.5.4", "Rörelseaktivering", "A"),
        new("2.5.7", "Dragrörelser", "AA"),
        new("2.5.8", "Målstorlek (minimum)", "AA"),
        new("3.1.1", "Språk på sidan", "A"),
        new("3.1.2", "Språk för delar", "AA"),
        new("3.2.1", "Fokus", "A"),
        new("3.2.2", "Inmatning", "A"),
        new("3.2.3", "Konsekvent navigering", "AA"),
        new("3.2.4", "Konsekvent identifiering", "AA"),
        new("3.2.6", "Konsekvent hjälp", "A"),
        new("3.3.1", "Identifiering av fel", "A"),
        new("3.3.2", "Etiketter eller instruktioner", "A"),
        new("3.3.3", "Förslag vid fel", "AA"),
        new("3.3.4", "Förhindra fel (juridiska, ekonomiska, data)", "AA"),
        new("3.3.7", "Överflödig inmatning", "A"),
        new("3.3.8", "Tillgänglig autentisering (minimum)", "AA"),
        new("4.1.2", "Namn, roll, värde", "A"),
        new("4.1.3", "Statusmeddelanden", "AA"),
    ];

    /// <summary>The criterion with that number ("1.4.10"), or null.</summary>
    public static WcagCriterion? Find(string? number) =>
        All.FirstOrDefault(c => string.Equals(c.Number, number?.Trim(), StringComparison.Ordinal));
}
