using System.Text.RegularExpressions;
using Halsoportal.Content.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Halsoportal.Web.Features.Editor.Restore;

/// <summary>
/// When an editor's session has ended while they were writing, the save arrives unauthenticated.
/// Instead of dropping the text on the way to the login page, the posted article fields are
/// parked and the login page returns the editor to <c>/redaktor/aterstall/{key}</c>, where they
/// can save it. Only article forms from a browser that had an editor session are parked; nothing
/// is ever saved as content without the signed-in editor pressing the button.
/// </summary>
internal sealed partial class ExpiredSessionFormHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    [GeneratedRegex(@"^/redaktor/artiklar/(ny|\d{1,9})$")]
    private static partial Regex ArticleForm();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var request = context.Request;
        if (authorizeResult.Challenged
            && HttpMethods.IsPost(request.Method)
            && request.HasFormContentType
            && request.Cookies.ContainsKey("__Host-redaktor")
            && ArticleForm().IsMatch(request.Path.Value ?? "")
            && !request.Query.ContainsKey("handler"))
        {
            var form = await request.ReadFormAsync(context.RequestAborted);
            var fields = form
                .Where(f => f.Key.StartsWith("Input.", StringComparison.Ordinal) || f.Key is "BaseVersion" or "Owner")
                .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? "")))
                .ToList();
            var key = await context.RequestServices.GetRequiredService<ParkedFormService>().ParkAsync(request.Path.Value!, fields, context.RequestAborted);
            context.Response.Redirect($"/redaktor/logga-in?ReturnUrl={Uri.EscapeDataString($"/redaktor/aterstall/{key}")}&utloggad=1");
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
