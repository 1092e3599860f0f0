using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>Editor accounts written straight into the site's database, for tests of the editing services.</summary>
internal static class TestEditors
{
    public const string Sundsvall = "2281";
    public const string Timra = "2262";
    public const string Jonkoping = "0680";
    public const string Vasternorrland = "22";

    /// <summary>Creates a user with the given grants and returns their access as the app computes it.</summary>
    public static async Task<EditorAccess> CreateUserAsync(IServiceProvider services, string name, params (EditorRole Role, string? Place)[] grants)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var user = new EditorUser
        {
            UserName = $"{Guid.NewGuid():N}@test.invalid",
            Email = $"{Guid.NewGuid():N}@test.invalid",
            DisplayName = name,
            SecurityStamp = Guid.NewGuid().ToString(),
        };
        user.Grants.AddRange(grants.Select(g => new RoleGrant
        {
            UserId = user.Id,
            Role = g.Role,
            KommunCode = g.Role is EditorRole.Editor or EditorRole.Publisher ? g.Place : null,
            RegionCode = g.Role == EditorRole.RegionAdmin ? g.Place : null,
        }));
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return (await scope.ServiceProvider.GetRequiredService<EditorAccessService>().GetAsync(user.Id, CancellationToken.None))!;
    }
}
