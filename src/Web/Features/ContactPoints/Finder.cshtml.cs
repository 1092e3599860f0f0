using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.ContactPoints.Places;
using Halsoportal.Content.Kommuner;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.ContactPoints;

/// <summary>
/// Hitta kontaktpunkt at <c>/{kommun}/kontakt</c>: combinable filters (type, service, open now, accessibility
/// needs, organiser, a language the staff speak, kommun or whole län) in the query string, and sorting by distance from a typed place.
/// A plain GET form: it works without JavaScript, and every result list has its own shareable address.
/// </summary>
public sealed class FinderModel(KommunService kommuner, ContactPointFinder finder, Gazetteer gazetteer) : SitePageModel
{
    [BindProperty(SupportsGet = true, Name = "typ")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "tjanst")]
    public string? Service { get; set; }

    [BindProperty(SupportsGet = true, Name = "oppet")]
    public string? Open { get; set; }

    [BindProperty(SupportsGet = true, Name = "behov")]
    public List<string> Needs { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "drivs-av")]
    public string? Organiser { get; set; }

    [BindProperty(SupportsGet = true, Name = "omrade")]
    public string? Area { get; set; }

    [BindProperty(SupportsGet = true, Name = "plats")]
    public string? Place { get; set; }

    /// <summary>A language the staff speak, as a code ("fi"); an unknown code filters nothing.</summary>
    [BindProperty(SupportsGet = true, Name = "sprak")]
    public string? StaffLanguage { get; set; }

    public FinderResult Result { get; private set; } = null!;

    /// <summary>The place results are sorted from, when the typed one was found.</summary>
    public Place? Origin { get; private set; }

    /// <summary>Places the resident may have meant, when the typed one was not found.</summary>
    public IReadOnlyList<Place> Suggestions { get; private set; } = [];

    public bool OpenNow => Open == "nu";

    public bool WholeRegion => Area == "lan";

    /// <summary>Kommun names by code, loaded only to label <see cref="Suggestions"/>.</summary>
    public IReadOnlyDictionary<string, string> KommunNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>The organiser choices: URL value, label.</summary>
    public static IReadOnlyList<(string Value, Organiser Organiser, string Label)> Organisers { get; } =
    [
        ("region", Halsoportal.Content.ContactPoints.Organiser.Region, "Regionen"),
        ("kommun", Halsoportal.Content.ContactPoints.Organiser.Kommun, "Kommunen"),
        ("privat", Halsoportal.Content.ContactPoints.Organiser.Private, "Privat vårdgivare"),
    ];

    public async Task<IActionResult> OnGetAsync(string kommun, CancellationToken cancellationToken)
    {
        Kommun = await kommuner.FindBySlugAsync(kommun, cancellationToken);
        if (Kommun is null)
        {
            return NotFound();
        }

        if (!string.IsNullOrWhiteSpace(Place))
        {
            var lookup = gazetteer.Find(Place);
            Origin = lookup.Match ?? SameNameNearby(lookup);
            Suggestions = Origin is null ? lookup.Suggestions : [];
        }

        var needs = Needs.Select(AccessNeed.Find).OfType<AccessNeed>().Distinct().ToList();
        Result = await finder.FindAsync(
            Kommun,
            new FinderQuery
            {
                Type = string.IsNullOrEmpty(Type) ? null : Type,
                Services = string.IsNullOrEmpty(Service) ? [] : [Service],
                OpenNow = OpenNow,
                Needs = needs,
                Organiser = Organisers.Where(o => o.Value == Organiser).Select(o => (Organiser?)o.Organiser).FirstOrDefault(),
                WholeRegion = WholeRegion,
                Origin = Origin?.Point,
                Language = StaffLanguage is { } code && LanguageNames.IsKnown(code) ? code : null,
            },
            cancellationToken);
        if (Suggestions.Count > 0)
        {
            KommunNames = (await kommuner.ListByRegionAsync(cancellationToken)).SelectMany(r => r.Kommuner).ToDictionary(k => k.Code, k => k.Name, StringComparer.Ordinal);
        }

        Title = $"Hitta kontaktpunkt i {(WholeRegion ? Kommun.RegionName : Kommun.Name)}";
        Description = $"Vårdcentraler, ungdomsmottagningar, BVC, träffpunkter och annat stöd i {Kommun.Name} – öppettider, tillgänglighet och avstånd.";
        Breadcrumbs = [new("Start", "/"), new(Kommun.Name, $"/{Kommun.Slug}"), new("Kontaktpunkter", null)];
        Discovery = new() { Schema = new WebPageSchema("CollectionPage") { About = Kommun } };
        return Page();
    }

    /// <summary>"Finska (Suomi)": the language's Swedish name, and its name in itself for those who read it.</summary>
    public static string LanguageLabel(string code)
    {
        var swedish = LanguageNames.Of(code);
        var label = string.Concat(swedish[..1].ToUpper(Halsoportal.Content.SwedishText.Culture), swedish[1..]);
        return Halsoportal.Content.Languages.SiteLanguages.Find(code) is { } language && !string.Equals(language.Endonym, label, StringComparison.OrdinalIgnoreCase)
            ? $"{label} ({language.Endonym})"
            : label;
    }

    /// <summary>The finder's address with one parameter changed (null removes it), for suggestion and reset links.</summary>
    public string With(string key, string? value)
    {
        var query = Request.Query.Where(p => p.Key != key).SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))).ToList();
        if (value is not null)
        {
            query.Add(new(key, value));
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"/{Kommun!.Slug}/kontakt", query);
    }

    // Two places share the typed name: take the one in this kommun, then in this län.
    private Place? SameNameNearby(PlaceLookup lookup)
    {
        var names = lookup.Suggestions.Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count != 1 || !string.Equals(names[0], Place?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return lookup.Suggestions.FirstOrDefault(p => p.KommunCode == Kommun!.Code);
    }
}
