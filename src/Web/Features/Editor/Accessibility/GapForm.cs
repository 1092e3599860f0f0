using Halsoportal.Content.Accessibility;

namespace Halsoportal.Web.Features.Editor.Accessibility;

/// <summary>A known gap as the form posts it; dates as <c>yyyy-MM-dd</c>.</summary>
public sealed class GapForm
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? WcagCriterion { get; set; }

    public string? PlannedFix { get; set; }

    public string? FixedOn { get; set; }

    public int BaseVersion { get; set; }

    public GapInput ToInput() => new(Title, Description, WcagCriterion, PlannedFix, FixedOn);

    public static GapForm From(AccessibilityGap gap) => new()
    {
        Title = gap.Title,
        Description = gap.Description,
        WcagCriterion = gap.WcagCriterion,
        PlannedFix = gap.PlannedFix is { } planned ? Halsoportal.Web.Features.Shared.Format.Iso(planned) : null,
        FixedOn = gap.FixedOn is { } fixedOn ? Halsoportal.Web.Features.Shared.Format.Iso(fixedOn) : null,
        BaseVersion = gap.Version,
    };
}
