using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Routing;

namespace Halsoportal.Web.Features.Api;

/// <summary>
/// The delivery API at <c>/api/v1</c>: read-only, anonymous, JSON. Every endpoint answers GET and
/// HEAD, may be read from any origin (CORS), carries an ETag, and explains bad parameters as
/// problem details. Feature folders add their endpoints to the group in <see cref="MapHalsoportalApi"/>.
/// </summary>
internal static class ApiEndpoints
{
    /// <summary>Bumped with every change to the OpenAPI document (a contract test holds it to that).</summary>
    public const string Version = "1.1.0";

    public const string CorsPolicy = "OpenData";

    public static IServiceCollection AddHalsoportalApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            var json = options.SerializerOptions;
            json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            json.NumberHandling = JsonNumberHandling.Strict;
        });

        // Anyone may read published data from a browser; nothing may write.
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders("If-None-Match", "Authorization")
            .WithExposedHeaders("ETag", "Last-Modified")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

        services.AddOpenApi("v1", options =>
        {
            // HEAD is GET without the body: the document describes each operation once.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true
                && description.HttpMethod != HttpMethods.Head;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new()
                {
                    Title = "Hälsoportal API",
                    Version = Version,
                    Description = "Allt som Hälsoportal publicerar, som JSON: kommuner och regioner, ämnen och livssituationer, artiklar och sidor, kontaktpunkter med öppettider, medborgardialoger med publicerade resultat, och sök. Läsbart för alla utan nyckel. Felmeddelanden på svenska och engelska. / Everything Hälsoportal publishes, as JSON. Read-only and anonymous.",
                    License = new() { Name = "CC0 1.0", Url = new Uri("https://creativecommons.org/publicdomain/zero/1.0/") },
                };
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>The <c>/api/v1</c> group, its endpoints and its OpenAPI document at <c>/api/v1/openapi.json</c>.</summary>
    public static WebApplication MapHalsoportalApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireCors(CorsPolicy);
        api.MapSearchApi();
        api.MapCatalogApi();
        api.MapTaxonomyApi();
        api.MapArticlesApi();
        api.MapPagesApi();
        api.MapContactPointsApi();
        api.MapDialogsApi();

        // HEAD as well as GET (a link checker asks for headers only; ApiJson then sends no body).
        // Finally runs after MapGet's own metadata, so this list of methods is the one routing reads.
        ((IEndpointConventionBuilder)api).Finally(endpoint => endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head])));
        app.MapOpenApi("/api/{documentName}/openapi.json").RequireCors(CorsPolicy);

        // Anything else under /api is the API's, never a page's (/{kommun}/{slug} would take it):
        // writes are refused as such, unknown paths are not found, both as problem details.
        app.Map("/api/{**rest}", (HttpContext context) => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? ApiProblems.NotFound($"Det finns ingen resurs på {context.Request.Path}. Se /api/v1/openapi.json.", "No such resource; see the OpenAPI document.")
                : ApiProblems.MethodNotAllowed())
            .ExcludeFromDescription();
        return app;
    }
}
