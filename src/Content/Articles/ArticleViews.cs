using Halsoportal.Content.Kommuner;

namespace Halsoportal.Content.Articles;

/// <summary>A taxonomy term as pages see it.</summary>
public sealed record TermRef(string Slug, string Name, string Description);

/// <summary>A term and how many articles carry it.</summary>
public sealed record TermCount(TermRef Term, int Count);

/// <summary>An article in a list.</summary>
public sealed record ArticleSummary(
    string Slug,
    string Title,
    string Ingress,
    ArticleScope Scope,
    string? RegionOrganisation,
    bool HasEasyRead,
    bool IsFeatured,
    DateOnly LastReviewed);

/// <summary>Articles from one level: the kommun's own, a region's, or national.</summary>
public sealed record ArticleGroup(ArticleScope Scope, string? RegionOrganisation, IReadOnlyList<ArticleSummary> Articles);

/// <summary>The life-situation filter as requested: the term when known, or the unknown value typed.</summary>
public sealed record LifeSituationFilter(IReadOnlyList<TermRef> Options, TermRef? Selected, string? Unknown);

/// <summary>What a kommun start page shows.</summary>
public sealed record KommunStart(
    KommunRef Kommun,
    LifeSituationFilter Filter,
    IReadOnlyList<ArticleGroup> Groups,
    IReadOnlyList<TermCount> Topics);

/// <summary>What a topic page shows, with or without a kommun chosen.</summary>
public sealed record TopicListing(
    TermRef Topic,
    KommunRef? Kommun,
    LifeSituationFilter Filter,
    IReadOnlyList<ArticleGroup> Groups);

/// <summary>One article in one language and reading level, ready to render.</summary>
public sealed record ArticleView(
    string Slug,
    string Title,
    string Ingress,
    string BodyHtml,
    bool IsEasyRead,
    bool HasEasyRead,
    ArticleScope Scope,
    string? RegionOrganisation,
    IReadOnlyList<string> KommunNames,
    IReadOnlyList<TermRef> Topics,
    IReadOnlyList<TermRef> LifeSituations,
    DateOnly LastReviewed,
    DateOnly NextReview,
    string ResponsibleUnit,
    Media.MediaItem? Image = null,
    LocalAdditionView? LocalAddition = null)
{
    /// <summary>When the article was first published (UTC), for feeds and structured data.</summary>
    public DateTime PublishedAt { get; init; }

    /// <summary>When the published text last changed (UTC), for feeds and structured data.</summary>
    public DateTime UpdatedAt { get; init; }

    /// <summary>The language of <see cref="Title"/>, <see cref="Ingress"/> and the body (BCP 47).</summary>
    public string Language { get; init; } = ArticleText.Swedish;

    /// <summary>Every published version of the article: Swedish, lättläst and each translation.</summary>
    public IReadOnlyList<ArticleVersionRef> Versions { get; init; } = [];
}

/// <summary>One published version of an article or site page: a language and, for Swedish, a reading level.</summary>
public sealed record ArticleVersionRef(string Language, bool IsEasyRead)
{
    /// <summary>Swedish first, then lättläst, then translations in the registry's order; unknown languages are left out.</summary>
    public static IReadOnlyList<ArticleVersionRef> Ordered(IEnumerable<ArticleVersionRef> versions)
    {
        var order = Languages.SiteLanguages.Translations.Select(l => l.Code).ToList();
        return [.. versions
            .Where(v => v.Language == ArticleText.Swedish || Languages.SiteLanguages.IsTranslation(v.Language))
            .OrderBy(v => v.Language == ArticleText.Swedish ? (v.IsEasyRead ? 1 : 0) : 2 + order.IndexOf(v.Language))];
    }
}

/// <summary>What an article or site page offers when the asked-for language or reading level does not exist.</summary>
public sealed record MissingText(string Slug, string SwedishTitle, IReadOnlyList<ArticleVersionRef> Versions);

/// <summary>A kommun's published lokalt tillägg, shown in place in a national or regional article.</summary>
public sealed record LocalAdditionView(string KommunName, string Heading, string BodyHtml, DateOnly LastReviewed, DateOnly NextReview);

/// <summary>How an article lookup ended.</summary>
public enum ArticleLookupStatus
{
    /// <summary>The article is shown.</summary>
    Found,

    /// <summary>No published article by that slug is visible here (or the lättläst text is missing).</summary>
    NotFound,

    /// <summary>A local article asked for without a kommun: it belongs under <see cref="ArticleLookup.KommunSlug"/>.</summary>
    BelongsToKommun,

    /// <summary>The article is shown here, but not in that language or reading level: <see cref="ArticleLookup.Missing"/> says what it has.</summary>
    TextMissing,
}

/// <summary>The result of looking up an article.</summary>
public sealed record ArticleLookup(ArticleLookupStatus Status, ArticleView? Article = null, string? KommunSlug = null)
{
    /// <summary>Set with <see cref="ArticleLookupStatus.TextMissing"/>.</summary>
    public MissingText? Missing { get; init; }
}
