using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>
/// Base of every browser test: a fresh browser context per test, a Playwright trace kept under
/// <c>TestResults/traces/</c> when the test fails (with <see cref="BrowserFixture.TracesVariable"/>=1), and a failure when the server logged a warning
/// or worse while the test ran.
/// </summary>
[Collection(BrowserSuite.Name)]
public abstract class BrowserTest(HalsoportalServerFixture server, BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>Where failed tests' traces go: <c>tests/Browser.Tests/TestResults/traces/</c>.</summary>
    public static string TraceFolder { get; } = Path.Combine(ProjectDirectory(), "TestResults", "traces");

    protected HalsoportalServerFixture Server => server;

    protected BrowserFixture Browser => browser;

    protected ITestOutputHelper Output => output;

    // Sessions a test opens beside its own (a second user in another browser context), closed with it.
    private readonly List<(BrowserSession Session, string Name)> _moreSessions = [];
    private string _runName = "";

    /// <summary>Runs <paramref name="test"/> in a new browser session, then checks the server log.</summary>
    /// <param name="test">The test body.</param>
    /// <param name="options">Viewport and JavaScript; desktop with JavaScript when null.</param>
    /// <param name="traceName">Names the trace file; theories pass their case so traces do not overwrite each other.</param>
    /// <param name="testName">Filled in by the compiler.</param>
    protected async Task RunAsync(
        Func<BrowserSession, Task> test,
        BrowserSessionOptions? options = null,
        string? traceName = null,
        [CallerMemberName] string testName = "")
    {
        var name = traceName is null ? testName : $"{testName}-{traceName}";
        _runName = name;
        var mark = server.Log.Mark();
        await using var session = await browser.NewSessionAsync(server.BaseAddress, options ?? BrowserSessionOptions.Default, name);
        try
        {
            await test(session);
            AssertServerQuiet(mark);
            await session.StopTracingAsync(path: null);
            foreach (var (more, _) in _moreSessions)
            {
                await more.StopTracingAsync(path: null);
            }
        }
        catch
        {
            await KeepTraceAsync(session, name);
            foreach (var (more, moreName) in _moreSessions)
            {
                await KeepTraceAsync(more, moreName);
            }

            WriteServerLog(mark);
            throw;
        }
        finally
        {
            foreach (var (more, _) in _moreSessions)
            {
                await more.DisposeAsync();
            }

            _moreSessions.Clear();
        }
    }

    /// <summary>
    /// Another browser context in the running test (for example a second user), traced like the
    /// test's own session and closed when the test ends. Only valid inside <see cref="RunAsync"/>.
    /// </summary>
    /// <param name="options">Viewport, JavaScript and starting cookies of the new context.</param>
    /// <param name="role">Who uses it; names its trace file (<c>&lt;test&gt;-&lt;role&gt;.zip</c>).</param>
    protected async Task<BrowserSession> OpenSessionAsync(BrowserSessionOptions options, string role)
    {
        var name = $"{_runName}-{role}";
        var session = await browser.NewSessionAsync(server.BaseAddress, options, name);
        _moreSessions.Add((session, name));
        return session;
    }

    private async Task KeepTraceAsync(BrowserSession session, string name)
    {
        if (!BrowserFixture.Traces)
        {
            output.WriteLine($"No Playwright trace: run the test again with {BrowserFixture.TracesVariable}=1 to keep one.");
            return;
        }

        var path = Path.Combine(TraceFolder, $"{SafeFileName(name)}.zip");
        try
        {
            await session.StopTracingAsync(path);
            output.WriteLine($"Playwright trace: {path} (open it with 'playwright show-trace' or at trace.playwright.dev, which reads it locally)");
        }
        catch (PlaywrightException ex)
        {
            // The test's own failure is what matters; a lost trace must not hide it.
            output.WriteLine($"Could not save the Playwright trace to {path}: {ex.Message}");
        }
    }

    private void AssertServerQuiet(int mark)
    {
        var entries = server.Log.Since(mark);
        if (ServerLog.DescribeProblems(entries) is { } problems)
        {
            Assert.Fail(problems);
        }
    }

    private void WriteServerLog(int mark)
    {
        foreach (var entry in server.Log.Since(mark))
        {
            output.WriteLine($"server: {entry}");
        }
    }

    private static string SafeFileName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string([.. name.Select(c => invalid.Contains(c) || c is '?' or '&' or '=' ? '_' : c)]);
    }

    private static string ProjectDirectory() =>
        typeof(BrowserTest).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value
        ?? Directory.GetCurrentDirectory();
}
