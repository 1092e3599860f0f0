using Halsoportal.Content.Accounts;

namespace Halsoportal.Web.Features.Editor.Articles;

/// <summary>Reads an owner choice ("kommun:2281", "region:22", "nationell") for building the draft's scope. The service checks the right to use it.</summary>
internal static class ArticleOwners
{
    /// <summary>The owner as the value the owner and image pickers use.</summary>
    public static string Format(ItemOwner owner) =>
        owner.KommunCode is { } kommun ? $"kommun:{kommun}" : owner.RegionCode is { } region ? $"region:{region}" : "nationell";

    /// <summary>The owner's images as picker options, labelled by their alt text.</summary>
    public static async Task<IReadOnlyList<ImageChoice>> ImagesAsync(Content.Media.MediaLibraryService media, EditorAccess access, string? ownerValue, CancellationToken cancellationToken) =>
        [.. (await media.ListAsync(access, ownerValue, cancellationToken)).Select(m => new ImageChoice(
            m.Id,
            m.IsDecorative ? $"Dekorativ bild {m.Id} ({m.Width}×{m.Height})" : $"{m.AltText} ({m.Width}×{m.Height})"))];

    public static ItemOwner Parse(string? value) => value?.Split(':', 2) switch
    {
        ["kommun", var code] => new ItemOwner(code, null),
        ["region", var code] => ItemOwner.OfRegion(code),
        _ => ItemOwner.National,
    };
}
