using Halsoportal.Content.Kommuner;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Editor.Shared;

namespace Halsoportal.Web.Features.Editor.Dialogs;

/// <summary>Dialoger: the surveys of every kommun the user may edit, with state, dates and answer counts.</summary>
public sealed class IndexModel(SurveyEditingService editing, DialogEditorService dialogs) : EditorPageModel
{
    public IReadOnlyList<SurveyListRow> Rows { get; private set; } = [];

    public IReadOnlyDictionary<string, KommunRef> Kommuner { get; private set; } = new Dictionary<string, KommunRef>();

    public DialogEditorService Dialogs => dialogs;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await editing.ListAsync([.. Access.EditableKommuner], cancellationToken);
        Kommuner = await dialogs.AllKommunerAsync(cancellationToken);
        SetTitle("Dialoger");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Dialoger", null)];
    }
}
