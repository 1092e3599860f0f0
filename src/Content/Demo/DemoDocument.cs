namespace Halsoportal.Content.Demo;

/// <summary>A demo file: front matter fields and a Markdown body. See <c>Demo/FORMAT.md</c>.</summary>
internal sealed record DemoDocument(string Name, IReadOnlyDictionary<string, string> Fields, string Body)
{
    public string Required(string key) =>
        Fields.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new InvalidDataException($"{Name}: front matter '{key}' is missing.");

    public string? Optional(string key) => Fields.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    public IReadOnlyList<string> List(string key) =>
        (Optional(key) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public DateOnly Date(string key) =>
        DateOnly.TryParseExact(Required(key), "yyyy-MM-dd", out var date)
            ? date
            : throw new InvalidDataException($"{Name}: '{key}' is not a yyyy-MM-dd date.");

    /// <summary>Parses front matter between two <c>---</c> lines, then the body.</summary>
    public static DemoDocument Parse(string name, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 2 || lines[0].Trim() != "---")
        {
            throw new InvalidDataException($"{name}: the file must start with a '---' front matter line.");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 1;
        for (; i < lines.Length && lines[i].Trim() != "---"; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new InvalidDataException($"{name}: front matter line {i + 1} is not 'key: value'.");
            }

            fields[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
        }

        if (i >= lines.Length)
        {
            throw new InvalidDataException($"{name}: the front matter has no closing '---' line.");
        }

        return new DemoDocument(name, fields, string.Join('\n', lines[(i + 1)..]).Trim() + "\n");
    }
}
