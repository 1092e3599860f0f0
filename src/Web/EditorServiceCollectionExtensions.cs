using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Identity;

namespace Halsoportal.Web;

/// <summary>
/// Composition of the editor backoffice: Identity accounts in the content database, a
/// server-side session cookie, antiforgery, and the access filter for every <c>/redaktor</c> page.
/// Resident pages never touch any of it and stay cookieless.
/// </summary>
internal static class EditorServiceCollectionExtensions
{
    public const string EditorPolicy = "Redaktor";

    public static IServiceCollection AddHalsoportalEditors(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<EditorUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<ContentDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "__Host-redaktor";
            options.Cookie.Path = "/";
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.LoginPath = "/redaktor/logga-in";
            options.LogoutPath = "/redaktor/logga-ut";
            options.AccessDeniedPath = "/redaktor/logga-in";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "__Host-redaktor-csrf";
            options.Cookie.Path = "/";
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        // "Artikeln är publicerad." survives the redirect after a POST in a short-lived cookie.
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = "__Host-redaktor-besked";
            options.Cookie.Path = "/";
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(EditorPolicy, policy => policy.RequireAuthenticatedUser());
        services.AddScoped<EditorAccessService>();
        services.AddScoped<EditorAccessFilter>();
        return services;
    }
}
