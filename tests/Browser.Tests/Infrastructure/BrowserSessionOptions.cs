using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>How a test's browser context is set up.</summary>
public sealed record BrowserSessionOptions
{
    public static readonly BrowserSessionOptions Default = new();

    public Viewport Viewport { get; init; } = Viewport.Desktop;

    /// <summary>The site must work without JavaScript; journeys that prove it turn it off.</summary>
    public bool JavaScriptEnabled { get; init; } = true;

    /// <summary>
    /// Playwright storage state (cookies) to start from, e.g. a signed-in editor's session
    /// (see <see cref="Editors.EditorSignIns"/>); null starts with no cookies at all.
    /// </summary>
    public string? StorageState { get; init; }

    /// <summary>
    /// Ignore the site's Content-Security-Policy, so an XSS test proves the sanitizer and not only
    /// the CSP (security.md item 7). Never set for anything else.
    /// </summary>
    public bool BypassCsp { get; init; }

    /// <summary>A position the browser reports when a page asks, with the permission granted; null grants nothing.</summary>
    public Geolocation? Position { get; init; }
}
