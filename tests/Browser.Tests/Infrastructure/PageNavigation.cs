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
    /// <remarks>
    /// Both moments are caught by events subscribed before the action. Asking afterwards with
    /// <c>WaitForLoadStateAsync</c> races Playwright's own dispatch thread: the load event can land
    /// between its "already loaded?" check and its subscription, and then only a later event (network
    /// idle) is ever seen and the wait times out on a page that loaded long ago.
    /// </remarks>
    public static async Task RunAndWaitForNewPageAsync(this IPage page, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(action);
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Playwright raises both events on its dispatch thread, a document's commit before its load.
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame)
            {
                committed.TrySetResult();
            }
        }

        void OnLoad(object? sender, IPage loadedPage)
        {
            if (committed.Task.IsCompleted)
            {
                loaded.TrySetResult();
            }
        }

        page.FrameNavigated += OnNavigated;
        page.Load += OnLoad;
        try
        {
            await action();
            await WithinPatienceAsync(committed.Task, $"No new page within {Patience.TotalSeconds} s after the action on {page.Url}.");
            await WithinPatienceAsync(loaded.Task, $"The new page {page.Url} did not finish loading within {Patience.TotalSeconds} s.");
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
            page.Load -= OnLoad;
        }
    }

    private static async Task WithinPatienceAsync(Task task, string failure)
    {
        try
        {
            await task.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            Assert.Fail(failure);
        }
    }
}
