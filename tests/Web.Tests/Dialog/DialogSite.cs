using Halsoportal.Dialog.Answering;
using Halsoportal.Dialog.Submissions;
using Halsoportal.Dialog.Surveys;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Halsoportal.Web.Tests.Dialog;

/// <summary>
/// A site on a fixed clock with dialog surveys made for the tests (not the demo's), so each test
/// knows every question and option. Surveys are made open from one hour ago for a week unless a
/// test moves them.
/// </summary>
public sealed class DialogSite : IAsyncLifetime, IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2027, 3, 10, 10, 0, 0, TimeSpan.Zero);

    private int _surveys;

    /// <summary>Where the clock starts; surveys are made open from an hour before it.</summary>
    public DateTimeOffset Start { get; init; } = Now;

    public FakeTimeProvider Clock { get; private set; } = null!;

    public SiteFactory Site { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Answers one address may send to open surveys (the limit's own test sets a small one).</summary>
    public int AnswerLimit { get; init; } = 10_000;

    /// <summary>Keep every log line the app writes, with ASP.NET Core's own request logging on too.</summary>
    public bool CaptureLogs { get; init; }

    public Task InitializeAsync()
    {
        Clock = new FakeTimeProvider(Start);
        Site = new SiteFactory { Clock = Clock, CaptureLogs = CaptureLogs }
            .WithSetting("Logging:LogLevel:Microsoft.AspNetCore", CaptureLogs ? "Information" : null)
            .WithSetting("Halsoportal:Dialog:OpenAnswersPerAddress", AnswerLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Client = Site.CreateSiteClient();
        return Task.CompletedTask;
    }

    /// <summary>Saves a survey (the test's own slug) for Sundsvall and returns it with its ids.</summary>
    public async Task<Survey> CreateAsync(Action<Survey>? change = null)
    {
        var survey = SampleSurvey.Build($"test-{Interlocked.Increment(ref _surveys)}", Start.UtcDateTime.AddHours(-1), Start.UtcDateTime.AddDays(7));
        change?.Invoke(survey);
        await using var scope = Site.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SurveyService>();
        var result = await service.CreateAsync(survey, CancellationToken.None);
        Assert.True(result.Status == SurveyCommandStatus.Done, string.Join("; ", result.Errors.Select(e => e.Message)));
        return (await service.GetAsync(result.SurveyId!.Value, CancellationToken.None))!;
    }

    /// <summary>Answers as many as <paramref name="perAgeGroup"/> says, each with the given age option.</summary>
    public async Task AnswerAsync(Survey survey, params (string Age, int Count)[] perAgeGroup)
    {
        var keys = Site.Services.GetRequiredService<IdempotencyKeys>();
        var age = survey.Questions.Single(q => q.Text == SampleSurvey.Age);
        var evening = survey.Questions.Single(q => q.Text == SampleSurvey.Evening);
        var safety = survey.Questions.Single(q => q.Text == SampleSurvey.Safety);
        var places = survey.Questions.Single(q => q.Text == SampleSurvey.Places);
        var cycling = survey.Questions.Single(q => q.Text == SampleSurvey.Cycling);
        var n = 0;
        foreach (var (ageText, count) in perAgeGroup)
        {
            for (var i = 0; i < count; i++, n++)
            {
                var answers = new Dictionary<int, AnswerInput>
                {
                    [age.Id] = AnswerInput.Choice(age.Options.Single(o => o.Text == ageText).Id),
                    [evening.Id] = AnswerInput.Choice(evening.Options[n % 2].Id),
                    [safety.Id] = AnswerInput.Scale(1 + (n % 5)),
                    [places.Id] = AnswerInput.Matrix(places.Options.ToDictionary(o => o.Id, _ => 1 + (n % 4))),
                };
                if (n % 2 == 1)
                {
                    answers[cycling.Id] = AnswerInput.FreeText("Mörkt vid viadukten");
                }

                var result = await Engine.SubmitAsync(survey.Id, keys.Create(survey.Id), answers);
                Assert.Equal(SubmissionStatus.Accepted, result.Status);
            }
        }
    }

    /// <summary>A batch of invitation codes, in plain text as the printed sheet shows them.</summary>
    public async Task<IReadOnlyList<string>> CreateCodesAsync(int surveyId, int count)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var batch = await scope.ServiceProvider.GetRequiredService<Halsoportal.Dialog.Invitations.InvitationCodeService>()
            .CreateBatchAsync(surveyId, count, "Stormöte i Haga", CancellationToken.None);
        Assert.Equal(count, batch.Codes.Count);
        return batch.Codes;
    }

    /// <summary>Stored responses of a survey, read from the dialog store.</summary>
    public long Responses(int surveyId)
    {
        using var connection = Site.OpenDialogStore();
        using var command = connection.CreateCommand();
        command.CommandText = SiteFactory.Sql($"SELECT COUNT(*) FROM SurveyResponses WHERE SurveyId = {surveyId}");
        return (long)command.ExecuteScalar()!;
    }

    public SubmissionService Engine => Site.Services.GetRequiredService<SubmissionService>();

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Site.DisposeAsync();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}
