using System.Globalization;
using System.Text.RegularExpressions;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Media;

/// <summary>What an editor sets on an image. <see cref="FocalX"/> and <see cref="FocalY"/> are percentages, 0–100.</summary>
public sealed record MediaDetails(string? AltText, bool IsDecorative, string? Credit, int FocalX = 50, int FocalY = 50);

/// <summary>
/// An image whose renditions the web layer has already stored under <paramref name="FileKey"/>
/// (32 lower-case hex digits), with its upright size and rendition widths ("320,640,960").
/// </summary>
public sealed record NewMedia(string FileKey, int Width, int Height, string RenditionWidths, MediaDetails Details);

/// <summary>
/// The image library of each owner — a kommun, a region or the nation. Media belong to one owner
/// and nobody sees or changes another owner's: every read is filtered with <see cref="EditorAccess"/>
/// and every write is checked with it and recorded in the audit log in the same transaction.
/// </summary>
public sealed partial class MediaLibraryService(ContentDbContext db, TimeProvider time)
{
    public const int MaxAltTextLength = 500;

    public const int MaxCreditLength = 200;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The owners whose images this user may use: their kommuner, regions they administer, the nation for system administrators.</summary>
    public async Task<IReadOnlyList<OwnerOption>> GetOwnerOptionsAsync(EditorAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var kommuner = await db.Kommuner.AsNoTracking().Select(k => new { k.Code, k.Name, k.RegionCode }).ToListAsync(cancellationToken);
        var regions = await db.Regions.AsNoTracking().Select(r => new { r.Code, r.OrganisationName }).ToListAsync(cancellationToken);
        var owners = new List<OwnerOption>();
        owners.AddRange(kommuner.Where(k => access.CanEditKommun(k.Code)).OrderBy(k => k.Name, SwedishText.Comparer)
            .Select(k => new OwnerOption(OwnerValue.Of(k.Code, k.RegionCode), k.Name)));
        owners.AddRange(regions.Where(r => access.CanAdministerRegion(r.Code)).OrderBy(r => r.OrganisationName, SwedishText.Comparer)
            .Select(r => new OwnerOption(OwnerValue.Of(null, r.Code), $"Hela {r.OrganisationName}")));
        if (access.IsSystemAdmin)
        {
            owners.Add(new OwnerOption(OwnerValue.National, "Hela landet (nationell)"));
        }

        return owners;
    }

    /// <summary>
    /// The images of <paramref name="ownerValue"/> ("kommun:2281", "region:22", "nationell"), newest
    /// first — empty when the owner is unknown or not the user's.
    /// </summary>
    public async Task<IReadOnlyList<MediaItem>> ListAsync(EditorAccess access, string? ownerValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var owner = await ResolveOwnerAsync(access, ownerValue, cancellationToken);
        if (owner is not { } o)
        {
            return [];
        }

        var query = db.MediaItems.AsNoTracking();
        query = o.KommunCode is not null
            ? query.Where(m => m.OwnerKommunCode == o.KommunCode)
            : query.Where(m => m.OwnerKommunCode == null && m.OwnerRegionCode == o.RegionCode);
        return await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).ToListAsync(cancellationToken);
    }

    /// <summary>One image, or null when it does not exist or belongs to an owner the user cannot edit (existence is not revealed).</summary>
    public async Task<MediaItem?> GetAsync(EditorAccess access, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var item = await db.MediaItems.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return item is not null && access.CanEdit(OwnerOf(item)) ? item : null;
    }

    /// <summary>
    /// Checks owner and details before the files are processed and stored, so a form error never
    /// leaves files behind. <see cref="AddAsync"/> checks again.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> ValidateNewAsync(EditorAccess access, string? ownerValue, MediaDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(details);
        var errors = new List<FieldError>();
        if (await ResolveOwnerAsync(access, ownerValue, cancellationToken) is null)
        {
            errors.Add(new("Owner", "Välj en kommun som du är redaktör för."));
        }

        errors.AddRange(Validate(details));
        return errors;
    }

    /// <summary>
    /// Records an image whose files are stored. The owner comes from <paramref name="ownerValue"/>
    /// checked against the user's rights — never from anything else posted.
    /// </summary>
    public async Task<EditResult> AddAsync(EditorAccess access, string? ownerValue, NewMedia media, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(media);
        if (!FileKeyPattern().IsMatch(media.FileKey) || !WidthsPattern().IsMatch(media.RenditionWidths) || media.Width <= 0 || media.Height <= 0)
        {
            throw new ArgumentException("Not the description of stored renditions.", nameof(media));
        }

        if (await ResolveOwnerAsync(access, ownerValue, cancellationToken) is not { } owner)
        {
            return EditResult.Invalid(new FieldError("Owner", "Välj en kommun som du är redaktör för."));
        }

        var errors = Validate(media.Details);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        var details = Normalise(media.Details);
        var item = new MediaItem
        {
            FileKey = media.FileKey,
            OwnerKommunCode = owner.KommunCode,
            OwnerRegionCode = owner.RegionCode,
            Width = media.Width,
            Height = media.Height,
            RenditionWidths = media.RenditionWidths,
            AltText = details.AltText,
            IsDecorative = details.IsDecorative,
            Credit = details.Credit,
            FocalX = details.FocalX,
            FocalY = details.FocalY,
            CreatedAt = Now,
            CreatedBy = access.DisplayName,
        };

        // The id is known only after the first save; both saves commit together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.MediaItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEntries.Add(Audit(access, "media.upload", item, $"{item.Width}×{item.Height}{(item.IsDecorative ? ", dekorativ" : "")}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EditResult(EditStatus.Done, item.Id);
    }

    /// <summary>Changes alt text, decorative flag, credit and focal point. Another owner's image is <see cref="EditStatus.NotFound"/>.</summary>
    public async Task<EditResult> UpdateAsync(EditorAccess access, int id, MediaDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(details);
        var item = await db.MediaItems.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (item is null || !access.CanEdit(OwnerOf(item)))
        {
            return EditResult.NotFound;
        }

        var errors = Validate(details);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        var clean = Normalise(details);
        var changed = new List<string>();
        if (item.AltText != clean.AltText)
        {
            changed.Add("alternativtext");
        }

        if (item.IsDecorative != clean.IsDecorative)
        {
            changed.Add(clean.IsDecorative ? "dekorativ" : "inte dekorativ");
        }

        if (item.Credit != clean.Credit)
        {
            changed.Add("fotograf/källa");
        }

        if (item.FocalX != clean.FocalX || item.FocalY != clean.FocalY)
        {
            changed.Add(string.Create(CultureInfo.InvariantCulture, $"fokuspunkt {clean.FocalX} %, {clean.FocalY} %"));
        }

        item.AltText = clean.AltText;
        item.IsDecorative = clean.IsDecorative;
        item.Credit = clean.Credit;
        item.FocalX = clean.FocalX;
        item.FocalY = clean.FocalY;

        // One SaveChanges is one transaction: the change and its audit entry commit together.
        db.AuditEntries.Add(Audit(access, "media.update", item, changed.Count == 0 ? "inga ändringar" : string.Join(", ", changed)));
        await db.SaveChangesAsync(cancellationToken);
        return new EditResult(EditStatus.Done, item.Id);
    }

    /// <summary>The field errors in <paramref name="details"/>, in Swedish; field names are <see cref="MediaDetails"/> properties.</summary>
    public static IReadOnlyList<FieldError> Validate(MediaDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = new List<FieldError>();
        var clean = Normalise(details);
        if (!clean.IsDecorative && clean.AltText is null)
        {
            errors.Add(new(nameof(MediaDetails.AltText), "Skriv en alternativtext som beskriver bilden, eller markera bilden som dekorativ."));
        }
        else if (clean.AltText is { Length: > MaxAltTextLength })
        {
            errors.Add(new(nameof(MediaDetails.AltText), $"Alternativtexten får vara högst {MaxAltTextLength} tecken. Längre beskrivningar hör hemma i texten."));
        }
        else if (clean.AltText is not null && FileNamePattern().IsMatch(clean.AltText))
        {
            errors.Add(new(nameof(MediaDetails.AltText), "Alternativtexten ska beskriva vad bilden visar, inte vara ett filnamn."));
        }

        if (clean.Credit is { Length: > MaxCreditLength })
        {
            errors.Add(new(nameof(MediaDetails.Credit), $"Fotograf eller källa får vara högst {MaxCreditLength} tecken."));
        }

        if (details.FocalX is < 0 or > 100)
        {
            errors.Add(new(nameof(MediaDetails.FocalX), "Fokuspunkten i sidled anges i procent, från 0 (vänster kant) till 100 (höger kant)."));
        }

        if (details.FocalY is < 0 or > 100)
        {
            errors.Add(new(nameof(MediaDetails.FocalY), "Fokuspunkten i höjdled anges i procent, från 0 (överkant) till 100 (nederkant)."));
        }

        return errors;
    }

    private static ItemOwner OwnerOf(MediaItem item) => new(item.OwnerKommunCode, item.OwnerRegionCode);

    /// <summary>Trimmed, line breaks and control characters as spaces, empty as null.</summary>
    private static MediaDetails Normalise(MediaDetails details) => details with
    {
        AltText = Clean(details.AltText),
        Credit = Clean(details.Credit),
    };

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var cleaned = WhitespaceRun().Replace(new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]), " ").Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    private async Task<ItemOwner?> ResolveOwnerAsync(EditorAccess access, string? value, CancellationToken cancellationToken)
    {
        ItemOwner? owner = null;
        if (value == OwnerValue.National)
        {
            owner = ItemOwner.National;
        }
        else if (value?.Split(':', 2) is ["kommun", var kommun])
        {
            var region = await db.Kommuner.Where(k => k.Code == kommun).Select(k => k.RegionCode).FirstOrDefaultAsync(cancellationToken);
            owner = region is null ? null : ItemOwner.OfKommun(kommun, region);
        }
        else if (value?.Split(':', 2) is ["region", var code] && await db.Regions.AnyAsync(r => r.Code == code, cancellationToken))
        {
            owner = ItemOwner.OfRegion(code);
        }

        return owner is { } o && access.CanEdit(o) ? o : null;
    }

    private AuditEntry Audit(EditorAccess access, string action, MediaItem item, string detail) =>
        AuditEntry.Create(Now, access.UserId, access.DisplayName, action, "media", item.Id.ToString(CultureInfo.InvariantCulture),
            item.OwnerKommunCode, item.OwnerRegionCode, detail);

    [GeneratedRegex(@"\A[0-9a-f]{32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex FileKeyPattern();

    [GeneratedRegex(@"\A[1-9][0-9]{0,4}(,[1-9][0-9]{0,4})*\z", RegexOptions.CultureInvariant)]
    private static partial Regex WidthsPattern();

    // "IMG_1234.JPG", "bild.png": what phones and cameras name files, not a description.
    [GeneratedRegex(@"\A\S+\.(jpe?g|png|webp|gif|heic|tiff?)\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FileNamePattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRun();
}
