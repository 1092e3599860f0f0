using System.Text.Encodings.Web;
using System.Text.Unicode;
using Halsoportal.Content.Publishing;
using Halsoportal.Web.Features.Api;
using Halsoportal.Web.Features.ContactPoints;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Editor.Publishing;
using Halsoportal.Web.Features.Health;
using Halsoportal.Web.Features.OpenData;
using Halsoportal.Web.Features.PageCache;
using Halsoportal.Web.Features.Search;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;

namespace Halsoportal.Web;

/// <summary>Composition of the public site.</summary>
internal static class WebServiceCollectionExtensions
{
    /// <summary>Razor Pages from <c>Features/</c>, problem details, health checks and the start-up task.</summary>
    public static IServiceCollection AddHalsoportalWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";

            // The same pages answer inside a kommun and without one.
            options.Conventions.AddPageRoute("/Topics/Topic", "{kommun}/amne/{topic}");
            options.Conventions.AddPageRoute("/Topics/Index", "{kommun}/amne");
            options.Conventions.AddPageRoute("/Articles/Article", "artikel/{slug}/{variant?}");

            // The backoffice: signed-in users only (login and preview links excepted), rights loaded per request.
            options.Conventions.AuthorizeFolder("/Editor", EditorServiceCollectionExtensions.EditorPolicy);
            options.Conventions.AllowAnonymousToFolder("/Editor/Account/Anonymous");
        })
        .AddMvcOptions(options =>
        {
            options.Filters.AddService<Features.Editor.Shared.EditorAccessFilter>();
            Features.Shared.SwedishModelBindingMessages.Apply(options.ModelBindingMessageProvider);
        });
        services.Configure<RouteOptions>(options => options.LowercaseUrls = true);

        // The backoffice's layout and partials live in Features/Editor/Shared; pages in its sub-folders find them there.
        services.Configure<Microsoft.AspNetCore.Mvc.Razor.RazorViewEngineOptions>(options =>
            options.PageViewLocationFormats.Add("/Features/Editor/Shared/{0}" + Microsoft.AspNetCore.Mvc.Razor.RazorViewEngine.ViewExtension));

        // Swedish text goes out as UTF-8, not as &#xE5; entities: smaller pages, readable source.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ApiProblems.Customize);
        services.AddHalsoportalApi();
        services.AddHalsoportalHealth();
        // The first hosted service of all: data protection's own prefetches the key ring, which on
        // PostgreSQL is a table of the content store (DatabaseXmlRepository), so it must exist first.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, ContentStoreStartup>());

        // Per-address limits for search, the API and resident POSTs (429 with Retry-After); body limits are in the pipeline.
        services.AddRequestRateLimits();

        // After the store is migrated: the search index and the page cache follow the change feed.
        services.AddSingleton<SearchSyncService>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchSyncService>());
        services.AddPageCache();
        services.AddSingleton<IContentChangeSignal>(sp => new ContentChangeSignals(sp.GetRequiredService<SearchSyncService>(), sp.GetRequiredService<PageCacheFollower>()));

        // Scheduled publication and removal, on the same TimeProvider the tests control.
        services.AddSingleton<ScheduledPublishingService>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublishingService>());

        // Open data: contact points and dialog results as files, made nightly on the same TimeProvider.
        services.AddHalsoportalOpenData();

        // What each kommun offers in other languages than Swedish (its language pages and the kommun page's links).
        services.AddScoped<Features.Languages.KommunLanguages>();

        // The accessibility statement: its settings and the rate limit of its report form.
        Features.Accessibility.AccessibilityServiceCollectionExtensions.AddHalsoportalAccessibilityStatement(services);

        // Brotli or gzip for text: a resident on a slow phone connection gets a page in a fraction of the bytes.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/atom+xml", "application/problem+json", "image/svg+xml", "text/csv"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
        return services;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    // The answer pages carry the idempotency key, also in a translation (…/svara/fi).
    private static bool HoldsSecrets(PathString path) =>
        path.StartsWithSegments("/redaktor") || (path.Value ?? "").EndsWith("/svara", StringComparison.Ordinal)
        || (path.Value ?? "").Contains("/svara/", StringComparison.Ordinal);

    /// <summary>The request pipeline.</summary>
    public static WebApplication UseHalsoportalWeb(this WebApplication app)
    {
        app.UseLoopbackAsSecure();
        app.UseSecurityHeaders();

        // Not where a secret sits next to text someone else may have typed, which compression would
        // expose to a BREACH-style guess: the backoffice (antiforgery tokens) and answer pages
        // (invitation codes). Other resident pages hold no such secret.
        app.UseWhen(c => !HoldsSecrets(c.Request.Path), site => site.UseResponseCompression());

        // The JSON API answers errors with ProblemDetails; people get the Swedish error pages.
        // A store failure (disk full, read-only, locked: StoreFailures) is a 503 with Retry-After, not a 500.
        // The error page runs in a scope of its own: services that failed with the store (an editor's
        // session, read at sign-in's cookie) are asked afresh, and may then answer "nobody" (EditorTicketStore).
        app.UseWhen(IsApi, api => api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StoreUnavailable.StatusFor }).UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), site => site.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/fel/500", StatusCodeSelector = StoreUnavailable.StatusFor, CreateScopeForErrors = true }).UseStatusCodePagesWithReExecute("/fel/{0}"));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // Before routing: only the global per-address windows here (RequestRateLimits), not the sign-in policy.
        app.UseRateLimiter();

        app.UseStaticFiles(new StaticFileOptions
        {
            // Links carry ?v=<hash> (asp-append-version), so a cached copy is never stale.
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl =
                ctx.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600",
        });
        // Routing only after static files: /css/site.css would otherwise match /{kommun}/{slug}.
        app.UseRouting();

        // Each route's body limit (413), before anything reads the body (BodyLimits).
        app.UseBodyLimits();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();

        app.UsePageCache();
        app.MapRazorPages();
        app.MapHalsoportalHealth();
        app.MapHalsoportalApi();
        app.MapContactPointVCard();
        app.MapOpenDataFiles();
        app.MapHalsoportalDiscovery();
        return app;
    }
}
