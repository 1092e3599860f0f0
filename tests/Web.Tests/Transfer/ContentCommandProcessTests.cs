namespace Halsoportal.Web.Tests.Transfer;

/// <summary>The content verbs through the built binary, the way an operator runs them on a fresh install.</summary>
public sealed class ContentCommandProcessTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "halsoportal-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ContentImportVerb_DocsExampleDryRun_ListsArticlesAndExitsZero()
    {
        await using var app = AppProcess.Start(
            $"{AppProcess.BuiltWebDll} content import --file docs/import-example.json --dry-run", AppProcess.RepositoryRoot, Path.Combine(_temp, "data"), listen: false);
        var code = await app.WaitForExitAsync(Timeout);

        Assert.True(code == 0, app.Output + app.Error);
        Assert.Contains("1/3 Timrå: Promenadgrupper för dig över 65 i Timrå – ny, publicerad", app.Output, StringComparison.Ordinal);
        Assert.Contains("Torrkörning: 3 artiklar: 3 nya, 0 ändrade, 0 oförändrade. Inget sparades.", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentImportVerb_MissingFile_SwedishLineExitsOne()
    {
        await using var app = AppProcess.Start(
            $"{AppProcess.BuiltWebDll} content import --file finns-inte.json", AppProcess.RepositoryRoot, Path.Combine(_temp, "data"), listen: false);
        var code = await app.WaitForExitAsync(Timeout);

        Assert.Equal(1, code);
        Assert.Contains("Fel: Filen finns-inte.json finns inte.", app.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }
    }
}
