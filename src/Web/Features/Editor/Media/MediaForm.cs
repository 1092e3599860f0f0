using System.Globalization;
using Halsoportal.Content.Media;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Halsoportal.Web.Features.Editor.Media;

/// <summary>
/// The image form as posted. No key, size, owner id or author: whatever else is posted cannot
/// reach the image (security.md item 3). The owner is a choice checked against the user's rights.
/// </summary>
public sealed class MediaForm
{
    /// <summary>Upload only: "kommun:2281", "region:22" or "nationell".</summary>
    public string? Owner { get; set; }

    public string? AltText { get; set; }

    public bool IsDecorative { get; set; }

    public string? Credit { get; set; }

    /// <summary>Text, not int: a non-number gets our Swedish message instead of the binder's English one.</summary>
    public string? FocalX { get; set; } = "50";

    public string? FocalY { get; set; } = "50";

    public MediaDetails ToDetails() => new(AltText, IsDecorative, Credit, Percent(FocalX), Percent(FocalY));

    public static MediaForm From(MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new()
        {
            AltText = item.AltText,
            IsDecorative = item.IsDecorative,
            Credit = item.Credit,
            FocalX = item.FocalX.ToString(CultureInfo.InvariantCulture),
            FocalY = item.FocalY.ToString(CultureInfo.InvariantCulture),
        };
    }

    // Not a whole number → −1, which the service reports as out of range.
    private static int Percent(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : -1;
}

/// <summary>What the form fields need from ModelState: their own error, and ids for aria-describedby.</summary>
public static class FieldState
{
    /// <summary>The first error of <paramref name="field"/>, or null.</summary>
    public static string? ErrorFor(ModelStateDictionary modelState, string field)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
    }

    /// <summary>"Input_AltText-hint Input_AltText-error", leaving out the error id when there is no error.</summary>
    public static string DescribedBy(string id, bool hasHint, string? error) =>
        string.Join(' ', new[] { hasHint ? id + "-hint" : null, error is null ? null : id + "-error" }.OfType<string>());
}
