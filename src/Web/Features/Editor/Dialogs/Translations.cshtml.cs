using Halsoportal.Content.Languages;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Dialogs;

/// <summary>
/// A dialog's translations: at <c>…/oversattningar</c> the languages it has and whether residents see them, and a
/// choice of a new one; at <c>…/oversattningar/{sprak}</c> every text next to its Swedish source. A translation may be
/// saved unfinished, but residents only see it once every text is translated; the page says which.
/// </summary>
public sealed class TranslationsModel(SurveyEditingService editing, DialogEditorService dialogs) : EditorPageModel
{
    /// <summary>The translated texts as typed, by key (<c>t[q12]</c>).</summary>
    [BindProperty(Name = "t")]
    public Dictionary<string, string?> Texts { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    public Survey Survey { get; private set; } = null!;

    /// <summary>The language of the form; null on the list.</summary>
    public SiteLanguage? Target { get; private set; }

    /// <summary>The texts a translation needs, in reading order.</summary>
    public IReadOnlyList<TranslatableText> Sources { get; private set; } = [];

    /// <summary>Languages the survey has texts in: code, texts missing.</summary>
    public IReadOnlyList<(SiteLanguage Language, int Missing)> Existing { get; private set; } = [];

    public bool Conflict { get; private set; }

    /// <summary>The public address of the dialog.</summary>
    public string PublicPath { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, [FromRoute] string? sprak, [FromQuery(Name = "sprak")] string? chosen, CancellationToken cancellationToken)
    {
        // The language chooser is a GET form (no JavaScript): its query becomes the form's address.
        if (sprak is null && chosen is not null)
        {
            if (SiteLanguages.IsTranslation(chosen))
            {
                return Redirect($"/redaktor/dialoger/{id}/oversattningar/{chosen}");
            }

            AddError("sprak", "Välj ett språk i listan.");
        }

        if (!await LoadAsync(id, sprak, cancellationToken))
        {
            return NotFound();
        }

        if (Target is not null)
        {
            Texts = SurveyTranslations.TextsIn(Survey, Target.Code).ToDictionary(t => t.Key, t => (string?)t.Value, StringComparer.Ordinal);
        }

        Version = Survey.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, [FromRoute] string? sprak, CancellationToken cancellationToken)
    {
        if (sprak is null || !await LoadAsync(id, sprak, cancellationToken))
        {
            return NotFound();
        }

        var result = await editing.SaveTranslationAsync(id, Version, Target!.Code, Texts, cancellationToken);
        switch (result.Status)
        {
            case SurveyCommandStatus.Done:
                await dialogs.AuditAsync(Access, "survey.translation", id, FirstKommun, Target.SwedishName, cancellationToken);
                var saved = await dialogs.FindAsync(Access, id, cancellationToken);
                var missing = saved is null ? 0 : SurveyTranslations.MissingCount(saved, Target.Code);
                Notice = missing == 0
                    ? $"Översättningen till {Target.SwedishName} är sparad och komplett. Invånarna kan nu svara på {Target.SwedishName}."
                    : $"Översättningen till {Target.SwedishName} är sparad, men {CountTexts(missing)} saknar översättning. Den visas inte för invånarna förrän alla texter är översatta.";
                return Redirect($"/redaktor/dialoger/{id}/oversattningar/{Target.Code}");
            case SurveyCommandStatus.NotFound:
                return NotFound();
            case SurveyCommandStatus.Conflict:
                (Conflict, Version) = (true, result.Version);
                AddError("", "Någon annan har ändrat enkäten medan du skrev. Översättningen är inte sparad, men det du skrev finns kvar här nedan. Kontrollera texterna mot svenskan och spara igen.");
                break;
            default:
                foreach (var error in result.Errors)
                {
                    var source = Sources.FirstOrDefault(s => s.Key == error.Field);
                    AddError(source is null ? "" : FieldName(source.Key), source is null ? error.Message : $"{Label(source)}: {error.Message}");
                }

                break;
        }

        SetTitle($"Översättning till {Target.SwedishName}: {Survey.Title}");
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, [FromRoute] string? sprak, CancellationToken cancellationToken)
    {
        if (sprak is null || !await LoadAsync(id, sprak, cancellationToken))
        {
            return NotFound();
        }

        var result = await editing.DeleteTranslationAsync(id, Version, Target!.Code, cancellationToken);
        switch (result.Status)
        {
            case SurveyCommandStatus.Done:
                await dialogs.AuditAsync(Access, "survey.translation.delete", id, FirstKommun, Target.SwedishName, cancellationToken);
                Notice = $"Översättningen till {Target.SwedishName} är borttagen. Invånarna kan inte längre svara på {Target.SwedishName}.";
                return Redirect($"/redaktor/dialoger/{id}/oversattningar");
            case SurveyCommandStatus.Conflict:
                (Conflict, Version) = (true, result.Version);
                AddError("", "Någon annan har ändrat enkäten sedan du öppnade sidan, så översättningen är inte borttagen. Kontrollera den och försök igen.");
                break;
            default:
                return NotFound();
        }

        SetTitle($"Översättning till {Target.SwedishName}: {Survey.Title}");
        return Page();
    }

    /// <summary>The form field of a text: <c>t[q12:hint]</c>.</summary>
    public static string FieldName(string key) => $"t[{key}]";

    /// <summary>What a text is, in Swedish ("Fråga 3, alternativ 2").</summary>
    public static string Label(TranslatableText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var question = text.Question;
        var prefix = question is null ? "" : $"Fråga {question.Order}";
        return text.Kind switch
        {
            TranslatableTextKind.Title => "Rubrik",
            TranslatableTextKind.Purpose => "Syfte",
            TranslatableTextKind.PrivacyNotice => "Integritetstext",
            TranslatableTextKind.Question => $"{prefix}, frågan",
            TranslatableTextKind.Hint => $"{prefix}, hjälptext",
            TranslatableTextKind.ScaleMinLabel => $"{prefix}, lägsta värdet ({question!.ScaleMin})",
            TranslatableTextKind.ScaleMaxLabel => $"{prefix}, högsta värdet ({question!.ScaleMax})",
            _ => $"{prefix}, {(question!.Type == QuestionType.Matrix ? "rad" : "alternativ")} {question.Options.OrderBy(o => o.Order).ToList().FindIndex(o => SurveyTranslations.OptionKey(o.Id) == text.Key) + 1}",
        };
    }

    /// <summary>"1 text", "3 texter".</summary>
    public static string CountTexts(int count) => count == 1 ? "1 text" : $"{count} texter";

    private string? FirstKommun => Survey.Kommuner.Select(k => k.KommunCode).Order(StringComparer.Ordinal).FirstOrDefault();

    private async Task<bool> LoadAsync(int id, string? sprak, CancellationToken cancellationToken)
    {
        if (await dialogs.FindAsync(Access, id, cancellationToken) is not { } survey)
        {
            return false;
        }

        if (sprak is not null && !SiteLanguages.IsTranslation(sprak))
        {
            return false;
        }

        Survey = survey;
        Target = SiteLanguages.Find(sprak);
        Sources = SurveyTranslations.Texts(survey);
        Existing = [.. SurveyTranslations.Languages(survey).Select(SiteLanguages.Find).OfType<SiteLanguage>().Select(l => (l, SurveyTranslations.MissingCount(survey, l.Code)))];
        PublicPath = DialogEditorService.PublicPath(survey, await dialogs.AllKommunerAsync(cancellationToken));
        var overview = $"/redaktor/dialoger/{id}";
        if (Target is null)
        {
            SetTitle($"Översättningar: {survey.Title}");
            Breadcrumbs = [new("Översikt", "/redaktor"), new("Dialoger", "/redaktor/dialoger"), new(survey.Title, overview), new("Översättningar", null)];
        }
        else
        {
            SetTitle($"Översättning till {Target.SwedishName}: {survey.Title}");
            Breadcrumbs = [new("Översikt", "/redaktor"), new("Dialoger", "/redaktor/dialoger"), new(survey.Title, overview), new("Översättningar", $"{overview}/oversattningar"), new(Target.Endonym, null, Target.Code)];
        }

        return true;
    }
}
