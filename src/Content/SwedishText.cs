using System.Globalization;

namespace Halsoportal.Content;

/// <summary>Swedish collation and formatting: å, ä, ö sort after z.</summary>
public static class SwedishText
{
    /// <summary>The sv-SE culture.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>Sorts names the way a Swedish reader expects.</summary>
    public static StringComparer Comparer { get; } = StringComparer.Create(Culture, ignoreCase: true);
}
