using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Halsoportal.Dialog.Answering;
using Halsoportal.Dialog.Invitations;
using Halsoportal.Dialog.Submissions;
using Halsoportal.Dialog.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>
/// The survey builder over HTTP as an editor's browser sends it: create, one question of each type with a condition,
/// settings, move and delete; other kommuner's surveys are "not found"; bad input gets Swedish field errors and saves
/// nothing; after the first answer breaking changes are refused and wording changes saved; two editors on the same
/// settings get a conflict that keeps the input; invitation codes print once; the återkoppling timeline grows.
/// </summary>
public sealed class DialogEditorTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Sundsvall = "2281";
    private const string Jonkoping = "0680";

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private Task<Survey> ReadAsync(int id) => InScopeAsync(async sp => (await sp.GetRequiredService<SurveyService>().GetAsync(id, default))!);

    private Task<int> SurveyCountAsync() => InScopeAsync(sp => sp.GetRequiredService<Halsoportal.Dialog.Storage.DialogDbContext>().Surveys.CountAsync());

    private static async Task<IDocument> DocumentOf(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    private static int IdOf(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}");
        var path = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/redaktor/dialoger/", path, StringComparison.Ordinal);
        return int.Parse(path["/redaktor/dialoger/".Length..], CultureInfo.InvariantCulture);
    }

    private static KeyValuePair<string, string>[] SettingsFields(string title, string kommun, string mode = "Open", string slug = "") =>
    [
        new("Input.Title", title), new("Input.Slug", slug), new("Input.Purpose", "Kommunen vill veta vad som gör centrum tryggare."),
        new("Input.PrivacyNotice", "Vi sparar dina svar utan namn i ett år efter att enkäten stängt."), new("Input.Kommuner", kommun),
        new("Input.OpensAt", "2030-03-01T08:00"), new("Input.ClosesAt", "2030-03-31T20:00"), new("Input.Mode", mode),
        new("Input.RetentionDays", "365"), new("Input.SuppressionThreshold", "5"), new("Input.ResultsPublishedFrom", ""),
    ];

    private static async Task<FormFields> FormAsync(EditorClient client, string url, string field)
    {
        var (response, document) = await client.GetDocumentAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} gave {(int)response.StatusCode}");
        return FormFields.Of(document, field);
    }

    private static async Task<int> AddQuestionAsync(EditorClient client, int id, string type, Action<FormFields> fill)
    {
        var url = $"/redaktor/dialoger/{id}/fragor/ny?typ={type}";
        var form = await FormAsync(client, url, "Input.Text");
        fill(form);
        var response = await client.PostFormAsync(url, form.All);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Adding a {type} question gave {(int)response.StatusCode}: {await ErrorsOf(response)}");
        return id;
    }

    private static async Task<string> ErrorsOf(HttpResponseMessage response) =>
        string.Join("; ", (await DocumentOf(response)).QuerySelectorAll(".error-summary li").Select(e => e.TextContent.Trim()));

    /// <summary>A survey made through the services (opened an hour ago), with one required single choice and one free text.</summary>
    private Task<Survey> CreateOpenSurveyAsync(ParticipationMode mode = ParticipationMode.Open) => InScopeAsync(async sp =>
    {
        var editing = sp.GetRequiredService<SurveyEditingService>();
        var now = DateTime.UtcNow;
        var created = await editing.CreateAsync(new SurveySettings(
            $"Öppen dialog {Unique()}", $"oppen-dialog-{Unique()}", "Syftet.", "Integritetstexten.", now.AddHours(-1), now.AddDays(10), mode,
            90, false, 5, null, [Sundsvall]), default);
        var choice = await editing.AddQuestionAsync(created.SurveyId, created.Version,
            new QuestionDraft(QuestionType.SingleChoice, "Hur tar du dig till centrum?", null, true, false, true, ["Bil", "Buss", "Cykel"], null, null, null, null, null, null, null), default);
        var text = await editing.AddQuestionAsync(created.SurveyId, choice.Version,
            new QuestionDraft(QuestionType.FreeText, "Något mer?", null, false, false, true, [], null, null, null, null, null, 200, null), default);
        Assert.Equal(SurveyCommandStatus.Done, text.Status);
        return (await sp.GetRequiredService<SurveyService>().GetAsync(created.SurveyId, default))!;
    });

    [Fact]
    public async Task Builder_CreateAddEveryTypeEditMoveDelete_SavesTheSurveyAsBuilt()
    {
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall);
        var n = Unique();

        // An empty address is made from the title, Swedish letters folded.
        var id = IdOf(await editor.PostFormAsync("/redaktor/dialoger/ny", SettingsFields($"Åtgärder för äldre i Örnsköldsvik {n}", Sundsvall)));
        var created = await ReadAsync(id);
        Assert.Equal($"atgarder-for-aldre-i-ornskoldsvik-{n}", created.Slug);
        Assert.Equal(new DateTime(2030, 3, 1, 7, 0, 0, DateTimeKind.Utc), created.OpensAt);
        Assert.Equal(new DateTime(2030, 3, 31, 18, 0, 0, DateTimeKind.Utc), created.ClosesAt);
        Assert.Equal([Sundsvall], created.Kommuner.Select(k => k.KommunCode));

        await AddQuestionAsync(editor, id, "enval", f => f.Set("Input.Text", "Var bor du?").Set("Input.Options", "Centrum\r\nNorr\r\nSöder").Set("Input.IsBackground", "true"));
        await AddQuestionAsync(editor, id, "flerval", f => f.Set("Input.Text", "Vad gör du i centrum?").Set("Input.Options", "Handlar\nPromenerar\nÄter").Set("Input.MaxChoices", "2").Set("Input.Required", "true"));
        await AddQuestionAsync(editor, id, "skala", f => f.Set("Input.Text", "Hur trygg känner du dig?").Set("Input.ScaleMinLabel", "Inte alls").Set("Input.ScaleMaxLabel", "Mycket"));
        await AddQuestionAsync(editor, id, "matris", f => f.Set("Input.Text", "Betygsätt platserna").Set("Input.Options", "Torget\nParken").Set("Input.ScaleMinLabel", "Dåligt").Set("Input.ScaleMaxLabel", "Bra"));
        await AddQuestionAsync(editor, id, "rangordning", f => f.Set("Input.Text", "Rangordna förslagen").Set("Input.Options", "Belysning\nBänkar\nNattbuss"));
        var (_, page) = await editor.GetDocumentAsync($"/redaktor/dialoger/{id}/fragor/ny?typ=fritext");
        var norr = page.QuerySelectorAll("#Input_ShowWhenOptionId option").Single(o => o.TextContent == "Fråga 1: Norr").GetAttribute("value")!;
        Assert.DoesNotContain(page.QuerySelectorAll("#Input_ShowWhenOptionId option"), o => o.TextContent.StartsWith("Fråga 4", StringComparison.Ordinal));
        await AddQuestionAsync(editor, id, "fritext", f => f.Set("Input.Text", "Vad saknar du i norr?").Set("Input.MaxLength", "300").Set("Input.ShowWhenOptionId", norr));

        var survey = await ReadAsync(id);
        Assert.Equal(
            [QuestionType.SingleChoice, QuestionType.MultipleChoice, QuestionType.Scale, QuestionType.Matrix, QuestionType.Ranking, QuestionType.FreeText],
            survey.Questions.Select(q => q.Type));
        Assert.Empty(SurveyDefinitionValidator.Validate(survey));
        var (area, conditional) = (survey.Questions[0], survey.Questions[5]);
        Assert.Equal(["Centrum", "Norr", "Söder"], area.Options.Select(o => o.Text));
        Assert.True(area.IsBackground);
        Assert.Equal((2, true), (survey.Questions[1].MaxChoices, survey.Questions[1].Required));
        Assert.Equal((1, 5, "Inte alls"), (survey.Questions[2].ScaleMin!.Value, survey.Questions[2].ScaleMax!.Value, survey.Questions[2].ScaleMinLabel));
        Assert.Equal((area.Id, area.Options[1].Id, 300), (conditional.ShowWhenQuestionId!.Value, conditional.ShowWhenOptionId!.Value, conditional.MaxLength!.Value));

        // Settings: the form round-trips and a change is saved.
        var settings = await FormAsync(editor, $"/redaktor/dialoger/{id}/installningar", "Input.Title");
        Assert.Equal("2030-03-01T08:00", settings["Input.OpensAt"]);
        settings.Set("Input.Title", $"Trygghet för äldre {n}").Set("Input.Mode", "Invitation").Set("Input.ResultsPublishedFrom", "2030-04-15T09:00");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"/redaktor/dialoger/{id}/installningar", settings.All)).StatusCode);
        survey = await ReadAsync(id);
        Assert.Equal(($"Trygghet för äldre {n}", ParticipationMode.Invitation, (DateTime?)new DateTime(2030, 4, 15, 7, 0, 0, DateTimeKind.Utc)), (survey.Title, survey.Mode, survey.ResultsPublishedFrom));

        // Move the ranking question up, then delete the matrix question (now fifth).
        var (_, overview) = await editor.GetDocumentAsync($"/redaktor/dialoger/{id}");
        Assert.NotNull(overview.QuerySelector($"a[href='/redaktor/dialoger/{id}/koder']"));
        Assert.NotNull(overview.QuerySelector($"a[href='/redaktor/dialoger/{id}/resultat']"));
        Assert.NotNull(overview.QuerySelector($"a[href='/redaktor/dialoger/{id}/forhandsgranska']"));
        Assert.NotNull(overview.QuerySelector($"a[href='/sundsvall/dialog/{survey.Slug}']"));
        var version = overview.QuerySelector("input[name=version]")!.GetAttribute("value")!;
        var ranking = survey.Questions[4].Id.ToString(CultureInfo.InvariantCulture);
        var moved = await editor.PostFormAsync($"/redaktor/dialoger/{id}?handler=move", [new("questionId", ranking), new("down", "false"), new("version", version)]);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        survey = await ReadAsync(id);
        Assert.Equal("Rangordna förslagen", survey.Questions[3].Text);
        var matrix = survey.Questions[4].Id.ToString(CultureInfo.InvariantCulture);
        var deleted = await editor.PostFormAsync($"/redaktor/dialoger/{id}?handler=delete", [new("questionId", matrix), new("version", survey.Version.ToString(CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        survey = await ReadAsync(id);
        Assert.Equal(["Var bor du?", "Vad gör du i centrum?", "Hur trygg känner du dig?", "Rangordna förslagen", "Vad saknar du i norr?"], survey.Questions.Select(q => q.Text));
        Assert.Equal([1, 2, 3, 4, 5], survey.Questions.Select(q => q.Order));

        // The list shows it, and every change was logged.
        var (_, list) = await editor.GetDocumentAsync("/redaktor/dialoger");
        Assert.NotNull(list.QuerySelector($"a[href='/redaktor/dialoger/{id}']"));
        var actions = await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().AuditEntries
            .Where(a => a.ItemType == "survey" && a.ItemId == id.ToString(CultureInfo.InvariantCulture)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["survey.create", "survey.question.add", "survey.question.add", "survey.question.add", "survey.question.add", "survey.question.add", "survey.question.add",
            "survey.settings", "survey.question.move", "survey.question.delete"], actions);
        Assert.Empty(site.Problems);
    }

    [Fact]
    public async Task OtherKommunsEditor_GetsNotFoundEverywhereAndChangesNothing()
    {
        using var sundsvall = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall);
        using var jonkoping = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Jonkoping);
        var survey = await CreateOpenSurveyAsync(ParticipationMode.Invitation);
        var id = survey.Id;

        foreach (var url in new[] { "", "/installningar", "/fragor/ny?typ=skala", $"/fragor/{survey.Questions[0].Id}", "/aterkoppling", "/koder" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await jonkoping.GetAsync($"/redaktor/dialoger/{id}{url}")).StatusCode);
        }

        var posts = new (string Url, KeyValuePair<string, string>[] Fields)[]
        {
            ($"/redaktor/dialoger/{id}/installningar", [new("Version", survey.Version.ToString(CultureInfo.InvariantCulture)), .. SettingsFields("Kapad", Jonkoping)]),
            ($"/redaktor/dialoger/{id}?handler=delete", [new("questionId", survey.Questions[1].Id.ToString(CultureInfo.InvariantCulture)), new("version", survey.Version.ToString(CultureInfo.InvariantCulture))]),
            ($"/redaktor/dialoger/{id}/fragor/{survey.Questions[0].Id}", [new("Input.Type", "enval"), new("Input.Text", "Kapad"), new("Input.Options", "A\nB\nC"), new("Version", survey.Version.ToString(CultureInfo.InvariantCulture))]),
            ($"/redaktor/dialoger/{id}/aterkoppling", [new("Input.Stage", "Decided"), new("Input.Date", "2030-01-01"), new("Input.Title", "Kapad"), new("Input.Text", "Kapad")]),
            ($"/redaktor/dialoger/{id}/koder", [new("Count", "5"), new("Label", "Kapade")]),
        };
        foreach (var (url, fields) in posts)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await jonkoping.PostFormAsync(url, fields, formPage: "/redaktor/dialoger/ny")).StatusCode);
        }

        var after = await ReadAsync(id);
        Assert.Equal((survey.Version, survey.Title, 2, 0), (after.Version, after.Title, after.Questions.Count, after.Timeline.Count));
        Assert.Equal(0, (await InScopeAsync(sp => sp.GetRequiredService<InvitationCodeService>().CountAsync(id, default))).Total);
        var (_, list) = await jonkoping.GetDocumentAsync("/redaktor/dialoger");
        Assert.Null(list.QuerySelector($"a[href='/redaktor/dialoger/{id}']"));
        Assert.Equal(HttpStatusCode.OK, (await sundsvall.GetAsync($"/redaktor/dialoger/{id}")).StatusCode);
    }

    [Fact]
    public async Task Administrators_SeeTheirLansSurveysAndPickAmongTheirKommuner()
    {
        using var region = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22");
        using var system = await EditorClient.SignInAsync(site, EditorRole.SystemAdmin);
        var survey = await CreateOpenSurveyAsync();

        var (_, regionList) = await region.GetDocumentAsync("/redaktor/dialoger");
        Assert.NotNull(regionList.QuerySelector($"a[href='/redaktor/dialoger/{survey.Id}']"));
        var (_, regionForm) = await region.GetDocumentAsync("/redaktor/dialoger/ny");
        var offered = regionForm.QuerySelectorAll("input[name='Input.Kommuner']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains(Sundsvall, offered);
        Assert.DoesNotContain(Jonkoping, offered);
        Assert.Empty(regionForm.QuerySelectorAll("fieldset.kommun-group"));

        // Every kommun for a system administrator, one group per län; the first box is the one the error summary links to.
        var (_, systemForm) = await system.GetDocumentAsync("/redaktor/dialoger/ny");
        Assert.Equal(290, systemForm.QuerySelectorAll("input[name='Input.Kommuner']").Length);
        Assert.Equal(21, systemForm.QuerySelectorAll("fieldset.kommun-group").Length);
        Assert.Single(systemForm.QuerySelectorAll("#Input_Kommuner"));
    }

    [Fact]
    public async Task InvalidInput_GetsSwedishFieldErrorsAndSavesNothing()
    {
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall);
        var before = await SurveyCountAsync();
        var fields = SettingsFields("", Jonkoping).Where(f => f.Key is not ("Input.ClosesAt" or "Input.SuppressionThreshold" or "Input.PrivacyNotice"))
            .Append(new("Input.ClosesAt", "31 mars")).Append(new("Input.SuppressionThreshold", "3")).Append(new("Input.PrivacyNotice", " "));

        var response = await editor.PostFormAsync("/redaktor/dialoger/ny", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await DocumentOf(response);
        Assert.StartsWith("Fel:", page.Title, StringComparison.Ordinal);
        foreach (var (field, message) in new[]
        {
            ("Input_Title", "Skriv en rubrik"), ("Input_PrivacyNotice", "integritetstext"), ("Input_ClosesAt", "datum och tid"),
            ("Input_SuppressionThreshold", "små grupper"), ("Input_Kommuner", "kommuner som du är redaktör för"),
        })
        {
            Assert.Contains(message, page.QuerySelector($"#{field}-fel")?.TextContent ?? $"(no error for {field})", StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector($".error-summary a[href='#{field}']"));
        }

        Assert.Contains("Input_Title-fel", page.QuerySelector("#Input_Title")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("31 mars", page.QuerySelector("#Input_ClosesAt")!.GetAttribute("value"));
        Assert.Equal(before, await SurveyCountAsync());

        // A scale without a range or labels: the question form says so and adds nothing.
        var survey = await CreateOpenSurveyAsync();
        var form = await FormAsync(editor, $"/redaktor/dialoger/{survey.Id}/fragor/ny?typ=skala", "Input.Text");
        form.Set("Input.Text", "Hur nöjd är du?").Set("Input.ScaleMin", "5").Set("Input.ScaleMax", "x");
        var question = await editor.PostFormAsync($"/redaktor/dialoger/{survey.Id}/fragor/ny?typ=skala", form.All);
        var questionPage = await DocumentOf(question);
        Assert.Equal(HttpStatusCode.OK, question.StatusCode);
        Assert.Contains("högsta värde", questionPage.QuerySelector("#Input_ScaleMax-fel")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await ReadAsync(survey.Id)).Questions.Count);
    }

    [Fact]
    public async Task AfterAnAnswer_BreakingChangesAreRefusedAndWordingIsSaved()
    {
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall);
        var survey = await CreateOpenSurveyAsync();
        var choice = survey.Questions[0];
        var submitted = await site.Services.GetRequiredService<SubmissionService>().SubmitAsync(
            survey.Id, site.Services.GetRequiredService<IdempotencyKeys>().Create(survey.Id),
            new Dictionary<int, AnswerInput> { [choice.Id] = AnswerInput.Choice(choice.Options[1].Id) });
        Assert.Equal(SubmissionStatus.Accepted, submitted.Status);
        var url = $"/redaktor/dialoger/{survey.Id}/fragor/{choice.Id}";

        var (_, overview) = await editor.GetDocumentAsync($"/redaktor/dialoger/{survey.Id}");
        Assert.Contains("Enkäten har svar", overview.QuerySelector(".notice--warning")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(overview.QuerySelectorAll("form[action*='handler=delete'], form[action*='handler=move']"));

        var added = (await FormAsync(editor, url, "Input.Text")).Set("Input.Options", "Bil\nBuss\nCykel\nTåg");
        var refused = await editor.PostFormAsync(url, added.All);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("behåll 3 alternativ", (await DocumentOf(refused)).QuerySelector("#Input_Options-fel")!.TextContent, StringComparison.Ordinal);

        var retyped = (await FormAsync(editor, url, "Input.Text")).Set("Input.Type", "flerval");
        Assert.Contains("frågetypen", (await DocumentOf(await editor.PostFormAsync(url, retyped.All))).QuerySelector("#Input_Type-fel")!.TextContent, StringComparison.Ordinal);

        var removed = await editor.PostFormAsync($"/redaktor/dialoger/{survey.Id}?handler=delete",
            [new("questionId", survey.Questions[1].Id.ToString(CultureInfo.InvariantCulture)), new("version", survey.Version.ToString(CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Contains("kan inte tas bort", await ErrorsOf(removed), StringComparison.Ordinal);

        var settings = (await FormAsync(editor, $"/redaktor/dialoger/{survey.Id}/installningar", "Input.Title")).Set("Input.Mode", "Invitation");
        Assert.Contains("sättet att delta", (await DocumentOf(await editor.PostFormAsync($"/redaktor/dialoger/{survey.Id}/installningar", settings.All))).QuerySelector("#Input_Mode-fel")!.TextContent, StringComparison.Ordinal);

        var reworded = (await FormAsync(editor, url, "Input.Text")).Set("Input.Text", "Hur reser du oftast till centrum?").Set("Input.Options", "Bil\nBuss eller tåg\nCykel").Remove("Input.PublishedInResults");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(url, reworded.All)).StatusCode);

        var after = await ReadAsync(survey.Id);
        Assert.Equal(("Hur reser du oftast till centrum?", "Buss eller tåg", false, 2), (after.Questions[0].Text, after.Questions[0].Options[1].Text, after.Questions[0].PublishedInResults, after.Questions.Count));
        Assert.Equal(choice.Options.Select(o => o.Id), after.Questions[0].Options.Select(o => o.Id));
        Assert.Equal(QuestionType.SingleChoice, after.Questions[0].Type);
        Assert.Equal(ParticipationMode.Open, after.Mode);
    }

    [Fact]
    public async Task Settings_TwoEditorsSaveTheSameVersion_SecondGetsConflictAndKeepsInput()
    {
        using var eva = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall, displayName: "Eva");
        using var olle = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall, displayName: "Olle");
        var survey = await CreateOpenSurveyAsync();
        var url = $"/redaktor/dialoger/{survey.Id}/installningar";
        var evasForm = (await FormAsync(eva, url, "Input.Title")).Set("Input.Title", "Evas rubrik");
        var ollesForm = (await FormAsync(olle, url, "Input.Title")).Set("Input.Title", "Olles rubrik").Set("Input.Purpose", "Olles syfte.");

        Assert.Equal(HttpStatusCode.Redirect, (await eva.PostFormAsync(url, evasForm.All)).StatusCode);
        var conflict = await olle.PostFormAsync(url, ollesForm.All);

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await DocumentOf(conflict);
        Assert.StartsWith("Fel:", page.Title, StringComparison.Ordinal);
        Assert.Contains("Någon annan har sparat inställningarna", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Olles rubrik", page.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal("Olles syfte.", page.QuerySelector("#Input_Purpose")!.TextContent);
        Assert.Equal("Evas rubrik", (await ReadAsync(survey.Id)).Title);

        // Saving the kept form again builds on Eva's version.
        var again = await olle.PostFormAsync(url, FormFields.Of(page, "Input.Title").All);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(("Olles rubrik", "Olles syfte."), ((await ReadAsync(survey.Id)).Title, (await ReadAsync(survey.Id)).Purpose));
    }

    [Fact]
    public async Task Codes_GenerateBatch_ShowsDistinctPrintableCodesOnceAndCountRises()
    {
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall);
        var survey = await CreateOpenSurveyAsync(ParticipationMode.Invitation);
        var url = $"/redaktor/dialoger/{survey.Id}/koder";
        var before = await InScopeAsync(sp => sp.GetRequiredService<InvitationCodeService>().CountAsync(survey.Id, default));

        var response = await editor.PostFormAsync(url, [new("Count", "12"), new("Label", "Stormöte Haga 12 mars")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var page = await DocumentOf(response);
        var cards = page.QuerySelectorAll(".code-card");
        Assert.Equal(12, cards.Length);
        var codes = cards.Select(c => c.QuerySelector(".code-card__code strong")!.TextContent).ToList();
        Assert.Equal(12, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$", c));
        Assert.All(cards, c => Assert.Contains(survey.Title, c.TextContent, StringComparison.Ordinal));
        var address = cards[0].QuerySelector(".code-card__address")!.TextContent;
        Assert.Equal($"https://localhost/sundsvall/dialog/{survey.Slug}/svara", address);

        // The QR code opens the answer page with the code after '#', where no server log sees it.
        var qr = cards[0].QuerySelector(".code-card__qr svg")!;
        var expected = Halsoportal.Web.Features.Shared.QrCodes.QrCode.Encode($"{address}#kod={codes[0].Replace("-", "", StringComparison.Ordinal)}");
        var expectedSvg = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(expected.ToSvg($"QR-kod till enkäten med koden {codes[0]}"));
        Assert.Equal(expectedSvg.QuerySelector("path")!.GetAttribute("d"), qr.QuerySelector("path")!.GetAttribute("d"));
        Assert.Equal("img", qr.GetAttribute("role"));
        Assert.Contains(codes[0], qr.GetAttribute("aria-label") ?? "", StringComparison.Ordinal);
        Assert.Contains("visas bara den här gången", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(site.Problems);
        var after = await InScopeAsync(sp => sp.GetRequiredService<InvitationCodeService>().CountAsync(survey.Id, default));
        Assert.Equal(before.Total + 12, after.Total);

        var (_, overview) = await editor.GetDocumentAsync(url);
        Assert.Empty(overview.QuerySelectorAll(".code-card"));
        Assert.Contains($"{after.Total} koder har skapats", overview.Body!.TextContent, StringComparison.Ordinal);

        var tooMany = await editor.PostFormAsync(url, [new("Count", "501"), new("Label", "För många")]);
        Assert.Contains("1–500", (await DocumentOf(tooMany)).QuerySelector("#Count-fel")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(after.Total, (await InScopeAsync(sp => sp.GetRequiredService<InvitationCodeService>().CountAsync(survey.Id, default))).Total);

        // An open survey has no codes page.
        var open = await CreateOpenSurveyAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/redaktor/dialoger/{open.Id}/koder")).StatusCode);
    }

    [Fact]
    public async Task Feedback_AddEntry_AppearsInTheTimeline()
    {
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall);
        var survey = await CreateOpenSurveyAsync();
        var url = $"/redaktor/dialoger/{survey.Id}/aterkoppling";

        var bad = await editor.PostFormAsync(url, [new("Input.Stage", "Decided"), new("Input.Date", "1 juni"), new("Input.Title", "Beslut"), new("Input.Text", "Text."), new("Input.DecisionUrl", "javascript:alert(1)")]);
        Assert.NotNull((await DocumentOf(bad)).QuerySelector("#Input_Date-fel"));

        var response = await editor.PostFormAsync(url,
        [
            new("Input.Stage", "Decided"), new("Input.Date", "2030-06-01"), new("Input.Title", "Beslut i kommunstyrelsen"),
            new("Input.Text", "Parken får ny belysning i höst."), new("Input.DecisionUrl", "https://www.sundsvall.se/beslut/123"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await editor.GetDocumentAsync(url);
        var entry = page.QuerySelector(".timeline__entry")!;
        Assert.Contains("Beslut i kommunstyrelsen", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 juni 2030", entry.TextContent, StringComparison.Ordinal);
        Assert.NotNull(entry.QuerySelector("a[href='https://www.sundsvall.se/beslut/123']"));
        var stored = Assert.Single((await ReadAsync(survey.Id)).Timeline);
        Assert.Equal((SurveyStage.Decided, new DateOnly(2030, 6, 1)), (stored.Stage, stored.Date));
    }
}
