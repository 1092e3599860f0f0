using Halsoportal.Content.ApiKeys;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests;

/// <summary>Drafts, publications and API keys made through the app's own editing services, for tests that need content of their own.</summary>
internal sealed class TestArticles(SiteFactory site)
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A valid Swedish draft for one kommun.</summary>
    public static ArticleDraft Draft(string title, string kommunCode, string body = "## Så går det till\n\nVi ses vid biblioteket.\n\n- Ta med vatten\n- Ta med kläder efter väder") => new()
    {
        Title = title,
        Ingress = $"Ingress till {title}.",
        Body = body,
        Scope = ArticleScope.Kommuner,
        KommunCodes = [kommunCode],
        Terms = ["topic:fysisk-aktivitet", "lifesituation:vuxna"],
        LastReviewed = new DateOnly(2026, 11, 1),
        NextReview = new DateOnly(2027, 11, 1),
        ResponsibleUnit = "Folkhälsoenheten",
    };

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Creates the article (version 1, unpublished) and returns its id.</summary>
    public async Task<int> CreateAsync(EditorAccess access, ArticleDraft draft, string? owner = null)
    {
        var owned = owner ?? $"kommun:{draft.KommunCodes[0]}";
        var result = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().CreateAsync(access, owned, draft, None));
        Assert.True(result.Status == EditStatus.Done, string.Join("; ", result.Errors?.Select(e => $"{e.Field}: {e.Message}") ?? []));
        return result.ItemId;
    }

    /// <summary>Saves a new version on top of the newest and returns its number.</summary>
    public async Task<int> SaveAsync(EditorAccess access, int id, Func<ArticleDraft, ArticleDraft> change)
    {
        var current = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(access, id, None));
        Assert.NotNull(current);
        var result = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().SaveAsync(access, id, current.DraftVersion, change(current.Draft), None));
        Assert.True(result.Status == EditStatus.Done, string.Join("; ", result.Errors?.Select(e => $"{e.Field}: {e.Message}") ?? []));
        return result.Version;
    }

    /// <summary>Publishes the newest version.</summary>
    public async Task PublishAsync(EditorAccess access, int id)
    {
        var current = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(access, id, None));
        Assert.NotNull(current);
        var result = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().PublishAsync(access, id, current.DraftVersion, None));
        Assert.True(result.Status == EditStatus.Done, $"{result.Status}: {string.Join("; ", result.Errors?.Select(e => $"{e.Field}: {e.Message}") ?? [])}");
    }

    /// <summary>Issues an API key for <paramref name="kommunCode"/> as <paramref name="administrator"/>.</summary>
    public async Task<IssuedApiKey> IssueKeyAsync(EditorAccess administrator, string kommunCode)
    {
        var (result, issued) = await InScopeAsync(sp => sp.GetRequiredService<ApiKeyService>().IssueAsync(administrator, kommunCode, "Testnyckel", None));
        Assert.True(result.Status == EditStatus.Done, string.Join("; ", result.Errors?.Select(e => e.Message) ?? []));
        return issued!;
    }

    public Task<EditStatus> RevokeKeyAsync(EditorAccess administrator, int keyId) =>
        InScopeAsync(sp => sp.GetRequiredService<ApiKeyService>().RevokeAsync(administrator, keyId, None));
}
