using Halsoportal.Search.Analysis;

namespace Halsoportal.Search.Synonyms;

/// <summary>The starting synonym list bundled with the application (see <c>Synonyms/Resources/default-synonyms.txt</c>).</summary>
public sealed class DefaultSynonymSource : ISynonymSource
{
    private const string Resource = "Halsoportal.Search.Synonyms.default-synonyms.txt";

    private static readonly IReadOnlyList<SynonymGroup> Groups = Parse(EmbeddedText.ReadLines(Resource));

    /// <summary>The bundled list as administrators edit it: the file's lines, comments included.</summary>
    public static string Text { get; } = EmbeddedText.ReadAll(Resource);

    /// <inheritdoc />
    public IReadOnlyList<SynonymGroup> GetGroups() => Groups;

    /// <summary>Parses lines of comma-separated expressions into groups; lines with fewer than two expressions are skipped.</summary>
    public static IReadOnlyList<SynonymGroup> Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var groups = new List<SynonymGroup>();
        foreach (var line in lines)
        {
            var expressions = line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (expressions.Length >= 2)
            {
                groups.Add(new SynonymGroup(expressions));
            }
        }

        return groups;
    }
}
