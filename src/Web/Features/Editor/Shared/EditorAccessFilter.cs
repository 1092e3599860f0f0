using System.Reflection;
using System.Security.Claims;
using Halsoportal.Content.Accounts;
using Halsoportal.Web.Features.Editor.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Halsoportal.Web.Features.Editor.Shared;

/// <summary>
/// Runs before every backoffice page that needs a signed-in user: loads their rights from the
/// database on each request, so a revoked grant or a disabled account takes effect at once.
/// Administrators without two-step verification are sent to set it up first (security.md item 4).
/// </summary>
internal sealed class EditorAccessFilter(EditorAccessService accessService) : IAsyncPageFilter
{
    /// <summary>Where an administrator without two-step verification is sent.</summary>
    public const string TwoFactorSetupPage = "/Editor/Account/TwoFactor";

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
            context.Result = new RedirectToPageResult("/Editor/Account/Anonymous/Login", new { returnUrl = http.Request.Path + http.Request.QueryString });
            return;
        }

        // This filter is created for every page request, resident pages included, so the account service
        // (and Identity behind it) is fetched only when there is an administrator to check.
        if (access.IsAdministrator
            && !context.HandlerInstance.GetType().IsDefined(typeof(AllowWithoutTwoFactorAttribute))
            && !await http.RequestServices.GetRequiredService<AccountService>().IsTwoFactorEnabledAsync(access.UserId, http.RequestAborted))
        {
            context.Result = new RedirectToPageResult(TwoFactorSetupPage);
            return;
        }

        http.Items[typeof(EditorAccess)] = access;
        await next();
    }
}
