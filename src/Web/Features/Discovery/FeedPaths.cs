namespace Halsoportal.Web.Features.Discovery;

/// <summary>
/// The Atom feeds' addresses. "flode.xml" has a dot, which no slug can have (Content/Slugs), so it
/// never takes the place of an article at <c>/{kommun}/{slug}</c>.
/// </summary>
public static class FeedPaths
{
    public const string FileName = "flode.xml";

    /// <summary><c>/{kommun}/flode.xml</c>: what is new in a kommun.</summary>
    public static string Kommun(string kommunSlug) => $"/{kommunSlug}/{FileName}";

    /// <summary><c>/amne/{topic}/flode.xml</c> or <c>/{kommun}/amne/{topic}/flode.xml</c>.</summary>
    public static string Topic(string topicSlug, string? kommunSlug) => $"{Shared.Format.TopicUrl(topicSlug, kommunSlug)}/{FileName}";
}
