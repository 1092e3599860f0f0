namespace Halsoportal.Search.Documents;

/// <summary>What kind of published item a search document stands for.</summary>
public enum SearchDocumentType
{
    /// <summary>A health-promotion article.</summary>
    Article = 1,

    /// <summary>One of the site's own pages (om webbplatsen, tillgänglighet, …).</summary>
    Page = 2,

    /// <summary>A contact point: vårdcentral, ungdomsmottagning, träffpunkt, …</summary>
    ContactPoint = 3,

    /// <summary>A dialog (survey), open or closed.</summary>
    Dialog = 4,
}

/// <summary>The stable index values of <see cref="SearchDocumentType"/>; also the facet values.</summary>
public static class SearchDocumentTypes
{
    /// <summary>The value stored in the index and returned in facets ("article", "page", "contactpoint", "dialog").</summary>
    public static string ToValue(this SearchDocumentType type) => type switch
    {
        SearchDocumentType.Article => "article",
        SearchDocumentType.Page => "page",
        SearchDocumentType.ContactPoint => "contactpoint",
        SearchDocumentType.Dialog => "dialog",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown document type."),
    };

    /// <summary>Parses a facet or index value; false for anything unknown.</summary>
    public static bool TryParse(string? value, out SearchDocumentType type)
    {
        foreach (var candidate in Enum.GetValues<SearchDocumentType>())
        {
            if (string.Equals(candidate.ToValue(), value, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }
}
