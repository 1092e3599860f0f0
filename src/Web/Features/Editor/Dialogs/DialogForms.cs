using System.Globalization;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using DialogFieldError = Halsoportal.Dialog.Answering.FieldError;

namespace Halsoportal.Web.Features.Editor.Dialogs;

/// <summary>
/// Form values arrive as text and are parsed here, so a mistyped number or date gets a Swedish message on its own
/// field (the framework's would be English), and the form comes back exactly as typed.
/// </summary>
internal static class DialogFormParsing
{
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH.mm", "yyyy-MM-dd"];

    /// <summary>Swedish local date and time as typed (datetime-local) → UTC; null with an error when it cannot be read.</summary>
    public static DateTime? ParseLocal(string? text, string key, string what, ModelStateDictionary state, bool optional = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (!optional)
            {
                state.AddModelError(key, $"Ange {what} som datum och tid, till exempel 2027-03-12 18:00.");
            }

            return null;
        }

        if (DateTime.TryParseExact(text.Trim(), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return EditorFormat.ToUtc(local);
        }

        state.AddModelError(key, $"Ange {what} som datum och tid, till exempel 2027-03-12 18:00.");
        return null;
    }

    /// <summary>A whole number; null (and an error unless <paramref name="optional"/>) when empty or not a number.</summary>
    public static int? ParseInt(string? text, string key, string message, ModelStateDictionary state, bool optional = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (!optional)
            {
                state.AddModelError(key, message);
            }

            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        state.AddModelError(key, message);
        return null;
    }

    /// <summary>Adds the service's errors to the form: <c>title</c> → <c>Input.Title</c>, "" → the form as a whole.</summary>
    public static void AddErrors(ModelStateDictionary state, IEnumerable<DialogFieldError> errors)
    {
        foreach (var error in errors)
        {
            var key = error.Field.Length == 0 ? "" : "Input." + char.ToUpperInvariant(error.Field[0]) + error.Field[1..];
            if (!state.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
            {
                state.AddModelError(key, error.Message);
            }
        }
    }
}

/// <summary>The settings form of a survey, as typed.</summary>
public sealed class SurveySettingsForm
{
    public string? Title { get; set; }

    public string? Slug { get; set; }

    public string? Purpose { get; set; }

    public string? PrivacyNotice { get; set; }

    /// <summary>Swedish local time, <c>yyyy-MM-ddTHH:mm</c>.</summary>
    public string? OpensAt { get; set; }

    public string? ClosesAt { get; set; }

    /// <summary><c>Open</c> or <c>Invitation</c>.</summary>
    public string? Mode { get; set; }

    public string? RetentionDays { get; set; }

    public bool LiveResults { get; set; }

    public string? SuppressionThreshold { get; set; }

    public string? ResultsPublishedFrom { get; set; }

    public List<string> Kommuner { get; set; } = [];

    /// <summary>A new survey: opens tomorrow at 08.00, closes four weeks later, answers kept a year.</summary>
    public static SurveySettingsForm Blank(DateTime nowUtc, string? kommunCode)
    {
        var tomorrow = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), Content.SwedishText.TimeZone).Date.AddDays(1).AddHours(8);
        return new SurveySettingsForm
        {
            OpensAt = tomorrow.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            ClosesAt = tomorrow.AddDays(28).AddHours(15).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            Mode = nameof(ParticipationMode.Open),
            RetentionDays = "365",
            SuppressionThreshold = "5",
            Kommuner = kommunCode is null ? [] : [kommunCode],
        };
    }

    public static SurveySettingsForm From(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return new SurveySettingsForm
        {
            Title = survey.Title,
            Slug = survey.Slug,
            Purpose = survey.Purpose,
            PrivacyNotice = survey.PrivacyNotice,
            OpensAt = EditorFormat.LocalInput(survey.OpensAt),
            ClosesAt = EditorFormat.LocalInput(survey.ClosesAt),
            Mode = survey.Mode.ToString(),
            RetentionDays = survey.RetentionDays.ToString(CultureInfo.InvariantCulture),
            LiveResults = survey.LiveResults,
            SuppressionThreshold = survey.SuppressionThreshold.ToString(CultureInfo.InvariantCulture),
            ResultsPublishedFrom = EditorFormat.LocalInput(survey.ResultsPublishedFrom),
            Kommuner = [.. survey.Kommuner.Select(k => k.KommunCode).Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// The settings to save, or null when something could not be read (its error is on the form). An empty address is
    /// made from the title (å/ä → a, ö → o). <paramref name="kommuner"/> is the final kommun list (the page decides it).
    /// </summary>
    public SurveySettings? ToSettings(ModelStateDictionary state, IReadOnlyList<string> kommuner)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (string.IsNullOrWhiteSpace(Slug) && !string.IsNullOrWhiteSpace(Title))
        {
            Slug = Content.Slugs.Slug.From(Title);
        }

        var opens = DialogFormParsing.ParseLocal(OpensAt, "Input.OpensAt", "när enkäten öppnar", state);
        var closes = DialogFormParsing.ParseLocal(ClosesAt, "Input.ClosesAt", "när enkäten stänger", state);
        var published = DialogFormParsing.ParseLocal(ResultsPublishedFrom, "Input.ResultsPublishedFrom", "när resultaten publiceras", state, optional: true);
        var retention = DialogFormParsing.ParseInt(RetentionDays, "Input.RetentionDays", "Ange lagringstiden i hela dagar, 1–3 650.", state);
        var threshold = DialogFormParsing.ParseInt(SuppressionThreshold, "Input.SuppressionThreshold", $"Ange gränsen för små grupper som ett heltal, minst {SurveyEditingService.MinSuppressionThreshold}.", state);
        if (!Enum.TryParse<ParticipationMode>(Mode, out var mode) || !Enum.IsDefined(mode))
        {
            state.AddModelError("Input.Mode", "Välj hur man deltar: öppen för alla eller med inbjudningskod.");
        }

        if (opens is null || closes is null || retention is null || threshold is null || !state.IsValid
            || (!string.IsNullOrWhiteSpace(ResultsPublishedFrom) && published is null))
        {
            // The text fields are checked too, so the editor sees every problem at once.
            var provisional = new SurveySettings(Title ?? "", Slug?.Trim() ?? "", Purpose ?? "", PrivacyNotice ?? "", DateTime.MinValue, DateTime.MaxValue,
                ParticipationMode.Open, retention ?? 1, false, threshold ?? SurveyEditingService.MinSuppressionThreshold, null, kommuner);
            DialogFormParsing.AddErrors(state, SurveyEditingService.ValidateSettings(provisional));
            return null;
        }

        return new SurveySettings(Title ?? "", Slug?.Trim() ?? "", Purpose ?? "", PrivacyNotice ?? "", opens.Value, closes.Value, mode,
            retention.Value, LiveResults, threshold.Value, published, kommuner);
    }
}

/// <summary>The question form, as typed. Options are one per line.</summary>
public sealed class QuestionForm
{
    /// <summary>The type's slug (<c>enval</c>, <c>skala</c> …).</summary>
    public string? Type { get; set; }

    public string? Text { get; set; }

    public string? Hint { get; set; }

    public bool Required { get; set; }

    public bool IsBackground { get; set; }

    public bool PublishedInResults { get; set; }

    public string? Options { get; set; }

    public string? MaxChoices { get; set; }

    public string? ScaleMin { get; set; }

    public string? ScaleMax { get; set; }

    public string? ScaleMinLabel { get; set; }

    public string? ScaleMaxLabel { get; set; }

    public string? MaxLength { get; set; }

    /// <summary>The option id of the condition, or empty for "always shown".</summary>
    public string? ShowWhenOptionId { get; set; }

    public QuestionType? ParsedType => DialogEditorService.TypeSlugs.FirstOrDefault(t => t.Slug == Type) is { Slug: not null } match ? match.Type : null;

    public static QuestionForm Blank(QuestionType type) => new()
    {
        Type = SlugOf(type),
        PublishedInResults = true,
        ScaleMin = type is QuestionType.Scale or QuestionType.Matrix ? "1" : null,
        ScaleMax = type is QuestionType.Scale or QuestionType.Matrix ? "5" : null,
        MaxLength = type == QuestionType.FreeText ? "1000" : null,
    };

    public static QuestionForm From(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new QuestionForm
        {
            Type = SlugOf(question.Type),
            Text = question.Text,
            Hint = question.Hint,
            Required = question.Required,
            IsBackground = question.IsBackground,
            PublishedInResults = question.PublishedInResults,
            Options = string.Join('\n', question.Options.OrderBy(o => o.Order).Select(o => o.Text)),
            MaxChoices = question.MaxChoices?.ToString(CultureInfo.InvariantCulture),
            ScaleMin = question.ScaleMin?.ToString(CultureInfo.InvariantCulture),
            ScaleMax = question.ScaleMax?.ToString(CultureInfo.InvariantCulture),
            ScaleMinLabel = question.ScaleMinLabel,
            ScaleMaxLabel = question.ScaleMaxLabel,
            MaxLength = question.MaxLength?.ToString(CultureInfo.InvariantCulture),
            ShowWhenOptionId = question.ShowWhenOptionId?.ToString(CultureInfo.InvariantCulture),
        };
    }

    public static string SlugOf(QuestionType type) => DialogEditorService.TypeSlugs.First(t => t.Type == type).Slug;

    /// <summary>The question to save, or null when something could not be read (its error is on the form).</summary>
    public QuestionDraft? ToDraft(ModelStateDictionary state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (ParsedType is not { } type)
        {
            state.AddModelError("Input.Type", "Välj en frågetyp.");
            return null;
        }

        var scale = type is QuestionType.Scale or QuestionType.Matrix;
        var options = type is QuestionType.Scale or QuestionType.FreeText ? [] :
            (Options ?? "").Split('\n').Select(o => o.Trim()).Where(o => o.Length > 0).ToList();
        var maxChoices = type == QuestionType.MultipleChoice ? DialogFormParsing.ParseInt(MaxChoices, "Input.MaxChoices", "Ange högsta antal val som ett heltal, eller lämna tomt för alla.", state, optional: true) : null;
        var scaleMin = scale ? DialogFormParsing.ParseInt(ScaleMin, "Input.ScaleMin", "Ange skalans lägsta värde som ett heltal.", state) : null;
        var scaleMax = scale ? DialogFormParsing.ParseInt(ScaleMax, "Input.ScaleMax", "Ange skalans högsta värde som ett heltal.", state) : null;
        var maxLength = type == QuestionType.FreeText ? DialogFormParsing.ParseInt(MaxLength, "Input.MaxLength", "Ange längsta svarslängd i tecken, 1–10 000.", state) : null;
        var condition = DialogFormParsing.ParseInt(ShowWhenOptionId, "Input.ShowWhenOptionId", "Välj ett villkor i listan.", state, optional: true);
        if (!state.IsValid)
        {
            return null;
        }

        return new QuestionDraft(type, Text ?? "", Hint, Required, type == QuestionType.SingleChoice && IsBackground, PublishedInResults, options,
            maxChoices, scaleMin, scaleMax, scale ? ScaleMinLabel : null, scale ? ScaleMaxLabel : null, maxLength, condition);
    }
}

/// <summary>A new entry of the återkoppling timeline, as typed.</summary>
public sealed class StatusEntryForm
{
    public string? Stage { get; set; }

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public string? Date { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public string? DecisionUrl { get; set; }

    public SurveyStatusEntry? ToEntry(ModelStateDictionary state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!Enum.TryParse<SurveyStage>(Stage, out var stage) || !Enum.IsDefined(stage))
        {
            state.AddModelError("Input.Stage", "Välj vilket skede händelsen hör till.");
        }

        if (!DateOnly.TryParseExact(Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            state.AddModelError("Input.Date", "Ange datum som år-månad-dag, till exempel 2027-06-01.");
        }

        return state.IsValid
            ? new SurveyStatusEntry { Stage = stage, Date = date, Title = Title?.Trim() ?? "", Text = Text?.Trim() ?? "", DecisionUrl = string.IsNullOrWhiteSpace(DecisionUrl) ? null : DecisionUrl.Trim() }
            : null;
    }
}
