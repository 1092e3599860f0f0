using Microsoft.AspNetCore.OutputCaching;

namespace Halsoportal.Web.Features.PageCache;

/// <summary>Composition of the page cache: ASP.NET Core's output cache with <see cref="PageCachePolicy"/>, kept true by <see cref="PageCacheFollower"/>.</summary>
internal static class PageCacheServiceCollectionExtensions
{
    /// <summary>At most this much rendered HTML per node (ASP.NET Core's default is 100 MB; a page is 20–60 KB).</summary>
    private const long SizeLimit = 32 * 1024 * 1024;

    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.SizeLimit = SizeLimit);
        // Halsoportal:PageCache:Enabled=false renders every page per request (the benchmark's uncached run, or to rule the cache out).
        services.AddSingleton<SearchPagesGeneration>();
        services.AddOptions<OutputCacheOptions>().Configure<TimeProvider, IConfiguration, SearchPagesGeneration>((options, time, configuration, searchGeneration) =>
        {
            if (configuration.GetValue("Halsoportal:PageCache:Enabled", defaultValue: true))
            {
                options.AddBasePolicy(new PageCachePolicy(time, searchGeneration));
            }
        });
        services.AddSingleton<PageCacheFollower>();
        services.AddHostedService(sp => sp.GetRequiredService<PageCacheFollower>());
        return services;
    }

    /// <summary>
    /// The output cache, after authentication (a signed-in editor is never served a cached page)
    /// and routing (which page it is). Before it: an editor's POST has its changes applied to this
    /// node's cache before the answer goes out, so the next page they open shows them — site-wide
    /// settings (taxonomy, kommuner, synonyms) reach the feed from any save, and dialogs, which
    /// live in their own store, evict the kommun pages that list them.
    /// </summary>
    public static IApplicationBuilder UsePageCache(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/redaktor"))
            {
                var follower = context.RequestServices.GetRequiredService<PageCacheFollower>();
                var dialogs = context.Request.Path.StartsWithSegments("/redaktor/dialoger");
                context.Response.OnStarting(async () =>
                {
                    await follower.ChangesCommittedAsync(context.RequestAborted);
                    if (dialogs)
                    {
                        await follower.EvictAsync([PageCacheTags.Dialogs], context.RequestAborted);
                    }
                });
            }

            return next(context);
        });
        return app.UseOutputCache();
    }
}
