using Microsoft.Extensions.Options;

namespace Halsoportal.Media;

/// <summary>Rules across <see cref="MediaOptions"/> values, in words an operator can act on.</summary>
public sealed class MediaOptionsValidator : IValidateOptions<MediaOptions>
{
    /// <summary>Narrowest rendition worth making.</summary>
    public const int MinWidth = 16;

    /// <summary>Widest rendition: no screen needs more, and WebP stops at 16 383.</summary>
    public const int MaxWidth = 8192;

    /// <summary>At most this many widths: each costs an encode per format at every upload.</summary>
    public const int MaxWidthCount = 12;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var outOfRange = options.Widths.Where(w => w is < MinWidth or > MaxWidth).ToList();
        if (outOfRange.Count > 0)
        {
            failures.Add($"Media:Widths has {string.Join(", ", outOfRange)}: every rendition width must be between {MinWidth} and {MaxWidth} pixels.");
        }

        if (options.Widths.Count != options.Widths.Distinct().Count())
        {
            failures.Add($"Media:Widths lists a width twice ({string.Join(", ", options.Widths)}): list each width once.");
        }

        if (options.Widths.Count > MaxWidthCount)
        {
            failures.Add($"Media:Widths has {options.Widths.Count} widths: at most {MaxWidthCount}, since every upload encodes each width twice (WebP and JPEG).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
