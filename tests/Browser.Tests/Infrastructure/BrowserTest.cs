using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>
/// Base of every browser test: a fresh browser context per test, a Playwright trace kept under
/// <c>TestResults/traces/</c> when the test fails, and a failure when the server logged a warning
/// or worse while the test ran.
/// </summary>
[Collection(BrowserSuite.Name)]
public abstract class BrowserTest(HalsoportalServerFixture server, BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>Where failed tests' traces go: <c>tests/Browser.Tests/TestResults/traces/</c>.</summary>
    public static string TraceFolder { get; } = Path.Combine(ProjectDirectory(), "TestResults", "traces");

    protected HalsoportalServerFixture Server => server;

    protected ITestOutputHelper Output => output;

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
        var mark = server.Log.Mark();
        await using var session = await browser.NewSessionAsync(server.BaseAddress, options ?? BrowserSessionOptions.Default, name);
        try
        {
            await test(session);
            AssertServerQuiet(mark);
            await session.StopTracingAsync(path: null);
        }
        catch
        {
            await KeepTraceAsync(session, name);
            WriteServerLog(mark);
            throw;
        }
    }

    private async Task KeepTraceAsync(BrowserSession session, string name)
    {
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
