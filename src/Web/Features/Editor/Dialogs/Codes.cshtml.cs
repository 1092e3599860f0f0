using Halsoportal.Dialog.Invitations;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Editor.Shared;
using Halsoportal.Web.Features.Shared.QrCodes;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Dialogs;

/// <summary>
/// Inbjudningskoder for a survey with invitation mode: how many exist and are used, and a form that makes a batch. The
/// POST answers with the printable cards; the codes exist in plain text only in that answer (the store keeps hashes).
/// </summary>
public sealed class CodesModel(InvitationCodeService codes, DialogEditorService dialogs) : EditorPageModel
{
    /// <summary>The most codes one batch makes here (one print run).</summary>
    public const int MaxBatch = 500;

    [BindProperty]
    public string? Count { get; set; }

    [BindProperty]
    public string? Label { get; set; }

    public Survey Survey { get; private set; } = null!;

    public InvitationCodeCounts Counts { get; private set; } = new(0, 0);

    /// <summary>Set after a successful POST: the new codes, formatted (<c>K7MQ2-XR9TD</c>).</summary>
    public IReadOnlyList<string> NewCodes { get; private set; } = [];

    public string PublicPath { get; private set; } = "";

    /// <summary>The full address a code's card points to.</summary>
    public string AnswerUrl => $"https://{Request.Host.Value}{PublicPath}/svara";

    /// <summary>
    /// The QR code's address: the code rides after '#', which browsers never send to a server, so no
    /// code reaches a server or proxy log; the answer page's script puts it in the code field.
    /// </summary>
    public string QrSvg(string code) =>
        QrCode.Encode($"{AnswerUrl}#kod={code.Replace("-", "", StringComparison.Ordinal)}").ToSvg($"QR-kod till enkäten med koden {code}");

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Count = "30";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var count = DialogFormParsing.ParseInt(Count, nameof(Count), $"Ange hur många koder du vill skapa, 1–{MaxBatch}.", ModelState);
        if (count is < 1 or > MaxBatch)
        {
            AddError(nameof(Count), $"Ange hur många koder du vill skapa, 1–{MaxBatch}.");
        }

        if (string.IsNullOrWhiteSpace(Label) || Label.Length > 200)
        {
            AddError(nameof(Label), "Ge omgången ett namn på högst 200 tecken, till exempel ”Stormöte Haga 12 mars”.");
        }

        if (ModelState.IsValid)
        {
            var result = await codes.CreateBatchAsync(id, count!.Value, Label!, cancellationToken);
            if (result.Status == SurveyCommandStatus.Done)
            {
                await dialogs.AuditAsync(Access, "survey.codes.create", id, Survey.Kommuner[0].KommunCode, $"{result.Codes.Count} koder: {Label}", cancellationToken);
                // The only copy of the codes in plain text. No Cache-Control here: the page carries an antiforgery
                // token (the sign-out form), so antiforgery already answers "no-cache, no-store" (and warns if we set it).
                NewCodes = result.Codes;
                Counts = await codes.CountAsync(id, cancellationToken);
                SetTitle($"Utskrift: {result.Codes.Count} inbjudningskoder");
                return Page();
            }

            foreach (var error in result.Errors)
            {
                AddError(error.Field switch { "count" => nameof(Count), "label" => nameof(Label), _ => "" }, error.Message);
            }
        }

        SetTitle($"Inbjudningskoder: {Survey.Title}");
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await dialogs.FindAsync(Access, id, cancellationToken) is not { Mode: ParticipationMode.Invitation } survey)
        {
            return false;
        }

        Survey = survey;
        Counts = await codes.CountAsync(id, cancellationToken);
        PublicPath = DialogEditorService.PublicPath(survey, await dialogs.AllKommunerAsync(cancellationToken));
        SetTitle($"Inbjudningskoder: {survey.Title}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Dialoger", "/redaktor/dialoger"), new(survey.Title, $"/redaktor/dialoger/{id}"), new("Inbjudningskoder", null)];
        return true;
    }
}
