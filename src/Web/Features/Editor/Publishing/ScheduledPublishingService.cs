using Halsoportal.Content.Editing;

namespace Halsoportal.Web.Features.Editor.Publishing;

/// <summary>
/// Carries out scheduled publications and removals. Driven by <see cref="TimeProvider"/>, so
/// tests move the clock instead of waiting; every node may run it (the article's concurrency
/// token lets one node win a race).
/// </summary>
internal sealed partial class ScheduledPublishingService(IServiceScopeFactory scopes, TimeProvider time, ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    /// <summary>How often due work is looked for; a scheduled time is met within this.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed round is retried at the next tick; nothing is marked done that was not.
                LogRoundFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round: publish and unpublish what is due.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var done = await scope.ServiceProvider.GetRequiredService<ArticleWorkflowService>().RunDueAsync(cancellationToken);
        if (done > 0)
        {
            LogCarriedOut(done);
        }

        return done;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Carried out {Count} scheduled publishing actions")]
    private partial void LogCarriedOut(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled publishing round failed")]
    private partial void LogRoundFailed(Exception exception);
}
