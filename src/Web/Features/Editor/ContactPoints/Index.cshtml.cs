using Halsoportal.Content.ContactPoints.Editing;
using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.ContactPoints;

/// <summary>Kontaktpunkter: every contact point the user may edit, filtered by kommun and status.</summary>
public sealed class IndexModel(ContactPointEditingService editing) : EditorPageModel
{
    /// <summary>The status filter's value for drafts sent for review (a review state, not a publication status).</summary>
    public const string AwaitingReview = "granskning";

    /// <summary>The status filter's values in the address, with their labels.</summary>
    public static IReadOnlyList<(string Value, string Label, ContactPointStatus? Status)> Statuses { get; } =
    [
        ("utkast", "Utkast", ContactPointStatus.Draft),
        ("publicerad", "Publicerade", ContactPointStatus.Published),
        ("nytt-utkast", "Publicerade med nytt utkast", ContactPointStatus.PublishedWithChanges),
        ("avpublicerad", "Avpublicerade", ContactPointStatus.Unpublished),
        (AwaitingReview, "Väntar på granskning", null),
    ];

    [FromQuery(Name = "kommun")]
    public string? KommunCode { get; set; }

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    public ContactPointChoices Choices { get; private set; } = null!;

    public IReadOnlyList<ContactPointRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Choices = await editing.GetChoicesAsync(Access, cancellationToken);
        if (KommunCode is not null && !Access.CanEditKommun(KommunCode))
        {
            KommunCode = null;
        }

        var status = Statuses.FirstOrDefault(s => s.Value == Status);
        Status = status.Value;
        var rows = await editing.ListAsync(Access, KommunCode, status.Status, cancellationToken);
        Rows = Status == AwaitingReview ? [.. rows.Where(r => r.Review == ReviewState.Requested)] : rows;
        SetTitle("Kontaktpunkter");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Kontaktpunkter", null)];
    }
}
