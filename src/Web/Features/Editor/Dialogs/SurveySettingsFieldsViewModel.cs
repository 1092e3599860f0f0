using Halsoportal.Content.Kommuner;

namespace Halsoportal.Web.Features.Editor.Dialogs;

/// <summary>The settings fields: the form, the kommuner the user may choose, those of the survey they may not touch, and whether answers lock some fields.</summary>
public sealed record SurveySettingsFieldsViewModel(SurveySettingsForm Form, IReadOnlyList<KommunRef> Editable, IReadOnlyList<KommunRef> Fixed, bool HasResponses);
