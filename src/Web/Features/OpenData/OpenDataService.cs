using Halsoportal.Content;
using Halsoportal.Content.ContactPoints.Hours;
using Microsoft.Extensions.Options;

namespace Halsoportal.Web.Features.OpenData;

/// <summary>
/// Makes the open-data files anew every night (<see cref="OpenDataOptions.NightlyAt"/>, Swedish time) and at start-up
/// when any is missing. Driven by <see cref="TimeProvider"/>, so tests move the clock past the nightly time instead of
/// waiting; <see cref="WhenGeneratedAsync"/> tells them when a run is done.
/// </summary>
internal sealed partial class OpenDataService(
    IServiceScopeFactory scopes,
    OpenDataFiles files,
    IOptions<OpenDataOptions> options,
    TimeProvider time,
    ILogger<OpenDataService> logger) : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly List<(int Runs, TaskCompletionSource Done)> _waiters = [];
    private int _runs;

    /// <summary>Completes once at least <paramref name="runs"/> runs (successful or not) have ended since start-up.</summary>
    public Task WhenGeneratedAsync(int runs, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_runs >= runs)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((runs, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The first moment after <paramref name="after"/> that the Swedish clock shows <paramref name="at"/>.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset after, TimeOnly at)
    {
        for (var date = SwedishText.DateOf(after); ; date = date.AddDays(1))
        {
            var instant = OpeningHoursCalculator.Instant(date.ToDateTime(at), after);
            if (instant > after)
            {
                return instant;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Taken before the first run, so a clock moved during it still finds tonight's run due.
        var next = NextRun(time.GetUtcNow(), options.Value.NightlyAt);
        if (!files.AllExist)
        {
            await RunAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = next - time.GetUtcNow();
            try
            {
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunAsync(stoppingToken);
            var now = time.GetUtcNow();
            next = NextRun(now > next ? now : next, options.Value.NightlyAt);
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OpenDataExporter>().ExportAsync(cancellationToken);
            LogGenerated(files.Folder);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The old files stay in place (each is swapped in whole); the next night tries again.
            LogFailed(ex);
        }
        finally
        {
            Completed();
        }
    }

    private void Completed()
    {
        lock (_gate)
        {
            _runs++;
            foreach (var waiter in _waiters.Where(w => w.Runs <= _runs).ToList())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Open-data files generated in {Folder}")]
    private partial void LogGenerated(string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Generating the open-data files failed; the previous files are still served")]
    private partial void LogFailed(Exception exception);
}
