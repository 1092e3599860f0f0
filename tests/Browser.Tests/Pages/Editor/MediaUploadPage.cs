using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Pages.Editor;

/// <summary><c>/redaktor/bilder/ladda-upp</c>: file, alternative text, "Bilden är dekorativ", credit.</summary>
public sealed class MediaUploadPage(IPage page)
{
    public const string Path = "/redaktor/bilder/ladda-upp";

    public EditorShell Shell { get; } = new(page);

    public ILocator FileField => page.GetByLabel("Bild", new() { Exact = true });

    public ILocator AltTextField => page.GetByLabel("Alternativtext", new() { Exact = true });

    public ILocator DecorativeCheckbox => page.GetByRole(AriaRole.Checkbox, new() { Name = "Bilden är dekorativ", Exact = true });

    public ILocator CreditField => page.GetByLabel("Fotograf eller källa (valfritt)", new() { Exact = true });

    public ILocator UploadButton => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Ladda upp", Exact = true });

    /// <summary>On <c>/redaktor/bilder</c>: the "Ladda upp bild" link.</summary>
    public static ILocator UploadLink(IPage page) =>
        (page ?? throw new ArgumentNullException(nameof(page))).GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Ladda upp bild", Exact = true });

    public static async Task<MediaUploadPage> GotoAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.GotoAsync(Path);
        Assert.Equal(200, response?.Status);
        return new MediaUploadPage(page);
    }
}
