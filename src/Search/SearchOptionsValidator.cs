using Microsoft.Extensions.Options;

namespace Halsoportal.Search;

/// <summary>Rules across <see cref="SearchOptions"/> values, in words an operator can act on.</summary>
public sealed class SearchOptionsValidator : IValidateOptions<SearchOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!(options.TitleBoost >= options.IngressBoost && options.IngressBoost >= options.BodyBoost))
        {
            failures.Add($"Search:TitleBoost ({options.TitleBoost}) ≥ Search:IngressBoost ({options.IngressBoost}) ≥ Search:BodyBoost ({options.BodyBoost}) must hold: a word in the title weighs most.");
        }

        if (options.KommunBoost < options.RegionBoost)
        {
            failures.Add($"Search:KommunBoost ({options.KommunBoost}) must be at least Search:RegionBoost ({options.RegionBoost}): the resident's own kommun ranks first.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
