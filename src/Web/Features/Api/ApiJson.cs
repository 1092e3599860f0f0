using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Halsoportal.Web.Features.Api;

/// <summary>How long clients and shared caches may keep an answer.</summary>
public enum ApiCaching
{
    /// <summary>Published data: public, one minute, then revalidated with the ETag.</summary>
    Public,

    /// <summary>Drafts and anything read with an API key: never stored by a shared cache.</summary>
    Private,
}

/// <summary>
/// A 200 JSON answer with a strong <c>ETag</c> (a hash of the exact bytes) and conditional GET: a
/// request whose <c>If-None-Match</c> names the current tag gets 304 and no body. The response
/// type is declared to the OpenAPI document through <see cref="IEndpointMetadataProvider"/>.
/// </summary>
public sealed class ApiJson<T>(T value, ApiCaching caching = ApiCaching.Public, DateTimeOffset? lastModified = null)
    : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>
{
    /// <summary>Seconds a shared cache may serve published data before revalidating.</summary>
    public const int PublicMaxAge = 60;

    public T Value => value;

    object? IValueHttpResult.Value => value;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status200OK;

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, options);
        var tag = $"\"{Convert.ToBase64String(SHA256.HashData(bytes), 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";

        var response = httpContext.Response;
        response.Headers.ETag = tag;
        response.Headers.CacheControl = caching == ApiCaching.Public ? $"public, max-age={PublicMaxAge}" : "private, no-store";
        response.Headers.Vary = "Accept-Encoding, Origin";
        if (lastModified is { } modified)
        {
            response.Headers.LastModified = modified.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (Matches(httpContext.Request.Headers.IfNoneMatch, tag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
        }
    }

    /// <summary>RFC 9110 If-None-Match: <c>*</c> or a list of tags, compared weakly (W/ ignored).</summary>
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues header, string tag)
    {
        foreach (var line in header)
        {
            foreach (var candidate in (line ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var opaque = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
                if (opaque == "*" || opaque == tag)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>Shorthands for <see cref="ApiJson{T}"/>.</summary>
public static class ApiJson
{
    public static ApiJson<T> Ok<T>(T value, ApiCaching caching = ApiCaching.Public, DateTimeOffset? lastModified = null) => new(value, caching, lastModified);
}
