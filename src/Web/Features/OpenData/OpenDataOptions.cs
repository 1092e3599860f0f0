using Microsoft.Extensions.Options;

namespace Halsoportal.Web.Features.OpenData;

/// <summary>The open-data downloads: their licence and when they are made anew (<c>Halsoportal:OpenData</c>).</summary>
public sealed class OpenDataOptions
{
    public const string SectionName = "Halsoportal:OpenData";

    /// <summary>The licence every file is published under; CC0 unless the region says otherwise.</summary>
    public OpenDataLicence Licence { get; set; } = new();

    /// <summary>Swedish local time of the nightly run.</summary>
    public TimeOnly NightlyAt { get; set; } = new(3, 0);
}

/// <summary>A licence: its name as shown and the address of its text.</summary>
public sealed class OpenDataLicence
{
    public string Name { get; set; } = "CC0 1.0 Universell";

    public string Url { get; set; } = "https://creativecommons.org/publicdomain/zero/1.0/deed.sv";
}

/// <summary>Stops start-up with a message for the operator when the licence is not usable.</summary>
internal sealed class OpenDataOptionsValidator : IValidateOptions<OpenDataOptions>
{
    public ValidateOptionsResult Validate(string? name, OpenDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Licence?.Name) || options.Licence.Name.Length > 200)
        {
            errors.Add($"{OpenDataOptions.SectionName}:Licence:Name ska vara licensens namn, till exempel ”CC0 1.0 Universell” eller ”CC BY 4.0” (högst 200 tecken).");
        }

        if (!Uri.TryCreate(options.Licence?.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            errors.Add($"{OpenDataOptions.SectionName}:Licence:Url ska vara en hel webbadress till licenstexten, till exempel https://creativecommons.org/licenses/by/4.0/deed.sv.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
