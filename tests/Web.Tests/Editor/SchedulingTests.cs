using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Publishing;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Halsoportal.Web.Tests.Editor.TestEditors;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>Scheduled publication and removal, with the app's clock in the test's hand.</summary>
public sealed class SchedulingTests : IAsyncLifetime, IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly SiteFactory _site;

    public SchedulingTests() => _site = new SiteFactory { Clock = _clock };

    public Task InitializeAsync()
    {
        _ = _site.Server;
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _site.Dispose();

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private Task<int> RunSchedulerAsync() => _site.Services.GetRequiredService<ScheduledPublishingService>().RunOnceAsync(None);

    private async Task<ArticleStatus> StatusAsync(EditorAccess access, int id) =>
        (await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(access, id, None)))!.Status;

    [Fact]
    public async Task Schedule_PublishAndUnpublish_HappenWhenTheClockPassesThem()
    {
        var publisher = await CreateUserAsync(_site.Services, "Per", (EditorRole.Publisher, Sundsvall));
        var draft = new ArticleDraft
        {
            Title = "Vinterbad vid Norra stadsberget",
            Ingress = "Bastun vid badplatsen öppnar för säsongen.",
            Body = "Kom och prova på vinterbad med instruktör.",
            Scope = ArticleScope.Kommuner,
            KommunCodes = [Sundsvall],
            Terms = ["topic:fysisk-aktivitet", "lifesituation:vuxna"],
            LastReviewed = new DateOnly(2026, 11, 1),
            NextReview = new DateOnly(2027, 11, 1),
            ResponsibleUnit = "Fritidsförvaltningen",
        };
        var created = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().CreateAsync(publisher, $"kommun:{Sundsvall}", draft, None));
        var now = _clock.GetUtcNow().UtcDateTime;

        var past = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().ScheduleAsync(publisher, created.ItemId, 1, now.AddMinutes(-1), null, None));
        var scheduled = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().ScheduleAsync(publisher, created.ItemId, 1, now.AddHours(2), now.AddDays(3), None));
        Assert.Equal(EditStatus.Invalid, past.Status);
        Assert.Equal(EditStatus.Done, scheduled.Status);

        _clock.Advance(TimeSpan.FromHours(1));
        await RunSchedulerAsync();
        Assert.Equal(ArticleStatus.Draft, await StatusAsync(publisher, created.ItemId));

        _clock.Advance(TimeSpan.FromHours(1.5));
        await RunSchedulerAsync();
        Assert.Equal(ArticleStatus.Published, await StatusAsync(publisher, created.ItemId));

        _clock.Advance(TimeSpan.FromDays(3));
        await RunSchedulerAsync();
        Assert.Equal(ArticleStatus.Unpublished, await StatusAsync(publisher, created.ItemId));
        Assert.Empty(_site.Problems);
    }

    [Theory]
    [InlineData("2026-07-01T12:00", "2026-07-01T10:00:00Z")] // summer time, UTC+2
    [InlineData("2026-12-01T12:00", "2026-12-01T11:00:00Z")] // winter time, UTC+1
    [InlineData("2026-03-29T02:30", "2026-03-29T01:30:00Z")] // 02:30 does not exist on the spring-forward night: 03:30 CEST
    public void ToUtc_SwedishLocalTime_ConvertsAcrossDaylightSaving(string local, string expectedUtc)
    {
        var utc = EditorFormat.ToUtc(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), utc);
    }
}
