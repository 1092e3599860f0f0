namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>How a test's browser context is set up.</summary>
public sealed record BrowserSessionOptions
{
    public static readonly BrowserSessionOptions Default = new();

    public Viewport Viewport { get; init; } = Viewport.Desktop;

    /// <summary>The site must work without JavaScript; journeys that prove it turn it off.</summary>
    public bool JavaScriptEnabled { get; init; } = true;
}
