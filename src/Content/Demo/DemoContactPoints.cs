using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Taxonomy;

namespace Halsoportal.Content.Demo;

/// <summary>
/// Reads the demo contact points embedded as <c>Demo/ContactPoints/{kommunkod}.json</c>: each file a JSON
/// array of <see cref="ContactPointDraft"/>. Every point passes the same validation as an editor's save
/// (special days already past are allowed: the files were written on one day and are read on any later one).
/// </summary>
internal static class DemoContactPoints
{
    private const string Prefix = "Halsoportal.Content.Demo.ContactPoints.";

    /// <summary>The demo contact points, published at <paramref name="publishedAt"/>. Throws on any invalid entry.</summary>
    public static List<ContactPoint> Build(IReadOnlyCollection<Kommun> kommuner, IReadOnlyCollection<TaxonomyTerm> terms, DateTime publishedAt)
    {
        var assembly = typeof(DemoContactPoints).Assembly;
        var kommunByCode = kommuner.ToDictionary(k => k.Code, StringComparer.Ordinal);
        var types = terms.Where(t => t.Kind == TaxonomyKind.ContactPointType).Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var services = terms.Where(t => t.Kind == TaxonomyKind.Service).Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(publishedAt);
        var points = new List<ContactPoint>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var code = Path.GetFileNameWithoutExtension(resource[Prefix.Length..]);
            if (!kommunByCode.TryGetValue(code, out var kommun))
            {
                throw new InvalidDataException($"{resource}: no kommun with code {code}.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            var drafts = System.Text.Json.JsonSerializer.Deserialize<List<ContactPointDraft>>(stream, ContactPointDraft.JsonOptions)
                ?? throw new InvalidDataException($"{resource}: empty.");
            var slugs = new HashSet<string>(StringComparer.Ordinal);
            foreach (var draft in drafts)
            {
                var errors = ContactPointDraftValidator.Validate(draft, types, services, today, allowPastDays: true);
                if (errors.Count > 0)
                {
                    throw new InvalidDataException($"{resource}, {draft.Name}: {string.Join(" ", errors.Select(e => $"{e.Field}: {e.Message}"))}");
                }

                var slug = Slugs.Slug.Unique(draft.Name, slugs.Contains);
                slugs.Add(slug);
                points.Add(new ContactPoint
                {
                    KommunCode = kommun.Code,
                    RegionCode = kommun.RegionCode,
                    Slug = slug,
                    Name = draft.Name,
                    Type = draft.Type,
                    PublishedData = draft.ToJson(),
                    HoursConfirmedOn = draft.HoursConfirmedOn,
                    PublishedAt = publishedAt,
                    UpdatedAt = publishedAt,
                });
            }
        }

        return points;
    }
}
