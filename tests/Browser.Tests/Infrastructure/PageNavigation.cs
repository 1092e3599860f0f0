using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>Waiting for the page an action leads to, also when its address does not change (a form posted back to itself).</summary>
public static class PageNavigation
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Runs <paramref name="action"/> (pressing Enter on a submit button, say) and waits until the main
    /// frame has committed a new document — after any redirect — and that document has loaded.
    /// </summary>
    public static async Task RunAndWaitForNewPageAsync(this IPage page, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(action);
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame)
            {
                committed.TrySetResult();
            }
        }

        page.FrameNavigated += OnNavigated;
        try
        {
            await action();
            try
            {
                await committed.Task.WaitAsync(Patience);
            }
            catch (TimeoutException)
            {
                Assert.Fail($"No new page within {Patience.TotalSeconds} s after the action on {page.Url}.");
            }

            await page.WaitForLoadStateAsync(LoadState.Load);
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }
    }
}
