using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.ContactPoints.Hours;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Rendering;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.ContactPoints;

/// <summary>One contact point at <c>/{kommun}/kontakt/{slug}</c>: open now, this week's hours, coming changes, premises; JSON-LD through <see cref="ContactPointSchema"/>.</summary>
public sealed class DetailsModel(KommunService kommuner, ContactPointFinder finder, MarkdownRenderer renderer) : SitePageModel
{
    /// <summary>How far ahead changed days are listed.</summary>
    public const int DeviationDays = 60;

    public FinderHit Hit { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public DateOnly Today { get; private set; }

    public string DescriptionHtml { get; private set; } = "";

    /// <summary>Per session: the coming seven days, and the changed days in the next <see cref="DeviationDays"/>.</summary>
    public IReadOnlyList<(SessionKind Kind, string? Note, IReadOnlyList<DaySchedule> Week, IReadOnlyList<DaySchedule> Deviations)> Sessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string kommun, string slug, CancellationToken cancellationToken)
    {
        Kommun = await kommuner.FindBySlugAsync(kommun, cancellationToken);
        var hit = Kommun is null ? null : await finder.GetAsync(Kommun, slug, cancellationToken);
        if (hit is null)
        {
            return NotFound();
        }

        Hit = hit;
        var data = hit.Point.Data;
        Now = finder.Now;
        Today = ContactPointText.Today(Now);
        DescriptionHtml = string.IsNullOrWhiteSpace(data.Description) ? "" : renderer.Render(data.Description);
        Sessions = [.. data.Hours.Sessions.OrderBy(s => s.Kind).Select(s => (
            s.Kind,
            s.Note,
            OpeningHoursCalculator.Week(data.Hours, s.Kind, Today),
            OpeningHoursCalculator.Deviations(data.Hours, s.Kind, Today.AddDays(7), DeviationDays - 7)))];
        Discovery = new() { CanonicalPath = hit.Point.Path, Schema = new ContactPointSchema(hit.Point, Today, DeviationDays) };
        Title = $"{data.Name} – {Kommun!.Name}";
        Description = data.Summary;
        Breadcrumbs = [new("Start", "/"), new(Kommun.Name, $"/{Kommun.Slug}"), new("Kontaktpunkter", $"/{Kommun.Slug}/kontakt"), new(data.Name, null)];
        return Page();
    }
}
