using Halsoportal.Dialog;
using Halsoportal.Dialog.Answering;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Submissions;
using Halsoportal.Dialog.Surveys;

// A minimal host over the submission engine for the crash test: POST /submit answers only after
// the engine has committed (or refused) the submission. Arguments: --data <folder> --urls <url>.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var dataFolder = builder.Configuration["data"] ?? throw new InvalidOperationException("Usage: --data <folder> --urls <url>");
builder.Services.AddHalsoportalDialog(builder.Configuration, dataFolder);
var app = builder.Build();

int surveyId;
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DialogStoreInitializer>().InitializeAsync(CancellationToken.None);
    surveyId = await CrashSurvey.EnsureAsync(scope.ServiceProvider.GetRequiredService<SurveyService>(), CancellationToken.None);
}

// Made (or read) at start-up, not on the first form: the driver signs its keys with it.
app.Services.GetRequiredService<IdempotencyKeys>();

// Graceful stops commit what is queued; kill -9 is what the test is about.
app.Lifetime.ApplicationStopping.Register(() => app.Services.GetRequiredService<SubmissionService>().StopAsync(CancellationToken.None).GetAwaiter().GetResult());

app.MapGet("/health", () => Results.Ok("ok"));
app.MapGet("/survey", async (SurveyService surveys, CancellationToken ct) =>
{
    var survey = await surveys.GetAsync(surveyId, ct);
    return Results.Ok(new SurveyInfo(surveyId, [.. survey!.Questions.Select(q => new QuestionInfo(q.Id, q.Type.ToString(), [.. q.Options.Select(o => o.Id)]))]));
});
app.MapPost("/submit", async (SubmitRequest request, SubmissionService engine, CancellationToken ct) =>
{
    var answers = request.Answers.ToDictionary(a => a.Key, a => new AnswerInput { OptionIds = a.Value.OptionIds ?? [], Value = a.Value.Value, Text = a.Value.Text });
    var result = await engine.SubmitAsync(surveyId, request.Key, answers, null, ct);
    return result.Status switch
    {
        SubmissionStatus.Accepted or SubmissionStatus.Duplicate => Results.Ok(new SubmitResponse(result.Status.ToString(), result.ReceiptCode)),
        SubmissionStatus.Invalid => Results.UnprocessableEntity(new SubmitResponse(result.Status.ToString(), null)),
        _ => Results.StatusCode(StatusCodes.Status503ServiceUnavailable),
    };
});

await app.RunAsync();

internal sealed record SurveyInfo(int SurveyId, IReadOnlyList<QuestionInfo> Questions);

internal sealed record QuestionInfo(int Id, string Type, IReadOnlyList<int> Options);

internal sealed record SubmitRequest(string Key, Dictionary<int, AnswerDto> Answers);

internal sealed record AnswerDto(int[]? OptionIds, int? Value, string? Text);

internal sealed record SubmitResponse(string Status, string? Receipt);

/// <summary>The one survey the crash test answers: open for a year around now, three questions.</summary>
internal static class CrashSurvey
{
    public const string Slug = "krasch";

    public static async Task<int> EnsureAsync(SurveyService surveys, CancellationToken cancellationToken)
    {
        if (await surveys.GetBySlugAsync(Slug, cancellationToken) is { } existing)
        {
            return existing.Id;
        }

        var now = DateTime.UtcNow;
        var survey = new Survey
        {
            Slug = Slug,
            Title = "Kraschtest",
            Purpose = "Visar att inga svar försvinner.",
            PrivacyNotice = "Inga personuppgifter sparas.",
            OpensAt = now.AddDays(-1),
            ClosesAt = now.AddYears(1),
            Kommuner = [new SurveyKommun { KommunCode = "2281" }],
            Questions =
            [
                new Question { Order = 1, Type = QuestionType.SingleChoice, Text = "Hur ofta rör du dig?", Required = true, Options = [new() { Order = 1, Text = "Varje dag" }, new() { Order = 2, Text = "Ibland" }] },
                new Question { Order = 2, Type = QuestionType.Scale, Text = "Hur trygg känner du dig?", ScaleMin = 1, ScaleMax = 5, ScaleMinLabel = "Inte alls", ScaleMaxLabel = "Mycket" },
                new Question { Order = 3, Type = QuestionType.FreeText, Text = "Något mer?", MaxLength = 500 },
            ],
        };
        var result = await surveys.CreateAsync(survey, cancellationToken);
        return result.SurveyId ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }
}
