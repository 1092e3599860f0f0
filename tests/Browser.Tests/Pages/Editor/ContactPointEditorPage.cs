using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Pages.Editor;

/// <summary>
/// The contact point form: <c>/redaktor/kontaktpunkter/ny</c> ("Spara utkast") and <c>/redaktor/kontaktpunkter/{id}</c>
/// ("Spara ny version", "Bekräfta att öppettiderna stämmer"). Opening hours are one group per session kind
/// ("Besökstider") holding one group per weekday ("Måndag") with "Från", "Till", "Sedan från", "Till".
/// </summary>
public sealed class ContactPointEditorPage(IPage page)
{
    public const string ListPath = "/redaktor/kontaktpunkter";

    public const string NewPath = "/redaktor/kontaktpunkter/ny";

    public static string PathOf(int id) => $"/redaktor/kontaktpunkter/{id}";

    public ILocator NameField => page.GetByLabel("Namn", new() { Exact = true });

    public ILocator LatitudeField => page.GetByLabel("Latitud (nord)", new() { Exact = true });

    public ILocator SaveVersionButton => Button("Spara ny version");

    public ILocator ConfirmHoursButton => Button("Bekräfta att öppettiderna stämmer");

    /// <summary>The first "Från" (<paramref name="closing"/>: the first "Till") of a weekday in a session's group.</summary>
    public ILocator TimeField(string session, string weekday, bool closing) =>
        page.GetByRole(AriaRole.Group, new() { Name = session, Exact = true })
            .GetByRole(AriaRole.Group, new() { Name = weekday, Exact = true })
            .GetByLabel(closing ? "Till" : "Från", new() { Exact = true }).First;

    /// <summary>A field of the first "Ny avvikande dag" group: "Datum", "Anledning", "Stängt hela dagen" …</summary>
    public ILocator NewSpecialDayField(string label) =>
        page.GetByRole(AriaRole.Group, new() { Name = "Ny avvikande dag 1", Exact = true }).GetByLabel(label, new() { Exact = true });

    private ILocator Button(string name) => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
}
