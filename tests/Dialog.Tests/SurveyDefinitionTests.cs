using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Dialog.Tests;

public sealed class SurveyDefinitionTests
{
    [Fact]
    public void Validate_BuilderSurvey_IsValid() => Assert.Empty(SurveyDefinitionValidator.Validate(new SurveyBuilder().Build()));

    [Fact]
    public void Validate_BrokenSurvey_ReportsEachProblem()
    {
        var survey = new SurveyBuilder().Build();
        survey.PrivacyNotice = " ";
        survey.Slug = "Trygghet i centrum";
        survey.Kommuner.Clear();
        survey.ClosesAt = survey.OpensAt;
        survey.Questions[2].MaxChoices = 9;
        survey.Questions[3].ScaleMax = 1;
        survey.Questions[6].MaxLength = null;
        survey.Questions[7].ShowWhenQuestion = survey.Questions[3];

        var fields = SurveyDefinitionValidator.Validate(survey).Select(e => e.Field).ToList();

        Assert.Equal(["slug", "privacyNotice", "kommuner", "closesAt", "questions[3]", "questions[4]", "questions[7]", "questions[8]"], fields);
    }

    [Fact]
    public async Task CreateAsync_SavesConditionsAndRefusesATakenSlug()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());

        var bus = survey.Q(8);
        Assert.Equal((survey.Q(2).Id, survey.Q(2).Options[1].Id), (bus.ShowWhenQuestionId, bus.ShowWhenOptionId));
        Assert.Equal(["2262", "2281"], survey.Kommuner.Select(k => k.KommunCode).Order());
        var again = await host.WithAsync<SurveyService, SurveyCommandResult>(s => s.CreateAsync(new SurveyBuilder().Build(), CancellationToken.None));
        Assert.Equal("slug", Assert.Single(again.Errors).Field);
        var listed = await host.WithAsync<SurveyService, IReadOnlyList<Survey>>(s => s.ListForKommunAsync("2262", CancellationToken.None));
        Assert.Single(listed);
    }

    [Fact]
    public async Task AddStatusEntryAsync_TimelineIsKeptInDateOrder()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());

        var decided = await host.WithAsync<SurveyService, SurveyCommandResult>(s => s.AddStatusEntryAsync(survey.Id, new SurveyStatusEntry
        {
            Stage = SurveyStage.Decided, Date = new DateOnly(2027, 6, 1), Title = "Beslut i kommunstyrelsen",
            Text = "Parken får ny belysning.", DecisionUrl = "https://www.sundsvall.se/beslut/123",
        }, CancellationToken.None));
        await host.WithAsync<SurveyService, SurveyCommandResult>(s => s.AddStatusEntryAsync(survey.Id, new SurveyStatusEntry
        {
            Stage = SurveyStage.Analysing, Date = new DateOnly(2027, 4, 10), Title = "Vi går igenom svaren", Text = "Tack för alla svar.",
        }, CancellationToken.None));
        var bad = await host.WithAsync<SurveyService, SurveyCommandResult>(s => s.AddStatusEntryAsync(survey.Id, new SurveyStatusEntry
        {
            Stage = SurveyStage.Implemented, Date = new DateOnly(2027, 9, 1), Title = "Klart", Text = "Lamporna är på plats.", DecisionUrl = "javascript:alert(1)",
        }, CancellationToken.None));
        var read = await host.WithAsync<SurveyService, Survey?>(s => s.GetAsync(survey.Id, CancellationToken.None));

        Assert.Equal(SurveyCommandStatus.Done, decided.Status);
        Assert.Equal("decisionUrl", Assert.Single(bad.Errors).Field);
        Assert.Equal([SurveyStage.Analysing, SurveyStage.Decided], read!.Timeline.Select(t => t.Stage));
    }

    [Fact]
    public async Task Model_HasNoChangesWithoutAMigration()
    {
        await using var host = await DialogTestHost.CreateAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DialogDbContext>();

        var (context, folder) = db.Database.IsNpgsql() ? ("PostgresDialogDbContext", "Postgres") : ("SqliteDialogDbContext", "Sqlite");
        Assert.False(db.Database.HasPendingModelChanges(), $"Run: dotnet ef migrations add <Name> --project src/Dialog --context {context} --output-dir Storage/Migrations/{folder} --namespace Halsoportal.Dialog.Storage.Migrations.{folder}");
    }

    [SqliteOnlyFact("SQLite's journal mode; the PostgreSQL pass checks synchronous_commit instead (Initialize_PostgresCommitsSynchronously)")]
    public async Task Initialize_StoreIsWalAndTheKeySecretIsKeptInTheDataFolder()
    {
        await using var host = await DialogTestHost.CreateAsync();
        using var raw = host.OpenRaw();
        using var command = new Microsoft.Data.Sqlite.SqliteCommand("PRAGMA journal_mode", (Microsoft.Data.Sqlite.SqliteConnection)raw);

        Assert.Equal("wal", (string?)command.ExecuteScalar());
        Assert.NotNull(host.Keys);
        Assert.True(File.Exists(Path.Combine(host.Folder, "dialog-key.bin")));
    }

    [Fact]
    public async Task Initialize_BothProvidersCommitDurablyAndTheKeySecretIsKeptInTheDataFolder()
    {
        await using var host = await DialogTestHost.CreateAsync();
        using var raw = host.OpenRaw();
        using var command = raw.CreateCommand();
        command.CommandText = Halsoportal.Testing.TestPostgres.Enabled ? "SHOW synchronous_commit" : "PRAGMA journal_mode";

        // The raw connection has no settings of its own: this is the store's default, which the
        // app's connections override (synchronous_commit=on in their connection string).
        Assert.Equal(Halsoportal.Testing.TestPostgres.Enabled ? "on" : "wal", Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DialogDbContext>();
        Assert.Equal(Halsoportal.Testing.TestPostgres.Enabled, db.Database.IsNpgsql());
        Assert.NotNull(host.Keys);
        Assert.True(File.Exists(Path.Combine(host.Folder, "dialog-key.bin")));
    }
}
