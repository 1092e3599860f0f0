using Halsoportal.Content.Accounts;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Editing;

/// <summary>A kommun's editorial settings as an administrator sees them.</summary>
public sealed record KommunSettingsRow(string Code, string Name, string RegionName, bool RequiresReview, MinorityLanguageAreas Areas, SamiLanguages SamiLanguages)
{
    /// <summary>"Finska och samiska (sydsamiska)" or "Inget".</summary>
    public string AreasText => MinorityLanguages.Describe(Areas, SamiLanguages);
}

/// <summary>
/// Per-kommun settings that region administrators manage for their län (system administrators for
/// all): the review step, and the förvaltningsområden for national minority languages.
/// </summary>
public sealed class KommunSettingsService(ContentDbContext db, TimeProvider time)
{
    /// <summary>The kommuner of the regions the user administers; null for non-administrators.</summary>
    public async Task<IReadOnlyList<KommunSettingsRow>?> ListAsync(EditorAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.IsAdministrator)
        {
            return null;
        }

        var regions = access.AdministeredRegions.ToList();
        var rows = await db.Kommuner.AsNoTracking().Where(k => regions.Contains(k.RegionCode))
            .Select(k => new KommunSettingsRow(k.Code, k.Name, k.Region.Name, k.RequiresReview, k.MinorityLanguageAreas, k.SamiLanguages))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.RegionName, SwedishText.Comparer).ThenBy(r => r.Name, SwedishText.Comparer)];
    }

    /// <summary>Turns the review step on or off for one kommun of the user's län.</summary>
    public async Task<EditStatus> SetRequiresReviewAsync(EditorAccess access, string kommunCode, bool requiresReview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var kommun = await db.Kommuner.FirstOrDefaultAsync(k => k.Code == kommunCode, cancellationToken);
        if (kommun is null || !access.CanAdministerRegion(kommun.RegionCode))
        {
            return EditStatus.NotFound;
        }

        if (kommun.RequiresReview != requiresReview)
        {
            kommun.RequiresReview = requiresReview;
            db.AuditEntries.Add(AuditEntry.Create(time.GetUtcNow().UtcDateTime, access.UserId, access.DisplayName,
                requiresReview ? "kommun.review.on" : "kommun.review.off", "kommun", kommun.Code, kommun.Code, kommun.RegionCode, kommun.Name));
            await db.SaveChangesAsync(cancellationToken);
        }

        return EditStatus.Done;
    }

    /// <summary>One kommun of the user's län; null when the user does not administer its län (or there is no such kommun).</summary>
    public async Task<KommunSettingsRow?> GetAsync(EditorAccess access, string kommunCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var found = await db.Kommuner.AsNoTracking().Where(k => k.Code == kommunCode)
            .Select(k => new { k.RegionCode, Row = new KommunSettingsRow(k.Code, k.Name, k.Region.Name, k.RequiresReview, k.MinorityLanguageAreas, k.SamiLanguages) })
            .FirstOrDefaultAsync(cancellationToken);
        return found is not null && access.CanAdministerRegion(found.RegionCode) ? found.Row : null;
    }

    /// <summary>Form field of the förvaltningsområden.</summary>
    public const string AreasField = "Areas";

    /// <summary>Form field of the Sami languages.</summary>
    public const string SamiLanguagesField = "SamiLanguages";

    /// <summary>
    /// Sets which förvaltningsområden the kommun belongs to (form values "finska", "meankieli",
    /// "samiska") and, with samiska, which Sami languages it offers ("se", "sma", "smj"; at least
    /// one). Unknown values and Sami languages without the Sami area are refused with a Swedish
    /// message and nothing is written; a change is audited as <c>kommun.minority-languages</c>.
    /// </summary>
    public async Task<EditResult> SetMinorityLanguagesAsync(
        EditorAccess access, string kommunCode, IReadOnlyCollection<string>? areaValues, IReadOnlyCollection<string>? samiValues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var kommun = await db.Kommuner.FirstOrDefaultAsync(k => k.Code == kommunCode, cancellationToken);
        if (kommun is null || !access.CanAdministerRegion(kommun.RegionCode))
        {
            return EditResult.NotFound;
        }

        var errors = new List<FieldError>();
        var areas = MinorityLanguageAreas.None;
        foreach (var value in areaValues ?? [])
        {
            var choice = MinorityLanguages.AreaChoices.FirstOrDefault(c => c.Value == value);
            if (choice.Value is null)
            {
                errors.Add(new(AreasField, "Välj förvaltningsområden bland finska, meänkieli och samiska."));
                break;
            }

            areas |= choice.Area;
        }

        var sami = SamiLanguages.None;
        foreach (var value in samiValues ?? [])
        {
            var choice = MinorityLanguages.SamiChoices.FirstOrDefault(c => c.Value == value);
            if (choice.Value is null)
            {
                errors.Add(new(SamiLanguagesField, "Välj samiska språk bland nordsamiska, sydsamiska och lulesamiska."));
                break;
            }

            sami |= choice.Language;
        }

        if (errors.Count == 0 && areas.HasFlag(MinorityLanguageAreas.Sami) && sami == SamiLanguages.None)
        {
            errors.Add(new(SamiLanguagesField, $"Välj vilka samiska språk {kommun.Name} ska ha: nordsamiska, sydsamiska eller lulesamiska."));
        }
        else if (errors.Count == 0 && !areas.HasFlag(MinorityLanguageAreas.Sami) && sami != SamiLanguages.None)
        {
            errors.Add(new(SamiLanguagesField, "Samiska språk gäller bara i förvaltningsområdet för samiska. Kryssa i Samiska, eller ta bort kryssen för de samiska språken."));
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        if (kommun.MinorityLanguageAreas != areas || kommun.SamiLanguages != sami)
        {
            var before = MinorityLanguages.Describe(kommun.MinorityLanguageAreas, kommun.SamiLanguages);
            kommun.MinorityLanguageAreas = areas;
            kommun.SamiLanguages = sami;
            db.AuditEntries.Add(AuditEntry.Create(time.GetUtcNow().UtcDateTime, access.UserId, access.DisplayName,
                "kommun.minority-languages", "kommun", kommun.Code, kommun.Code, kommun.RegionCode,
                $"{kommun.Name}: {before} → {MinorityLanguages.Describe(areas, sami)}"));
            await db.SaveChangesAsync(cancellationToken);
        }

        return new EditResult(EditStatus.Done);
    }
}
