using Halsoportal.Content.ContactPoints.Hours;
using Halsoportal.Content.ContactPoints.Places;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Storage;
using Halsoportal.Content.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.ContactPoints;

/// <summary>A term as residents see it: slug and name.</summary>
public sealed record NamedTerm(string Slug, string Name);

/// <summary>A published contact point as residents see it, with its open state at the moment asked.</summary>
public sealed record ContactPointView(
    int Id,
    string Slug,
    KommunRef Kommun,
    ContactPointDraft Data,
    NamedTerm Type,
    IReadOnlyList<NamedTerm> Services,
    DateTime UpdatedAt)
{
    public string Path => $"/{Kommun.Slug}/kontakt/{Slug}";

    public GeoPoint Point => new(Data.Latitude, Data.Longitude);

    /// <summary>The sessions this contact point has, in the order Besök, Telefon, Drop-in.</summary>
    public IReadOnlyList<SessionKind> Sessions => [.. Data.Hours.Sessions.Select(s => s.Kind).Order()];
}

/// <summary>One contact point in the finder: its state now and, when sorting by a place, the distance.</summary>
public sealed record FinderHit(ContactPointView Point, SessionStatus Visiting, IReadOnlyDictionary<SessionKind, SessionStatus> Statuses, double? DistanceKm)
{
    /// <summary>Open now in any session (visiting, phone or drop-in).</summary>
    public bool IsOpenInAnySession => Statuses.Values.Any(s => s.IsOpen);
}

/// <summary>What a resident asked the finder.</summary>
public sealed record FinderQuery
{
    /// <summary>A type slug, or null for every type.</summary>
    public string? Type { get; init; }

    /// <summary>Service slugs; a contact point must offer all of them.</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>Only contact points open now (any session).</summary>
    public bool OpenNow { get; init; }

    /// <summary>Accessibility needs; all must be a confirmed yes.</summary>
    public IReadOnlyList<AccessNeed> Needs { get; init; } = [];

    /// <summary>Who runs it, or null for everyone.</summary>
    public Organiser? Organiser { get; init; }

    /// <summary>Search the whole län instead of the kommun only.</summary>
    public bool WholeRegion { get; init; }

    /// <summary>Sort by distance from here (a place from the gazetteer).</summary>
    public GeoPoint? Origin { get; init; }

    /// <summary>A language the staff must speak (<see cref="LanguageNames"/> code), or null for any.</summary>
    public string? Language { get; init; }
}

/// <summary>The finder's answer: the hits and the choices for its filters.</summary>
/// <param name="Hits">The contact points that match, in display order.</param>
/// <param name="TotalInArea">Every published contact point in the area, before the filters.</param>
/// <param name="Types">The types used in the area, for the type filter.</param>
/// <param name="Services">The services offered in the area, for the service filter.</param>
/// <param name="Now">The instant open states are computed for.</param>
/// <param name="Languages">The languages other than Swedish that staff in the area speak (codes), by Swedish name.</param>
public sealed record FinderResult(
    IReadOnlyList<FinderHit> Hits,
    int TotalInArea,
    IReadOnlyList<NamedTerm> Types,
    IReadOnlyList<NamedTerm> Services,
    DateTimeOffset Now,
    IReadOnlyList<string> Languages);

/// <summary>
/// Reads published contact points for residents: the finder for a kommun (or its län) with combinable
/// filters, one contact point, and the ones that help with an article's topics. Open state is computed
/// for the instant <see cref="TimeProvider"/> gives, in Swedish time.
/// </summary>
public sealed class ContactPointFinder(ContentDbContext db, TimeProvider time)
{
    /// <summary>The instant open states are computed for.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Contact points in <paramref name="kommun"/> (or its län) matching <paramref name="query"/>.</summary>
    public async Task<FinderResult> FindAsync(KommunRef kommun, FinderQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        ArgumentNullException.ThrowIfNull(query);
        var now = time.GetUtcNow();
        var terms = await TermsAsync(cancellationToken);
        var area = db.ContactPoints.Where(c => c.PublishedData != null);
        area = query.WholeRegion ? area.Where(c => c.RegionCode == kommun.RegionCode) : area.Where(c => c.KommunCode == kommun.Code);
        var points = await ViewsAsync(area, terms, cancellationToken);

        var hits = points
            .Where(p => query.Type is null || p.Type.Slug == query.Type)
            .Where(p => query.Services.All(s => p.Data.Services.Contains(s)))
            .Where(p => query.Organiser is null || p.Data.Organiser == query.Organiser)
            .Where(p => query.Needs.All(n => n.IsMetBy(p.Data.Accessibility)))
            .Where(p => query.Language is null || p.Data.Languages.Contains(query.Language, StringComparer.Ordinal))
            .Select(p => Hit(p, now, query.Origin))
            .Where(h => !query.OpenNow || h.IsOpenInAnySession);

        // Nearest first when a place is given; otherwise open ones first, then by name.
        var sorted = query.Origin is null
            ? hits.OrderByDescending(h => h.Visiting.IsOpen).ThenBy(h => h.Point.Data.Name, SwedishText.Comparer)
            : hits.OrderBy(h => h.DistanceKm).ThenBy(h => h.Point.Data.Name, SwedishText.Comparer);

        var used = points.Select(p => p.Type.Slug).ToHashSet(StringComparer.Ordinal);
        var offered = points.SelectMany(p => p.Data.Services).ToHashSet(StringComparer.Ordinal);
        return new FinderResult(
            [.. sorted],
            points.Count,
            [.. terms.Where(t => t.Kind == TaxonomyKind.ContactPointType && used.Contains(t.Slug)).Select(t => new NamedTerm(t.Slug, t.Name))],
            [.. terms.Where(t => t.Kind == TaxonomyKind.Service && offered.Contains(t.Slug)).Select(t => new NamedTerm(t.Slug, t.Name))],
            now,
            [.. points.SelectMany(p => p.Data.Languages).Where(l => l != Languages.SiteLanguages.SwedishCode && LanguageNames.IsKnown(l)).Distinct(StringComparer.Ordinal)
                .OrderBy(LanguageNames.Of, SwedishText.Comparer)]);
    }

    /// <summary>One published contact point of <paramref name="kommun"/>, or null.</summary>
    public async Task<FinderHit?> GetAsync(KommunRef kommun, string slug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        var terms = await TermsAsync(cancellationToken);
        var points = await ViewsAsync(db.ContactPoints.Where(c => c.PublishedData != null && c.KommunCode == kommun.Code && c.Slug == slug), terms, cancellationToken);
        return points.Count == 0 ? null : Hit(points[0], time.GetUtcNow(), origin: null);
    }

    /// <summary>The contact-point types and services residents can filter on (every term, used or not), in display order.</summary>
    public async Task<(IReadOnlyList<NamedTerm> Types, IReadOnlyList<NamedTerm> Services)> VocabulariesAsync(CancellationToken cancellationToken)
    {
        var terms = await TermsAsync(cancellationToken);
        IReadOnlyList<NamedTerm> Of(TaxonomyKind kind) => [.. terms.Where(t => t.Kind == kind).Select(t => new NamedTerm(t.Slug, t.Name))];
        return (Of(TaxonomyKind.ContactPointType), Of(TaxonomyKind.Service));
    }

    /// <summary>
    /// Every published contact point, or those of one kommun and/or one region (län), without open states: callers
    /// that filter on their own compute the state with <see cref="At"/>.
    /// </summary>
    public async Task<IReadOnlyList<ContactPointView>> ListPublishedAsync(string? kommunCode, string? regionCode, CancellationToken cancellationToken)
    {
        var terms = await TermsAsync(cancellationToken);
        var query = db.ContactPoints.Where(c => c.PublishedData != null);
        if (kommunCode is not null)
        {
            query = query.Where(c => c.KommunCode == kommunCode);
        }

        if (regionCode is not null)
        {
            query = query.Where(c => c.RegionCode == regionCode);
        }

        return await ViewsAsync(query.OrderBy(c => c.Id), terms, cancellationToken);
    }

    /// <summary>One published contact point by its stable id, or null (also while it is not published).</summary>
    public async Task<ContactPointView?> GetByIdAsync(int id, CancellationToken cancellationToken)
    {
        var terms = await TermsAsync(cancellationToken);
        var points = await ViewsAsync(db.ContactPoints.Where(c => c.PublishedData != null && c.Id == id), terms, cancellationToken);
        return points.Count == 0 ? null : points[0];
    }

    /// <summary>
    /// <paramref name="point"/>'s state in every session at <paramref name="instant"/> and, when
    /// <paramref name="origin"/> is given, its distance from there: what the finder shows, for any moment.
    /// </summary>
    public static FinderHit At(ContactPointView point, DateTimeOffset instant, GeoPoint? origin = null)
    {
        ArgumentNullException.ThrowIfNull(point);
        return Hit(point, instant, origin);
    }

    /// <summary>
    /// "Här får du hjälp": published contact points in <paramref name="kommun"/> whose type or services the
    /// topics are linked to — the most relevant first (a type link weighs more than a service, and every
    /// topic that links counts), then open ones, at most <paramref name="max"/>.
    /// </summary>
    public async Task<IReadOnlyList<FinderHit>> ForTopicsAsync(KommunRef kommun, IEnumerable<string> topicSlugs, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        var slugs = topicSlugs.ToHashSet(StringComparer.Ordinal);
        var terms = await TermsAsync(cancellationToken);
        var links = terms.Where(t => t.Kind == TaxonomyKind.Topic && slugs.Contains(t.Slug)).SelectMany(t => t.Related).ToList();
        if (links.Count == 0)
        {
            return [];
        }

        int Relevance(ContactPointView p) =>
            (2 * links.Count(l => l == $"contactpointtype:{p.Type.Slug}")) + p.Data.Services.Sum(s => links.Count(l => l == $"service:{s}"));

        var now = time.GetUtcNow();
        var points = await ViewsAsync(db.ContactPoints.Where(c => c.PublishedData != null && c.KommunCode == kommun.Code), terms, cancellationToken);
        return [.. points
            .Select(p => (Point: p, Score: Relevance(p)))
            .Where(p => p.Score > 0)
            .Select(p => (Hit: Hit(p.Point, now, origin: null), p.Score))
            .OrderByDescending(p => p.Score)
            .ThenByDescending(p => p.Hit.IsOpenInAnySession)
            .ThenBy(p => p.Hit.Point.Data.Name, SwedishText.Comparer)
            .Take(max)
            .Select(p => p.Hit)];
    }

    private static FinderHit Hit(ContactPointView point, DateTimeOffset now, GeoPoint? origin)
    {
        var statuses = point.Sessions.ToDictionary(kind => kind, kind => OpeningHoursCalculator.StatusAt(point.Data.Hours, kind, now));
        var visiting = statuses.GetValueOrDefault(SessionKind.Visiting) ?? OpeningHoursCalculator.StatusAt(point.Data.Hours, SessionKind.Visiting, now);
        return new FinderHit(point, visiting, statuses, origin is { } from ? from.DistanceKm(point.Point) : null);
    }

    private async Task<List<TaxonomyTerm>> TermsAsync(CancellationToken cancellationToken) =>
        await db.TaxonomyTerms.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);

    private static async Task<List<ContactPointView>> ViewsAsync(IQueryable<ContactPoint> query, List<TaxonomyTerm> terms, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking()
            .Select(c => new
            {
                c.Id,
                c.Slug,
                c.PublishedData,
                c.UpdatedAt,
                Kommun = new KommunRef(c.Kommun.Code, c.Kommun.Name, c.Kommun.Slug, c.Kommun.RegionCode, c.Kommun.Region.Name, c.Kommun.Region.OrganisationName),
            })
            .ToListAsync(cancellationToken);
        NamedTerm Term(TaxonomyKind kind, string slug) => new(slug, terms.FirstOrDefault(t => t.Kind == kind && t.Slug == slug)?.Name ?? slug);
        return [.. rows.Select(r =>
        {
            var data = ContactPointDraft.FromJson(r.PublishedData!);
            return new ContactPointView(r.Id, r.Slug, r.Kommun, data, Term(TaxonomyKind.ContactPointType, data.Type), [.. data.Services.Select(s => Term(TaxonomyKind.Service, s))], r.UpdatedAt);
        })];
    }
}
