using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Taxonomy;

/// <summary>
/// A term as the administrator sees it, with how many articles use it; for a topic also the contact-point types and
/// services it links to ("contactpointtype:bvc", "service:vaccination").
/// </summary>
public sealed record TaxonomyTermRow(int Id, TaxonomyKind Kind, string Slug, string Name, string Description, int ArticleCount, IReadOnlyList<string> Related);

/// <summary>
/// Topics, life situations, arenas, contact-point types and services, kept by administrators (one install serves one region, so
/// its region administrators own its vocabulary). A slug never changes once made — it is in
/// public URLs — so a rename changes only the name. Search facets carry the names, so every change
/// asks the nodes to rebuild their index through the change feed.
/// </summary>
public sealed class TaxonomyAdminService(ContentDbContext db, PublishingService publishing, TimeProvider time)
{
    public async Task<IReadOnlyList<TaxonomyTermRow>?> ListAsync(EditorAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.IsAdministrator)
        {
            return null;
        }

        return await db.TaxonomyTerms.AsNoTracking()
            .OrderBy(t => t.Kind).ThenBy(t => t.SortOrder)
            .Select(t => new TaxonomyTermRow(t.Id, t.Kind, t.Slug, t.Name, t.Description, db.Articles.Count(a => a.Terms.Any(x => x.Id == t.Id)), t.Related))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Adds a term at the end of its vocabulary.</summary>
    public async Task<EditResult> AddAsync(EditorAccess access, TaxonomyKind kind, string? name, string? description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.IsAdministrator || !Enum.IsDefined(kind))
        {
            return EditResult.NotFound;
        }

        var errors = Validate(name, description);
        var slugs = await db.TaxonomyTerms.Where(t => t.Kind == kind).Select(t => t.Slug).ToListAsync(cancellationToken);
        var names = await db.TaxonomyTerms.Where(t => t.Kind == kind).Select(t => t.Name).ToListAsync(cancellationToken);
        if (errors.Count == 0 && names.Contains(name!.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(new("Name", $"”{name.Trim()}” finns redan."));
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        var term = new TaxonomyTerm
        {
            Kind = kind,
            Slug = Slugs.Slug.Unique(name!, slugs.Contains),
            Name = name!.Trim(),
            Description = description?.Trim() ?? "",
            SortOrder = await db.TaxonomyTerms.Where(t => t.Kind == kind).Select(t => (int?)t.SortOrder).MaxAsync(cancellationToken) + 1 ?? 1,
        };
        db.TaxonomyTerms.Add(term);
        db.AuditEntries.Add(AuditEntry.Create(time.GetUtcNow().UtcDateTime, access.UserId, access.DisplayName, "taxonomy.add", "term", term.Slug, detail: term.Name));
        await db.SaveChangesAsync(cancellationToken);
        return new EditResult(EditStatus.Done, term.Id);
    }

    /// <summary>
    /// Renames a term or changes its description; the slug stays. For a topic, <paramref name="related"/> (when not
    /// null) replaces the contact-point types and services it links to, each "contactpointtype:slug" or "service:slug".
    /// </summary>
    public async Task<EditResult> UpdateAsync(EditorAccess access, int id, string? name, string? description, IReadOnlyList<string>? related, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var term = access.IsAdministrator ? await db.TaxonomyTerms.FirstOrDefaultAsync(t => t.Id == id, cancellationToken) : null;
        if (term is null)
        {
            return EditResult.NotFound;
        }

        var errors = Validate(name, description);
        var links = term.Kind == TaxonomyKind.Topic && related is not null ? related.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() : null;
        if (links is not null)
        {
            var known = await db.TaxonomyTerms.Where(t => t.Kind == TaxonomyKind.ContactPointType || t.Kind == TaxonomyKind.Service)
                .Select(t => new { t.Kind, t.Slug }).ToListAsync(cancellationToken);
            var keys = known.Select(t => RelatedKey(t.Kind, t.Slug)).ToHashSet(StringComparer.Ordinal);
            if (links.Any(l => !keys.Contains(l)))
            {
                errors.Add(new("Related", "Någon av typerna eller tjänsterna finns inte. Välj bland dem i listan."));
            }
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        db.AuditEntries.Add(AuditEntry.Create(time.GetUtcNow().UtcDateTime, access.UserId, access.DisplayName, "taxonomy.update", "term", term.Slug, detail: $"{term.Name} → {name!.Trim()}"));
        term.Name = name.Trim();
        term.Description = description?.Trim() ?? "";
        if (links is not null && !links.SequenceEqual(term.Related.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            db.AuditEntries.Add(AuditEntry.Create(time.GetUtcNow().UtcDateTime, access.UserId, access.DisplayName, "taxonomy.related", "term", term.Slug, detail: string.Join(", ", links)));
            term.Related = links;
        }

        await db.SaveChangesAsync(cancellationToken);
        await publishing.RequestSearchRebuildAsync(cancellationToken);
        return new EditResult(EditStatus.Done, term.Id);
    }

    /// <summary>How a topic names a linked type or service: "contactpointtype:bvc", "service:vaccination".</summary>
    public static string RelatedKey(TaxonomyKind kind, string slug) => kind switch
    {
        TaxonomyKind.ContactPointType => $"contactpointtype:{slug}",
        TaxonomyKind.Service => $"service:{slug}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only contact-point types and services are linked from topics."),
    };

    private static List<FieldError> Validate(string? name, string? description)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new("Name", "Skriv ett namn."));
        }
        else if (name.Trim().Length > 100)
        {
            errors.Add(new("Name", "Namnet får vara högst 100 tecken."));
        }

        if (description?.Trim().Length > 500)
        {
            errors.Add(new("Description", "Beskrivningen får vara högst 500 tecken."));
        }

        return errors;
    }
}
