using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright. The suite never downloads a browser (no <c>playwright install</c>):
/// it launches the executable from <c>HALSOPORTAL_CHROMIUM</c> or <c>/usr/bin/chromium</c>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ExecutableVariable = "HALSOPORTAL_CHROMIUM";
    public const string DefaultExecutable = "/usr/bin/chromium";

    private static readonly string[] LaunchArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable(ExecutableVariable) ?? DefaultExecutable;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at '{executable}'. Run ./test.sh from the repository root, which installs Debian's "
                + $"chromium package, or set {ExecutableVariable} to a Chromium executable. The suite never runs 'playwright install'.");
        }

        // Traces on disk are those of this run's failures only; older ones would look like new failures.
        if (Directory.Exists(BrowserTest.TraceFolder))
        {
            Directory.Delete(BrowserTest.TraceFolder, recursive: true);
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = LaunchArguments,
        });
    }

    /// <summary>
    /// Set to 1 to record a Playwright trace of every test and keep those of the failures. Off by
    /// default: recording costs a fifth of the suite's time, and a clean-clone CI run's traces are
    /// never seen. Rerun a failure with it on.
    /// </summary>
    public const string TracesVariable = "HALSOPORTAL_TRACES";

    /// <summary>Whether this run records traces (<see cref="TracesVariable"/>).</summary>
    public static bool Traces { get; } = Environment.GetEnvironmentVariable(TracesVariable) == "1";

    /// <summary>A fresh browser context (no cookies, no storage) with one page, tracing from the start when <see cref="Traces"/> is on.</summary>
    public async Task<BrowserSession> NewSessionAsync(Uri baseAddress, BrowserSessionOptions options, string traceTitle)
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser fixture has not been initialised.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = options.Viewport.Width, Height = options.Viewport.Height },
            JavaScriptEnabled = options.JavaScriptEnabled,
            Locale = "sv-SE",
            TimezoneId = "Europe/Stockholm",
            StorageState = options.StorageState,
            BypassCSP = options.BypassCsp,
            Geolocation = options.Position,
            Permissions = options.Position is null ? [] : ["geolocation"],
        });

        // Time-outs well under xunit's patience: a missing element fails in seconds, with a trace.
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(15_000);

        if (Traces)
        {
            await context.Tracing.StartAsync(new TracingStartOptions
            {
                Title = traceTitle,
                Screenshots = true,
                Snapshots = true,
            });
        }

        return await BrowserSession.OpenAsync(context, baseAddress, options);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
