namespace Halsoportal.Content.Articles;

/// <summary>Who an article is for. A kommun page shows its own articles plus its region's and national ones.</summary>
public enum ArticleScope
{
    /// <summary>For everyone in Sweden.</summary>
    National = 1,

    /// <summary>For every kommun in one region (län).</summary>
    Region = 2,

    /// <summary>For one or more named kommuner.</summary>
    Kommuner = 3,
}
