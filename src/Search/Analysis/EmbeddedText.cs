namespace Halsoportal.Search.Analysis;

/// <summary>Reads the word lists embedded in this assembly.</summary>
internal static class EmbeddedText
{
    /// <summary>The non-empty, non-comment lines of an embedded resource, trimmed.</summary>
    public static IReadOnlyList<string> ReadLines(string logicalName)
    {
        using var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"The embedded resource {logicalName} is missing from {typeof(EmbeddedText).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }

    /// <summary>The whole text of an embedded resource, with Unix line ends.</summary>
    public static string ReadAll(string logicalName)
    {
        using var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"The embedded resource {logicalName} is missing from {typeof(EmbeddedText).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
    }
}
