using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Languages;
using Halsoportal.Web.Features.Articles;
using Halsoportal.Dialog.Answering;
using Halsoportal.Dialog.Invitations;
using Halsoportal.Dialog.Submissions;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Halsoportal.Web.Features.Dialog;

/// <summary>Which page of the answering flow is shown.</summary>
public enum AnswerStep
{
    /// <summary>The survey takes no answers now (not yet open, or closed).</summary>
    NotOpen,

    /// <summary>Invitation surveys: type the code from the card or letter.</summary>
    Code,

    /// <summary>One question.</summary>
    Question,

    /// <summary>Kontrollera dina svar.</summary>
    Check,

    /// <summary>Tack: the receipt.</summary>
    Receipt,

    /// <summary>A trial run went through: the answers would have been accepted, nothing was stored.</summary>
    TrialDone,

    /// <summary>The address names a language the dialog is not (completely) translated into: a 404 listing those it is.</summary>
    LanguageMissing,
}

/// <summary>
/// Answering a dialog at <c>/{kommun}/dialog/{slug}/svara</c>, one question per page, following
/// the GOV.UK pattern: error summary, back keeps answers, check your answers, then the receipt.
/// No session and no cookie: every page posts all answers so far (see <see cref="AnswerForm"/>),
/// with the idempotency key the first page was rendered with, so a resubmit after a lost
/// connection or a 503 gets the same receipt and never a second answer. In a translation
/// (<c>…/svara/fi</c>) the survey's texts are in that language and its ids the Swedish survey's, so the
/// answers are the same answers; the page's own interface text is English on an English page and otherwise Swedish,
/// marked <c>lang="sv"</c>.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class AnswerModel(
    KommunService kommuner,
    SurveyService surveys,
    InvitationCodeService invitations,
    SubmissionService submissions,
    IdempotencyKeys keys,
    OpenSurveyLimiter limiter,
    TimeProvider time) : SitePageModel
{
    /// <summary>The survey in the page's language (the Swedish survey, or its localized copy).</summary>
    public Survey Survey { get; private set; } = null!;

    /// <summary>The Swedish survey, with its translations.</summary>
    public Survey Source { get; private set; } = null!;

    /// <summary>The translation's code from the address; null for Swedish.</summary>
    public string? Sprak { get; private set; }

    /// <summary>On <see cref="AnswerStep.LanguageMissing"/>: the language asked for, when the site knows it.</summary>
    public SiteLanguage? AskedFor { get; private set; }

    /// <summary>The language switch: Swedish and every complete translation.</summary>
    public IReadOnlyList<LanguageChoice> Choices { get; private set; } = [];

    /// <summary>The first page of the flow, where nothing is answered yet: the only one that offers other languages (a link would leave answers behind).</summary>
    public bool Start { get; private set; }

    /// <summary>Where the form posts: this flow's address, in its language.</summary>
    public string ActionPath => $"/{Kommun!.Slug}/dialog/{Survey.Slug}/svara{DialogLanguages.Suffix(Sprak)}";

    public AnswerStep Step { get; private set; }

    /// <summary>The question shown on a <see cref="AnswerStep.Question"/> page.</summary>
    public Question? Current { get; private set; }

    /// <summary>The questions the participant sees, given the answers so far.</summary>
    public IReadOnlyList<Question> Questions { get; private set; } = [];

    public AnswerForm Answers { get; private set; } = null!;

    /// <summary>The form's idempotency key, carried from the first page to the submit.</summary>
    public string Key { get; private set; } = "";

    /// <summary>The invitation code as typed.</summary>
    public string? Code { get; private set; }

    /// <summary>The participant came to this question from the check page and returns there.</summary>
    public bool Returning { get; private set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    /// <summary>The receipt code, once the answers are stored.</summary>
    public string? ReceiptCode { get; private set; }

    /// <summary>The answers were stored before (a resubmit): the same receipt as then.</summary>
    public bool WasDuplicate { get; private set; }

    /// <summary>The store could not take the answers; the page offers to send them again (503).</summary>
    public bool Unavailable { get; private set; }

    /// <summary>Too many answers from this connection: how long to wait (429).</summary>
    public TimeSpan? RetryAfter { get; private set; }

    /// <summary>A trial run with the survey's trial token (<see cref="IdempotencyKeys.TrialToken"/>): before opening too, nothing stored.</summary>
    public bool Trial => TrialToken is not null;

    /// <summary>The trial token, carried from page to page.</summary>
    public string? TrialToken { get; private set; }

    /// <summary>Where "back to the dialog" goes: the public page, or for a trial run the editors' preview.</summary>
    public string DialogPath => Trial ? $"/redaktor/dialoger/{Survey.Id}/forhandsgranska" : $"/{Kommun!.Slug}/dialog/{Survey.Slug}{DialogLanguages.Suffix(Sprak)}";

    /// <summary>"Fråga 3 av 8" (the count follows the answers, as conditions add or remove questions).</summary>
    public int Position => Current is null ? 0 : Questions.ToList().FindIndex(q => q.Id == Current.Id) + 1;

    public async Task<IActionResult> OnGetAsync(string kommun, string slug, [FromRoute] string? sprak, [FromQuery(Name = "prov")] string? trial, CancellationToken cancellationToken)
    {
        if (await LoadAsync(kommun, slug, sprak, trial, cancellationToken) is { } missing)
        {
            return missing;
        }

        Answers = AnswerForm.Empty(Survey);
        Questions = Answers.Path();
        if (!Trial && !Survey.IsOpenAt(Now))
        {
            return Show(AnswerStep.NotOpen);
        }

        Key = keys.Create(Survey.Id);
        Start = true;
        return AsksForCode ? Show(AnswerStep.Code) : ShowQuestion(Questions[0]);
    }

    public async Task<IActionResult> OnPostAsync(string kommun, string slug, [FromForm(Name = "ga")] string? action,
        [FromForm(Name = "steg")] string? step, [FromForm(Name = "nyckel")] string? key, [FromForm(Name = "kod")] string? code,
        [FromForm(Name = "granska")] string? returning, [FromForm(Name = "prov")] string? trial, [FromRoute] string? sprak, CancellationToken cancellationToken)
    {
        // A form the framework cannot read (a NUL in a value) binds nothing, the route included: that is a bad
        // request, not "no such page" (it answered 404; found by the hostile-input run, issue 9).
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        if (await LoadAsync(kommun, slug, sprak, trial, cancellationToken) is { } missing)
        {
            return missing;
        }

        Answers = AnswerForm.Read(Survey, Request.Form);
        Questions = Answers.Path();
        Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        Returning = returning == "1";
        if (!Trial && !Survey.IsOpenAt(Now))
        {
            return Show(AnswerStep.NotOpen);
        }

        // A form whose key is not ours (edited, of another survey, from before a secret change) cannot be
        // stored exactly once; it starts again with a fresh key, keeping the answers it carries.
        if (!keys.IsValid(Survey.Id, key))
        {
            Key = keys.Create(Survey.Id);
            Errors = [AnswerValidator.TamperedKey];
            return AsksForCode && Code is null ? Show(AnswerStep.Code) : Show(AnswerStep.Check);
        }

        Key = key!;
        if (AsksForCode && step == "kod")
        {
            return await ContinueFromCodeAsync(cancellationToken);
        }

        if (action == "skicka")
        {
            return await SubmitAsync(cancellationToken);
        }

        if (action?.StartsWith("andra-q", StringComparison.Ordinal) == true && Find(action["andra-".Length..]) is { } change)
        {
            Returning = true;
            return ShowQuestion(change);
        }

        var current = Find(step);
        if (current is null)
        {
            // Unknown or now-hidden step (its condition changed): the check page lists what is left to answer.
            return Show(AnswerStep.Check);
        }

        var index = Questions.ToList().IndexOf(current);
        if (action == "tillbaka")
        {
            if (Returning)
            {
                return Show(AnswerStep.Check);
            }

            if (index > 0)
            {
                return ShowQuestion(Questions[index - 1]);
            }

            return AsksForCode ? Show(AnswerStep.Code) : ShowQuestion(current);
        }

        Errors = ErrorsFor(current);
        if (Errors.Count > 0)
        {
            return ShowQuestion(current);
        }

        // From the check page, straight back to it, unless the change opened a question still unanswered.
        var next = Returning
            ? Questions.Skip(index + 1).FirstOrDefault(q => q.Required && Answers.Describe(q) is null)
            : Questions.ElementAtOrDefault(index + 1);
        return next is null ? Show(AnswerStep.Check) : ShowQuestion(next);
    }

    private async Task<IActionResult> ContinueFromCodeAsync(CancellationToken cancellationToken)
    {
        var state = await invitations.CheckAsync(Survey.Id, Code, cancellationToken);
        if (AnswerValidator.InvitationError(state) is { } error)
        {
            Errors = [error];
            return Show(AnswerStep.Code);
        }

        return Returning ? Show(AnswerStep.Check) : ShowQuestion(Questions[0]);
    }

    private async Task<IActionResult> SubmitAsync(CancellationToken cancellationToken)
    {
        // A trial run is checked exactly as a real answer would be, at a moment the survey is open, and not stored.
        if (Trial)
        {
            Errors = AnswerValidator.Validate(Survey, Answers.Answers(), Moment).Errors;
            return Show(Errors.Count == 0 ? AnswerStep.TrialDone : AnswerStep.Check);
        }

        // Open surveys: a few answers per connection and ten minutes; the answers stay on the page to send again.
        if (Survey.Mode == ParticipationMode.Open && limiter.TryAcquire(HttpContext) is { } retryAfter)
        {
            RetryAfter = retryAfter;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Show(AnswerStep.Check);
            return StatusPage(StatusCodes.Status429TooManyRequests);
        }

        var result = await submissions.SubmitAsync(Survey.Id, Key, Answers.Answers(), Code, cancellationToken);
        switch (result.Status)
        {
            case SubmissionStatus.Accepted or SubmissionStatus.Duplicate:
                ReceiptCode = result.ReceiptCode;
                WasDuplicate = result.Status == SubmissionStatus.Duplicate;
                return Show(AnswerStep.Receipt);
            case SubmissionStatus.Unavailable:
                Unavailable = true;
                Response.Headers.RetryAfter = Shared.StoreUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Show(AnswerStep.Check);
                return StatusPage(StatusCodes.Status503ServiceUnavailable);
            default:
                Errors = result.Errors;
                if (Errors.Any(e => e.Field == AnswerFields.InvitationCode))
                {
                    Returning = true;
                    return Show(AnswerStep.Code);
                }

                return Show(AnswerStep.Check);
        }
    }

    /// <summary>The engine's messages for one question: its own field and, for a matrix, its rows.</summary>
    private List<FieldError> ErrorsFor(Question question)
    {
        var upToHere = Questions.TakeWhile(q => q.Id != question.Id).Select(q => q.Id).Append(question.Id).ToHashSet();
        var answered = Answers.Answers().Where(a => upToHere.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value);
        var own = AnswerForm.FieldNames(question).Append(AnswerFields.Question(question.Id)).ToHashSet(StringComparer.Ordinal);
        return [.. AnswerValidator.Validate(Survey, answered, Moment).Errors.Where(e => own.Contains(e.Field))];
    }

    private Question? Find(string? step) =>
        step is { Length: > 1 } && step[0] == 'q' && int.TryParse(step.AsSpan(1), out var id) ? Questions.FirstOrDefault(q => q.Id == id) : null;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The moment answers are checked at: now, or for a trial outside the open period the nearest open moment.</summary>
    private DateTime Moment => !Trial || Survey.IsOpenAt(Now) ? Now : Now < Survey.OpensAt ? Survey.OpensAt : Survey.ClosesAt.AddTicks(-1);

    /// <summary>Invitation surveys start with the code; a trial run has no code to burn and skips it.</summary>
    private bool AsksForCode => Survey.Mode == ParticipationMode.Invitation && !Trial;

    private async Task<IActionResult?> LoadAsync(string kommun, string slug, string? sprak, string? trial, CancellationToken cancellationToken)
    {
        Kommun = await kommuner.FindBySlugAsync(kommun, cancellationToken);
        var survey = Kommun is null ? null : await surveys.GetBySlugAsync(slug, cancellationToken);
        TrialToken = survey is not null && keys.IsTrialToken(survey.Id, trial) ? trial : null;
        if (survey is null || !survey.Kommuner.Any(k => k.KommunCode == Kommun!.Code) || (Now < survey.OpensAt && TrialToken is null))
        {
            return NotFound();
        }

        // A survey saved without questions yet has nothing to answer.
        if (survey.Questions.Count == 0)
        {
            return NotFound();
        }

        (Source, Sprak) = (survey, sprak);
        Choices = DialogLanguages.Choices(survey, $"/{Kommun!.Slug}/dialog/{survey.Slug}/svara", sprak);
        if (DialogLanguages.Resolve(survey, sprak) is not { } shown)
        {
            // Not a dead end: the 404 names the language asked for and links to the versions there are.
            (Survey, Sprak, AskedFor) = (survey, null, SiteLanguages.Find(sprak));
            Choices = DialogLanguages.Choices(survey, $"/{Kommun.Slug}/dialog/{survey.Slug}/svara", "-");
            Show(AnswerStep.LanguageMissing);
            return StatusPage(StatusCodes.Status404NotFound);
        }

        Survey = shown;
        Language = sprak ?? SiteLanguages.SwedishCode;
        return null;
    }

    private PageResult ShowQuestion(Question question)
    {
        Current = question;
        return Show(AnswerStep.Question);
    }

    private PageResult Show(AnswerStep step)
    {
        Step = step;
        var page = step switch
        {
            AnswerStep.NotOpen => Chrome["DialogClosedTitle"],
            AnswerStep.Code => Chrome["DialogCodeTitle"],
            AnswerStep.Question => Current!.Text,
            AnswerStep.Check => Chrome["DialogCheckHeading"],
            AnswerStep.TrialDone => "Provsvaret gick igenom",
            AnswerStep.LanguageMissing => "Språket finns inte",
            _ => Chrome["DialogThanks"],
        };
        Title = $"{(Errors.Count > 0 || Unavailable || RetryAfter is not null ? Chrome["DialogErrorPrefix"] : "")}{(Trial ? "Prov: " : "")}{page} – {Survey.Title}";

        // The survey's title is in the page's language; the trail around it is interface text.
        var titleLang = Chrome.Language == Language ? null : Language;
        Breadcrumbs = Trial
            ? [new Crumb(Kommun!.Name, $"/{Kommun.Slug}"), new Crumb($"Prov: {Survey.Title}", null, titleLang)]
            : [new Crumb(Kommun!.Name, $"/{Kommun.Slug}"), new Crumb(Chrome["DialogsCrumb"], $"/{Kommun.Slug}/dialog"), new Crumb(Survey.Title, DialogPath, titleLang), new Crumb(Chrome["DialogAnswerCrumb"], null)];
        return Page();
    }

    private PageResult StatusPage(int status)
    {
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}
