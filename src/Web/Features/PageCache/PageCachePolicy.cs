using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Halsoportal.Web.Features.PageCache;

/// <summary>
/// Which responses the page cache keeps, and under which tags (<see cref="PageCacheTags"/>).
/// </summary>
/// <remarks>
/// Only the residents' reading pages: anonymous GET or HEAD, a 200 with no cookie. Not the
/// backoffice, previews, dialogs (forms and per-resident state), error pages or the API (which
/// answers conditional requests itself). Every entry also varies by the current minute on the
/// app's clock: "öppet nu", a dialog's open or closed state and the dialogs listed on a kommun's
/// page are true to the minute without a feed row (dialogs live in their own store), and a
/// render that raced an eviction lives at most until the minute turns. Search result pages also
/// vary by the index's generation (<see cref="SearchPagesGeneration"/>): they cannot race it.
/// </remarks>
internal sealed class PageCachePolicy(TimeProvider time, SearchPagesGeneration searchGeneration) : IOutputCachePolicy
{
    /// <summary>The Razor Pages (view engine paths) whose anonymous GETs are cached.</summary>
    private static readonly HashSet<string> CachedPages = new(StringComparer.Ordinal)
    {
        "/Home/Index", "/Kommuner/Index", "/Articles/Article", "/Topics/Index", "/Topics/Topic",
        "/ContactPoints/Finder", "/ContactPoints/Details", "/EasyRead/Index", "/SitePages/SitePage",
        "/Search/Index", "/Accessibility/Statement", "/OpenData/Index",
    };

    /// <summary>How long an entry may live at most; the minute in its key retires it sooner.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var page = http.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath;
        var cacheable = page is not null && CachedPages.Contains(page)
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);

        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (cacheable)
        {
            context.ResponseExpirationTimeSpan = Lifetime;
            context.CacheVaryByRules.VaryByValues["minute"] = time.GetUtcNow().ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture);
            context.CacheVaryByRules.QueryKeys = "*";
            if (page == "/Search/Index")
            {
                context.CacheVaryByRules.VaryByValues["index"] = searchGeneration.Current;
            }

            foreach (var tag in PageCacheTags.For(page!, http.GetRouteValue("kommun") as string))
            {
                context.Tags.Add(tag);
            }
        }

        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;

        // A cookie is someone's, and anything but a 200 (a redirect, a 404 for a mistyped address) is not worth a slot.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>The tags cached pages carry, and which to evict for a change.</summary>
internal static class PageCacheTags
{
    /// <summary>On every entry: a site-wide change evicts this.</summary>
    public const string All = "all";

    /// <summary>Pages outside any kommun: the start page, national topics and articles, the statement.</summary>
    public const string Site = "site";

    /// <summary>Search result pages: evicted when this node's index changes, not when the database does.</summary>
    public const string Search = "search";

    /// <summary>Pages that list dialogs (a kommun's start page): dialogs are not in the content feed.</summary>
    public const string Dialogs = "dialogs";

    /// <summary>A kommun's pages: its start page, its articles, topics, contact points and lättläst.</summary>
    public static string Kommun(string slug) => "kommun:" + slug.ToLowerInvariant();

    /// <summary>The tags of a cached page.</summary>
    public static IEnumerable<string> For(string page, string? kommunSlug)
    {
        yield return All;
        if (page == "/Kommuner/Index")
        {
            yield return Dialogs;
        }

        yield return page == "/Search/Index" ? Search
            : kommunSlug is { Length: > 0 } slug ? Kommun(slug)
            : Site;
    }
}
