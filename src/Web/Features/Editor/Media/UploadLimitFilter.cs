using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Halsoportal.Web.Features.Editor.Media;

/// <summary>
/// The upload page's body limit (security.md item 9): one byte over is a 413 and nothing is read.
/// A filter rather than <see cref="RequestSizeLimitAttribute"/> because the limit follows
/// <c>Media:MaxBytes</c>, and because it must run before the antiforgery check, which reads the
/// whole form. It tells the server the limit too, so a body without Content-Length is cut off as
/// it arrives.
/// </summary>
internal sealed class UploadLimitFilter(long limit) : IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Before the antiforgery filter (order 1000).</summary>
    public int Order => -1000;

    public long Limit => limit;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }

        if (http.Request.ContentLength > limit)
        {
            Refuse(context);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (!http.Request.HasFormContentType)
        {
            return;
        }

        // Read the form here, where running over the limit can still become a 413 instead of an
        // exception in the antiforgery check. The form is cached for everything after.
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            Refuse(context);
        }
    }

    private static void Refuse(AuthorizationFilterContext context)
    {
        // An empty form for whatever runs next (the Swedish 413 page is re-executed with this
        // request): nothing more of the body is read.
        context.HttpContext.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
    }
}
