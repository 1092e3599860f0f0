using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Halsoportal.Content.Slugs;

namespace Halsoportal.Content.Kommuner;

/// <summary>All regions and kommuner of Sweden, read from the SCB lists shipped inside this assembly.</summary>
public static class KommunCatalog
{
    /// <summary>The 21 regions with their kommuner attached.</summary>
    public static IReadOnlyList<Region> Load()
    {
        var regions = ReadCsv("regioner.csv", row => new Region
        {
            Code = row.GetField("lanskod")!,
            Name = row.GetField("lan")!,
            OrganisationName = row.GetField("region")!,
        }).ToDictionary(r => r.Code, StringComparer.Ordinal);

        foreach (var kommun in ReadCsv("kommuner.csv", row => new Kommun
        {
            Code = row.GetField("kommunkod")!,
            Name = row.GetField("kommun")!,
            Slug = Slug.From(row.GetField("kommun")!),
            RegionCode = row.GetField("lanskod")!,
        }))
        {
            if (!regions.TryGetValue(kommun.RegionCode, out var region))
            {
                throw new InvalidDataException($"kommuner.csv: {kommun.Name} ({kommun.Code}) names län {kommun.RegionCode}, which regioner.csv does not have.");
            }

            kommun.Region = region;
            region.Kommuner.Add(kommun);
        }

        AssignDistinctSlugs(regions.Values.SelectMany(r => r.Kommuner));
        return [.. regions.Values.OrderBy(r => r.Code, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Two names can fold to one slug (Håbo, Habo). The name that is already plain keeps the plain
    /// slug; the others take the transliterated one ("haabo"). Deterministic, so URLs never move.
    /// </summary>
    private static void AssignDistinctSlugs(IEnumerable<Kommun> kommuner)
    {
        foreach (var clash in kommuner.GroupBy(k => k.Slug).Where(g => g.Count() > 1))
        {
            foreach (var kommun in clash.Where(k => !string.Equals(k.Name, k.Slug, StringComparison.OrdinalIgnoreCase)))
            {
                kommun.Slug = Slug.FromTransliterated(kommun.Name);
            }

            var slugs = clash.Select(k => k.Slug).ToList();
            if (slugs.Distinct(StringComparer.Ordinal).Count() != slugs.Count)
            {
                throw new InvalidDataException($"kommuner.csv: {string.Join(", ", clash.Select(k => k.Name))} cannot be given distinct slugs.");
            }
        }
    }

    private static List<T> ReadCsv<T>(string name, Func<CsvReader, T> map)
    {
        using var stream = typeof(KommunCatalog).Assembly.GetManifestResourceStream($"Halsoportal.Content.{name}")
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from Halsoportal.Content.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(map(csv));
        }

        return rows;
    }
}
