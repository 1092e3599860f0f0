namespace Halsoportal.Benchmarks.Corpus;

/// <summary>A demo kommun: SCB code, name, region (län) code and a few of its towns.</summary>
internal sealed record DemoKommun(string Code, string Name, string RegionCode, string[] Towns);

/// <summary>The 20 kommuner of the demo content: Västernorrland (22) and Jönköpings län (06).</summary>
internal static class DemoKommuner
{
    public const string Vasternorrland = "22";
    public const string JonkopingsLan = "06";

    public static readonly DemoKommun[] All =
    [
        new("2260", "Ånge", Vasternorrland, ["Ånge", "Ljungaverk", "Torpshammar", "Fränsta"]),
        new("2262", "Timrå", Vasternorrland, ["Timrå", "Sörberge", "Bergeforsen", "Söråker"]),
        new("2280", "Härnösand", Vasternorrland, ["Härnösand", "Älandsbro", "Viksjö"]),
        new("2281", "Sundsvall", Vasternorrland, ["Sundsvall", "Matfors", "Kvissleby", "Njurunda", "Stöde"]),
        new("2282", "Kramfors", Vasternorrland, ["Kramfors", "Bollstabruk", "Nyland", "Ullånger"]),
        new("2283", "Sollefteå", Vasternorrland, ["Sollefteå", "Näsåker", "Junsele", "Långsele"]),
        new("2284", "Örnsköldsvik", Vasternorrland, ["Örnsköldsvik", "Bjästa", "Husum", "Bredbyn"]),
        new("0604", "Aneby", JonkopingsLan, ["Aneby", "Frinnaryd"]),
        new("0617", "Gnosjö", JonkopingsLan, ["Gnosjö", "Hillerstorp", "Åsenhöga"]),
        new("0642", "Mullsjö", JonkopingsLan, ["Mullsjö", "Sandhem"]),
        new("0643", "Habo", JonkopingsLan, ["Habo", "Brandstorp"]),
        new("0662", "Gislaved", JonkopingsLan, ["Gislaved", "Anderstorp", "Smålandsstenar", "Reftele"]),
        new("0665", "Vaggeryd", JonkopingsLan, ["Vaggeryd", "Skillingaryd"]),
        new("0680", "Jönköping", JonkopingsLan, ["Jönköping", "Huskvarna", "Bankeryd", "Tenhult", "Gränna"]),
        new("0682", "Nässjö", JonkopingsLan, ["Nässjö", "Bodafors", "Forserum", "Anneberg"]),
        new("0683", "Värnamo", JonkopingsLan, ["Värnamo", "Bredaryd", "Forsheda", "Rydaholm"]),
        new("0684", "Sävsjö", JonkopingsLan, ["Sävsjö", "Vrigstad", "Stockaryd"]),
        new("0685", "Vetlanda", JonkopingsLan, ["Vetlanda", "Ekenässjön", "Holsbybrunn", "Kvillsfors"]),
        new("0686", "Eksjö", JonkopingsLan, ["Eksjö", "Mariannelund", "Hult"]),
        new("0687", "Tranås", JonkopingsLan, ["Tranås", "Sommen", "Gripenberg"]),
    ];

    public static string RegionName(string regionCode) =>
        regionCode == Vasternorrland ? "Västernorrland" : "Jönköpings län";
}
