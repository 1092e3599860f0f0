using Halsoportal.Content.Slugs;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Kommuner;

/// <summary>A kommun as pages see it.</summary>
public sealed record KommunRef(string Code, string Name, string Slug, string RegionCode, string RegionName, string RegionOrganisation);

/// <summary>A region with its kommuner, for the "choose kommun" list.</summary>
public sealed record RegionListing(string Code, string Name, string OrganisationName, IReadOnlyList<KommunRef> Kommuner);

/// <summary>How a typed kommun name matched.</summary>
public enum KommunMatchStatus
{
    /// <summary>Exactly one kommun.</summary>
    Found,

    /// <summary>Nothing was typed.</summary>
    Empty,

    /// <summary>No kommun has that name.</summary>
    NotFound,

    /// <summary>Several kommuner start with what was typed.</summary>
    Ambiguous,
}

/// <summary>The result of matching a typed kommun name.</summary>
public sealed record KommunMatch(KommunMatchStatus Status, KommunRef? Kommun, IReadOnlyList<KommunRef> Candidates);

/// <summary>Finds kommuner by slug or by what a resident typed.</summary>
public sealed class KommunService(ContentDbContext db)
{
    /// <summary>All regions with their kommuner, both sorted by name.</summary>
    public async Task<IReadOnlyList<RegionListing>> ListByRegionAsync(CancellationToken cancellationToken)
    {
        var all = await AllAsync(cancellationToken);
        return [.. all.GroupBy(k => k.RegionCode)
            .Select(g => new RegionListing(g.Key, g.First().RegionName, g.First().RegionOrganisation, [.. g.OrderBy(k => k.Name, SwedishText.Comparer)]))
            .OrderBy(r => r.Name, SwedishText.Comparer)];
    }

    /// <summary>The kommun at <c>/{slug}</c>, or null.</summary>
    public async Task<KommunRef?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        await Project(db.Kommuner.Where(k => k.Slug == slug)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The kommun with this slug or four-digit SCB code ("sundsvall" or "2281"), or null.</summary>
    public async Task<KommunRef?> FindAsync(string slugOrCode, CancellationToken cancellationToken) =>
        await Project(db.Kommuner.Where(k => k.Slug == slugOrCode || k.Code == slugOrCode)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Matches what a resident typed: the name in any case, with or without å/ä/ö, with or
    /// without "kommun"; failing that, a unique beginning ("örnsk").
    /// </summary>
    public async Task<KommunMatch> MatchAsync(string? input, CancellationToken cancellationToken)
    {
        var typed = Slug.From(input ?? "");
        if (typed.EndsWith("-kommun", StringComparison.Ordinal))
        {
            typed = typed[..^"-kommun".Length];
        }

        if (typed.Length == 0)
        {
            return new KommunMatch(KommunMatchStatus.Empty, null, []);
        }

        var all = await AllAsync(cancellationToken);

        // The name as written first ("Håbo" is Håbo, not Habo), then the folded form ("habo", "ornskoldsvik").
        var name = (input ?? "").Trim();
        var exact = all.FirstOrDefault(k => SwedishText.Comparer.Equals(k.Name, name) || SwedishText.Comparer.Equals($"{k.Name} kommun", name))
            ?? all.FirstOrDefault(k => k.Slug == typed);
        if (exact is not null)
        {
            return new KommunMatch(KommunMatchStatus.Found, exact, []);
        }

        var starts = all.Where(k => k.Slug.StartsWith(typed, StringComparison.Ordinal)).OrderBy(k => k.Name, SwedishText.Comparer).ToList();
        return starts.Count switch
        {
            1 => new KommunMatch(KommunMatchStatus.Found, starts[0], []),
            0 => new KommunMatch(KommunMatchStatus.NotFound, null, []),
            _ => new KommunMatch(KommunMatchStatus.Ambiguous, null, starts),
        };
    }

    private async Task<List<KommunRef>> AllAsync(CancellationToken cancellationToken) =>
        await Project(db.Kommuner).ToListAsync(cancellationToken);

    private static IQueryable<KommunRef> Project(IQueryable<Kommun> kommuner) =>
        kommuner.AsNoTracking().Select(k => new KommunRef(k.Code, k.Name, k.Slug, k.RegionCode, k.Region.Name, k.Region.OrganisationName));
}
