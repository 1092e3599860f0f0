using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Halsoportal.Dialog.Results;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Dialogs;

/// <summary>
/// A survey's results for its editors at <c>/redaktor/dialoger/{id}/resultat</c>: every question,
/// after close (or live where the survey says so), broken down by a background question, with the
/// same small-group suppression as the public page — and as CSV or JSON (<c>?format=csv|json</c>).
/// There is no export of single responses: a row with age band and area could point at a person.
/// </summary>
public sealed class ResultsModel(ResultsService results, DialogEditorService dialogs) : EditorPageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [BindProperty(SupportsGet = true, Name = "uppdelning")]
    public int? Breakdown { get; set; }

    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    public Survey Survey { get; private set; } = null!;

    public ResultsAnswer Answer { get; private set; } = null!;

    public string SelfPath => $"/redaktor/dialoger/{Survey.Id}/resultat";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await dialogs.FindAsync(Access, id, cancellationToken) is not { } survey)
        {
            return NotFound();
        }

        Survey = survey;
        Answer = await results.GetForEditorAsync(id, Breakdown, cancellationToken);
        if (Answer.Status == ResultsStatus.UnknownBreakdown)
        {
            Breakdown = null;
            Answer = await results.GetForEditorAsync(id, null, cancellationToken);
        }

        if (Answer.Status == ResultsStatus.NotFound)
        {
            return NotFound();
        }

        if (Answer.Results is { } available && Format is "csv" or "json")
        {
            var name = $"{survey.Slug}-resultat{(Breakdown is null ? "" : $"-uppdelat-{Breakdown}")}";
            Response.Headers.CacheControl = "no-store";
            return Format == "json"
                ? File(JsonSerializer.SerializeToUtf8Bytes(new { survey = survey.Title, slug = survey.Slug, results = available }, Json), "application/json; charset=utf-8", name + ".json")
                : File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ResultsCsv.Write(available))).ToArray(), "text/csv; charset=utf-8", name + ".csv");
        }

        SetTitle($"Resultat: {survey.Title}");
        return Page();
    }
}
