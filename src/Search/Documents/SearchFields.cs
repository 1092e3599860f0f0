namespace Halsoportal.Search.Documents;

/// <summary>Lucene field names. Changing any mapping means bumping <see cref="SearchSchema.Version"/>.</summary>
internal static class SearchFields
{
    public const string Id = "id";
    public const string Key = "key";
    public const string Type = "type";
    public const string Language = "lang";
    public const string EasyRead = "easyread";
    public const string Url = "url";
    public const string Kommun = "kommun";
    public const string Region = "region";
    public const string Topic = "topic";
    public const string LifeSituation = "life";
    public const string Scope = "scope";
    public const string ScopeLevel = "scope_level";
    public const string Updated = "updated";

    public const string Title = "title";
    public const string Ingress = "ingress";
    public const string Body = "body";
    public const string TitleFolded = "title_folded";
    public const string IngressFolded = "ingress_folded";
    public const string BodyFolded = "body_folded";
    public const string WholeWords = "whole";
    public const string Spelling = "spell";
    public const string Autocomplete = "title_ac";
    public const string AutocompleteFolded = "title_ac_folded";

    /// <summary>Facet fields (sorted-set doc values), named after the public facet they feed.</summary>
    public const string FacetType = "f_type";
    public const string FacetTopic = "f_topic";
    public const string FacetKommun = "f_kommun";
    public const string FacetLifeSituation = "f_life";

    public const string EasyReadYes = "1";
    public const string EasyReadNo = "0";
    public const string NationalScope = "n";

    public static string KommunScope(string code) => "k:" + code;

    public static string RegionScope(string code) => "r:" + code;

    /// <summary>The folded twin of a main text field.</summary>
    public static string FoldedOf(string field) => field switch
    {
        Title => TitleFolded,
        Ingress => IngressFolded,
        Body => BodyFolded,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Only title, ingress and body have folded twins."),
    };
}
