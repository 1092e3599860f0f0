using System.Security.Claims;
using Halsoportal.Content.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Halsoportal.Web.Features.Editor.Shared;

/// <summary>
/// Runs before every backoffice page that needs a signed-in user: loads their rights from the
/// database on each request, so a revoked grant or a disabled account takes effect at once.
/// </summary>
internal sealed class EditorAccessFilter(EditorAccessService accessService) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerInstance is not EditorPageModel)
        {
            await next();
            return;
        }

        var http = context.HttpContext;
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var access = userId is null ? null : await accessService.GetAsync(userId, http.RequestAborted);
        if (access is null)
        {
            // Unknown or disabled: the session ends here, whatever the cookie says.
            await http.SignOutAsync(IdentityConstants.ApplicationScheme);
            context.Result = new RedirectToPageResult("/Editor/Account/Login", new { returnUrl = http.Request.Path + http.Request.QueryString });
            return;
        }

        http.Items[typeof(EditorAccess)] = access;
        await next();
    }
}
