namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>Every browser test shares one server and one browser, and runs one at a time (two cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<HalsoportalServerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
