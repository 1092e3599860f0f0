using Halsoportal.Content;
using Halsoportal.Dialog.Demo;
using Halsoportal.Dialog.Retention;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Submissions;
using Microsoft.Extensions.Options;

namespace Halsoportal.Web.Features.Dialog;

/// <summary>
/// The dialog store's life in the web host: migrated (and given the demo dialogs) before the server takes requests, queued
/// answers committed before it stops, and answers past their retention period deleted once a day
/// (and at start-up, so a node that was down on the day still does it).
/// </summary>
internal sealed partial class DialogHosting(
    IServiceScopeFactory scopes,
    SubmissionService submissions,
    IdempotencyKeys keys,
    IOptions<HalsoportalOptions> options,
    TimeProvider time,
    ILogger<DialogHosting> logger) : BackgroundService
{
    private static readonly TimeSpan RetentionInterval = TimeSpan.FromDays(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DialogStoreInitializer>().InitializeAsync(cancellationToken);

            // Demo dialogs in every state, with answers, into an empty store (as the content store gets its demo).
            if (options.Value.SeedDemoContent && options.Value.SeedDemoDialogs)
            {
                await scope.ServiceProvider.GetRequiredService<DemoDialogSeeder>().SeedAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
            }
        }

        // Reads or makes the form-key secret now, so a bad secret stops start-up instead of the first form.
        _ = keys;
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await submissions.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<RetentionService>().RunAsync(time.GetUtcNow().UtcDateTime, stoppingToken);
                if (report.Surveys > 0)
                {
                    LogRetention(report.Surveys, report.Responses);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next run retries; retention is safe to re-run after a failure.
                LogRetentionFailed(ex);
            }

            try
            {
                await Task.Delay(RetentionInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dialog retention: deleted the answers of {Surveys} surveys ({Responses} responses)")]
    private partial void LogRetention(int surveys, int responses);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dialog retention failed; it runs again within a day")]
    private partial void LogRetentionFailed(Exception exception);
}
