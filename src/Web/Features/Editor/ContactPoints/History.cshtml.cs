using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.ContactPoints.Editing;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Editing.Diff;
using Halsoportal.Web.Features.Editor.Shared;

namespace Halsoportal.Web.Features.Editor.ContactPoints;

/// <summary>A contact point's versions: the list, what changed between two versions (written out as text), and rollback to any of them.</summary>
public sealed class HistoryModel(ContactPointEditingService editing) : VersionHistoryPageModel<ContactPointDraft>
{
    public ContactPointEditView Point { get; private set; } = null!;

    protected override async Task<int?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var point = await editing.GetAsync(Access, id, cancellationToken);
        if (point is null)
        {
            return null;
        }

        Point = point;
        Versions = await editing.GetHistoryAsync(Access, id, cancellationToken) ?? [];
        SetTitle($"Versioner: {point.Draft.Name}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Kontaktpunkter", "/redaktor/kontaktpunkter"), new(point.Draft.Name, $"/redaktor/kontaktpunkter/{id}"), new("Versioner", null)];
        return point.DraftVersion;
    }

    protected override Task<ContactPointDraft?> GetVersionAsync(int id, int number, CancellationToken cancellationToken) =>
        editing.GetVersionAsync(Access, id, number, cancellationToken);

    protected override async Task<IReadOnlyList<FieldDiff>> CompareAsync(ContactPointDraft older, ContactPointDraft newer, CancellationToken cancellationToken) =>
        ContactPointDraftDiff.Compare(older, newer, await editing.GetChoicesAsync(Access, cancellationToken));

    protected override Task<EditResult> RollbackAsync(int id, int baseVersion, int number, CancellationToken cancellationToken) =>
        editing.RollbackAsync(Access, id, baseVersion, number, cancellationToken);
}
