using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Halsoportal.Web.Features.Editor.Account;
using Halsoportal.Web.Features.Editor.Shared;
using Halsoportal.Web.Features.Operations;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

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
                options.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticatorTokenProvider.Name;
            })
            .AddEntityFrameworkStores<ContentDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(OneTimeAuthenticatorTokenProvider.Name)
            .AddErrorDescriber<SwedishIdentityErrorDescriber>();

        // Every editor cookie is __Host- (Secure, Path=/, no Domain), HttpOnly and SameSite=Strict (security.md item 4).
        services.ConfigureApplicationCookie(options =>
        {
            HostOnly(options.Cookie, "__Host-redaktor");
            options.LoginPath = "/redaktor/logga-in";
            options.LogoutPath = "/redaktor/logga-ut";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;

            // A denied request is a 403 (the Swedish error page), never a trip to the login page,
            // which would look like being signed out.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // The session lives in the database; the cookie holds only its random key.
        services.AddSingleton<EditorTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<EditorTicketStore>((options, store) => options.SessionStore = store);

        // The password step's "who is signing in" and the (unused) remember-this-browser cookie.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options => HostOnly(options.Cookie, "__Host-redaktor-2fa"));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, options => HostOnly(options.Cookie, "__Host-redaktor-2fa-minns"));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, options => HostOnly(options.Cookie, "__Host-redaktor-extern"));

        services.AddAntiforgery(options => HostOnly(options.Cookie, "__Host-redaktor-csrf"));

        // The keys that encrypt these cookies live in the data folder (architecture.md), so a restart or
        // a new release does not sign everyone out; one application name for `dotnet run` and publish output.
        services.AddDataProtection().SetApplicationName("Halsoportal");
        // On PostgreSQL they live in the database, shared by every node (DatabaseXmlRepository).
        services.AddOptions<KeyManagementOptions>().Configure<DataFolder, DatabaseSettings, IServiceScopeFactory, ILoggerFactory>((options, folder, database, scopes, logging) =>
            options.XmlRepository = database.IsPostgres
                ? new DatabaseXmlRepository(scopes)
                : new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(folder.Root, "keys")), logging));

        // "Artikeln är publicerad." survives the redirect after a POST in a short-lived cookie.
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(options => HostOnly(options.Cookie, "__Host-redaktor-besked"));

        services.AddAuthorizationBuilder()
            .AddPolicy(EditorPolicy, policy => policy.RequireAuthenticatedUser());
        services.AddScoped<EditorAccessService>();
        services.AddScoped<EditorAccessFilter>();

        // A save that arrives after the session ended is parked, not lost (see ExpiredSessionFormHandler).
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, Features.Editor.Restore.ExpiredSessionFormHandler>();
        services.AddScoped<AccountService>();
        services.AddScoped<Features.Editor.Dialogs.DialogEditorService>();
        services.AddScoped<UserAdministrationService>();

        // Sign-in: same answer for unknown accounts, a rate limit per client address.
        services.AddOptions<EditorSignInOptions>()
            .BindConfiguration(EditorSignInOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<UnknownAccounts>();
        services.AddScoped<EditorSignInService>();
        services.AddEditorLoginRateLimit();

        // Forwarded headers only from proxies the operator named; none by default.
        services.AddOptions<ReverseProxyOptions>()
            .BindConfiguration(ReverseProxyOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReverseProxyOptions>, ReverseProxyOptionsValidator>();
        services.AddTransient<IStartupFilter, ReverseProxyStartupFilter>();
        return services;
    }

    private static void HostOnly(CookieBuilder cookie, string name)
    {
        cookie.Name = name;
        cookie.Path = "/";
        cookie.Domain = null;
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Strict;
    }
}
