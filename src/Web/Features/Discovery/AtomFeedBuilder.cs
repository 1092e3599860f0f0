using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Web.Features.Shared;

namespace Halsoportal.Web.Features.Discovery;

/// <summary>One Atom entry; <see cref="Key"/> becomes its stable tag: id.</summary>
public sealed record FeedEntry(string Key, string Title, string Summary, string Path, DateTime Published, DateTime Updated, string Author);

/// <summary>An Atom feed: its title, its own and its page's paths, and its entries, newest first.</summary>
public sealed record AtomFeed(string Title, string SelfPath, string PagePath, IReadOnlyList<FeedEntry> Entries);

/// <summary>
/// The Atom feeds: what is new in a kommun (articles residents there see, dialogs opening and their
/// results), and per topic, nationally or in a kommun. Only what the pages would show.
/// </summary>
public sealed class AtomFeedBuilder(DiscoveryCatalog catalog)
{
    /// <summary>How many entries a feed carries.</summary>
    public const int MaxEntries = 20;

    public async Task<AtomFeed> KommunAsync(KommunRef kommun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        var entries = (await catalog.ArticlesInAsync(kommun, cancellationToken)).Select(a => Entry(a, kommun)).ToList();
        foreach (var dialog in await catalog.DialogsAsync(kommun, cancellationToken))
        {
            var survey = dialog.Survey;
            var path = $"/{kommun.Slug}/dialog/{survey.Slug}";
            entries.Add(new FeedEntry($"dialog-{survey.Id}", $"Ny dialog: {survey.Title}", Summary(survey.Purpose), path, survey.OpensAt, survey.OpensAt, kommun.Name));
            if (dialog.ResultsPublished)
            {
                entries.Add(new FeedEntry($"dialog-{survey.Id}-resultat", $"Resultat: {survey.Title}", Summary(survey.Purpose), $"{path}/resultat", dialog.ResultsFrom, dialog.ResultsFrom, kommun.Name));
            }
        }

        return new AtomFeed($"Nytt i {kommun.Name} – Hälsoportal", FeedPaths.Kommun(kommun.Slug), $"/{kommun.Slug}", Newest(entries));
    }

    /// <summary>A topic's articles, in a kommun or (national and regional) without one; null for an unknown topic.</summary>
    public async Task<AtomFeed?> TopicAsync(string topicSlug, KommunRef? kommun, CancellationToken cancellationToken)
    {
        var topic = (await catalog.TopicsAsync(cancellationToken)).FirstOrDefault(t => t.Slug == topicSlug);
        if (topic is null)
        {
            return null;
        }

        var articles = kommun is null ? await catalog.ArticlesWithoutKommunAsync(cancellationToken) : await catalog.ArticlesInAsync(kommun, cancellationToken);
        var entries = articles.Where(a => a.TopicSlugs.Contains(topic.Slug)).Select(a => Entry(a, kommun)).ToList();
        var title = kommun is null ? $"{topic.Name} – Hälsoportal" : $"{topic.Name} i {kommun.Name} – Hälsoportal";
        return new AtomFeed(title, FeedPaths.Topic(topic.Slug, kommun?.Slug), Format.TopicUrl(topic.Slug, kommun?.Slug), Newest(entries));
    }

    private static FeedEntry Entry(ListedArticle article, KommunRef? kommun) =>
        new($"artikel-{article.Id}", article.Standard.Title, article.Standard.Ingress, article.Path(kommun?.Slug), article.PublishedAt, article.UpdatedAt, article.ResponsibleUnit);

    private static List<FeedEntry> Newest(IEnumerable<FeedEntry> entries) =>
        [.. entries.OrderByDescending(e => e.Updated).ThenBy(e => e.Key, StringComparer.Ordinal).Take(MaxEntries)];

    private static string Summary(string text) => text.Length > 300 ? text[..297].TrimEnd() + "…" : text;
}
