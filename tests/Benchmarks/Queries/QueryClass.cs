namespace Halsoportal.Benchmarks.Queries;

/// <summary>A group of queries timed together; <see cref="IsBroad"/> marks the classes the "10× PostgreSQL" target is about.</summary>
internal sealed record QueryClass(string Name, bool IsBroad, string[] Queries);

/// <summary>The fixed query list: what residents type, 1 and 2 words, in eight kinds.</summary>
internal static class BenchmarkQueries
{
    public static readonly QueryClass[] All =
    [
        new("1 word, selective", false, ["klamydia", "mammografi", "fästingar", "hörapparat", "celiaki", "dietist"]),
        new("1 word, broad", true, ["hälsa", "vård", "barn", "hjälp", "stöd"]),
        new("2 words, selective", false, ["sluta snusa", "klamydia testning", "benskörhet balans", "spelpaus pengar", "hörselskydd tinnitus"]),
        new("2 words, broad", true, ["fysisk aktivitet", "boka tid", "barn hälsa", "psykisk hälsa", "stöd familjen"]),
        new("typo", false, ["ungdomsmotagning", "vårdcentarl", "klamidia", "diabetis", "barnmoska", "tandläkre"]),
        new("without å/ä/ö", false, ["vardcentral", "somn", "tandvard", "angest", "aldre", "halsa"]),
        new("compound part", false, ["mottagning", "central", "kontroll", "samtal", "grupp"]),
        new("abbreviation", false, ["BVC", "UMO", "VC", "FaR", "KBT", "MVC"]),
    ];
}
