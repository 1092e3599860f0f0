using Halsoportal.Web.Features.Shared;

namespace Halsoportal.Web.Features.Api;

/// <summary>
/// Hälsoportals API explained for people, in Swedish, at <c>/oppna-data/api</c>. Every example is a
/// working link on this very site; a test follows each one and checks that every path in the
/// OpenAPI document is described here.
/// </summary>
public sealed class DocumentationModel : SitePageModel
{
    /// <summary>The site's own address, so examples can be copied into a terminal as they are.</summary>
    public string Origin { get; private set; } = "";

    public void OnGet()
    {
        Origin = SiteAddress.Origin(Request);
        Title = "API för utvecklare";
        Description = "Hämta Hälsoportals artiklar, kontaktpunkter med öppettider och dialoger som JSON, fritt och utan nyckel.";
        Breadcrumbs = [new("Start", "/"), new("Öppna data", "/oppna-data"), new("API", null)];
    }
}
