using System.Net;

namespace Halsoportal.Web.Tests;

/// <summary>
/// The root wwwroot/ is served however the app is started (architecture.md), and a bad data
/// folder stops start-up with one clear line.
/// </summary>
public sealed class HostingTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "halsoportal-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task DotnetRun_FromRepositoryRoot_ServesRootCss()
    {
        await using var app = AppProcess.Start(
            $"run --project src/Web --no-build -c {AppProcess.Configuration}",
            AppProcess.RepositoryRoot,
            Path.Combine(_temp, "data"));
        using var client = await app.WaitUntilHealthyAsync(StartTimeout);

        await AssertServesCssAndHomeAsync(client);
    }

    [Fact]
    public async Task PublishOutput_StartedFromItsFolder_ServesRootCss()
    {
        var output = Path.Combine(_temp, "publish");
        await AppProcess.RunToCompletionAsync(
            $"publish src/Web --no-build -c {AppProcess.Configuration} -o {output}",
            AppProcess.RepositoryRoot,
            TimeSpan.FromMinutes(3));
        Assert.True(File.Exists(Path.Combine(output, "wwwroot", "css", "site.css")));

        await using var app = AppProcess.Start("Halsoportal.Web.dll", output, Path.Combine(_temp, "data"));
        using var client = await app.WaitUntilHealthyAsync(StartTimeout);

        await AssertServesCssAndHomeAsync(client);
    }

    [Fact]
    public async Task Start_DataPathIsAFile_ExitsWithOneClearLine()
    {
        Directory.CreateDirectory(_temp);
        var file = Path.Combine(_temp, "inte-en-mapp");
        await File.WriteAllTextAsync(file, "x");

        await AssertStartFailsAsync(file, $"Hälsoportal kan inte starta: Datamappen {file} är en fil, inte en mapp.");
    }

    [Fact]
    public async Task Start_CorruptDatabase_ExitsWithOneClearLine()
    {
        var data = Path.Combine(_temp, "trasig");
        Directory.CreateDirectory(data);
        await File.WriteAllTextAsync(Path.Combine(data, "halsoportal.db"), "inte en databas");

        await AssertStartFailsAsync(data, $"Hälsoportal kan inte starta: Databasfilen {Path.Combine(data, "halsoportal.db")} är skadad");
    }

    [Fact]
    public async Task Start_UnwritableDataFolder_ExitsWithOneClearLine() =>
        await AssertStartFailsAsync("/proc/halsoportal", "Hälsoportal kan inte starta: Datamappen /proc/halsoportal går inte att skriva till");

    [Fact]
    public async Task SearchRebuildVerb_NoNodeRunning_RebuildsWithProgressAndExits()
    {
        var data = Path.Combine(_temp, "data");
        await using var app = AppProcess.Start($"{AppProcess.BuiltWebDll} search rebuild", AppProcess.RepositoryRoot, data, listen: false);
        var code = await app.WaitForExitAsync(StartTimeout);

        Assert.True(code == 0, app.Output + app.Error);
        Assert.Contains("Bygger om sökindexet:", app.Output, StringComparison.Ordinal);
        Assert.Matches(@"Sökindexet är ombyggt: \d+ dokument", app.Output);
        var live = (await File.ReadAllTextAsync(Path.Combine(data, "index", "CURRENT"))).Trim();
        Assert.Equal([live], Directory.GetDirectories(Path.Combine(data, "index")).Select(Path.GetFileName));
    }

    public void Dispose()
    {
        if (Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }
    }

    private static async Task AssertServesCssAndHomeAsync(HttpClient client)
    {
        var css = await client.GetAsync(new Uri("/css/site.css", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".skip-link", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var home = await client.GetStringAsync(new Uri("/ornskoldsvik", UriKind.Relative));
        Assert.Contains("Hälsa i Örnsköldsvik", home, StringComparison.Ordinal);
    }

    private static async Task AssertStartFailsAsync(string dataPath, string expectedStart)
    {
        await using var app = AppProcess.Start(AppProcess.BuiltWebDll, AppProcess.RepositoryRoot, dataPath);
        var code = await app.WaitForExitAsync(StartTimeout);

        Assert.Equal(1, code);
        var lines = app.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"Expected one line on stderr, got:\n{app.Error}");
        Assert.StartsWith(expectedStart, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", app.Output + app.Error, StringComparison.Ordinal);
    }
}
