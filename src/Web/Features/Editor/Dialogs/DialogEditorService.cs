using System.Globalization;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Storage;
using Halsoportal.Dialog.Surveys;

namespace Halsoportal.Web.Features.Editor.Dialogs;

/// <summary>What a survey is at a given moment, as the list and the overview show it.</summary>
public enum SurveyState
{
    Upcoming,
    Open,
    Closed,
}

/// <summary>
/// The web side of the survey builder: which surveys and kommuner an editor may touch (any kommun of the survey
/// among theirs; everything else is "not found", as for other kommuners' articles), the kommun slugs of the public
/// address, and the audit log. Surveys live in the dialog store, the audit log in the content store, so the entry is
/// written right after the change it records.
/// </summary>
public sealed class DialogEditorService(SurveyService surveys, KommunService kommuner, ContentDbContext content, TimeProvider time)
{
    internal const string AuditItemType = "survey";

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Kommuner this user may build surveys for, by name.</summary>
    public async Task<IReadOnlyList<KommunRef>> EditableKommunerAsync(EditorAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var regions = await kommuner.ListByRegionAsync(cancellationToken);
        return [.. regions.SelectMany(r => r.Kommuner).Where(k => access.CanEditKommun(k.Code)).OrderBy(k => k.Name, Content.SwedishText.Comparer)];
    }

    /// <summary>Every known kommun by code, for names and slugs.</summary>
    public async Task<IReadOnlyDictionary<string, KommunRef>> AllKommunerAsync(CancellationToken cancellationToken) =>
        (await kommuner.ListByRegionAsync(cancellationToken)).SelectMany(r => r.Kommuner).ToDictionary(k => k.Code, StringComparer.Ordinal);

    /// <summary>The survey when the user may edit it (one of its kommuner is theirs); otherwise null, as if it did not exist.</summary>
    public async Task<Survey?> FindAsync(EditorAccess access, int surveyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var survey = await surveys.GetAsync(surveyId, cancellationToken);
        return survey is not null && survey.Kommuner.Any(k => access.CanEditKommun(k.KommunCode)) ? survey : null;
    }

    public SurveyState StateOf(DateTime opensAt, DateTime closesAt) =>
        Now < opensAt ? SurveyState.Upcoming : Now < closesAt ? SurveyState.Open : SurveyState.Closed;

    /// <summary>Records an editor's action on a survey (security.md item 16).</summary>
    public async Task AuditAsync(EditorAccess access, string action, int surveyId, string? kommunCode, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        content.AuditEntries.Add(AuditEntry.Create(Now, access.UserId, access.DisplayName, action, AuditItemType,
            surveyId.ToString(CultureInfo.InvariantCulture), kommunCode, null, detail));
        await content.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The survey's public address under its first kommun (by code), e.g. <c>/sundsvall/dialog/trygghet</c>.</summary>
    public static string PublicPath(Survey survey, IReadOnlyDictionary<string, KommunRef> all)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(all);
        var code = survey.Kommuner.Select(k => k.KommunCode).Order(StringComparer.Ordinal).FirstOrDefault();
        var slug = code is not null && all.TryGetValue(code, out var kommun) ? kommun.Slug : code;
        return $"/{slug}/dialog/{survey.Slug}";
    }

    /// <summary>Swedish name of a question type.</summary>
    public static string TypeName(QuestionType type) => type switch
    {
        QuestionType.SingleChoice => "Ett svarsalternativ",
        QuestionType.MultipleChoice => "Flera svarsalternativ",
        QuestionType.Scale => "Skala",
        QuestionType.Matrix => "Matris (rader × skala)",
        QuestionType.Ranking => "Rangordning",
        _ => "Fritext",
    };

    /// <summary>The question types as the address names them (<c>?typ=skala</c>).</summary>
    public static IReadOnlyList<(string Slug, QuestionType Type)> TypeSlugs { get; } =
    [
        ("enval", QuestionType.SingleChoice),
        ("flerval", QuestionType.MultipleChoice),
        ("skala", QuestionType.Scale),
        ("matris", QuestionType.Matrix),
        ("rangordning", QuestionType.Ranking),
        ("fritext", QuestionType.FreeText),
    ];

    public static string StateName(SurveyState state) => state switch
    {
        SurveyState.Upcoming => "Kommande",
        SurveyState.Open => "Öppen",
        _ => "Stängd",
    };
}
