namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>
/// The browser tests share one server and one browser and run one at a time — except the editor
/// catalog (<see cref="EditorCatalogSuite"/>), which runs beside them on a server and browser of its own:
/// a browser test waits on the browser and the server about a third of its time, so two at once use
/// the two cores better, and the two halves take about as long.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<HalsoportalServerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>The editor catalog's own server and browser, so it runs beside <see cref="BrowserSuite"/>.</summary>
[CollectionDefinition(Name)]
public sealed class EditorCatalogSuite : ICollectionFixture<HalsoportalServerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser: editor catalog";
}
