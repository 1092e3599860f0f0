using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Halsoportal.Content;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.ContactPoints.Hours;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>
/// Contact points in the backoffice, over HTTP as an editor's browser sends them: the form round-trips, every save is a
/// version, a stale save is a Swedish conflict that keeps the input, bad input gets field errors and saves nothing,
/// publishing writes the change feed, review rules apply, other kommuner's ids are "not found", hours get confirmed.
/// </summary>
public sealed class ContactPointEditingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Sundsvall = "2281";
    private const string Harnosand = "2280";
    private const string Solleftea = "2283";
    private const string Jonkoping = "0680";

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, SwedishText.TimeZone).DateTime);

    private async Task<T> InDbAsync<T>(Func<ContentDbContext, Task<T>> work)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ContentDbContext>());
    }

    private Task<List<ContentVersion>> VersionsAsync(int id) =>
        InDbAsync(db => db.ContentVersions.AsNoTracking().Where(v => v.ItemType == ContentItemType.ContactPoint && v.ItemId == id).OrderBy(v => v.Number).ToListAsync());

    private Task<ContactPoint> PointAsync(int id) => InDbAsync(db => db.ContactPoints.AsNoTracking().FirstAsync(c => c.Id == id));

    private static int IdOf(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}");
        var path = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/redaktor/kontaktpunkter/", path, StringComparison.Ordinal);
        return int.Parse(path["/redaktor/kontaktpunkter/".Length..], CultureInfo.InvariantCulture);
    }

    private static async Task<int> CreateAsync(EditorClient client, string kommun, string name) =>
        IdOf(await client.PostFormAsync("/redaktor/kontaktpunkter/ny", [new("kommun", kommun), .. ContactPointDrafts.FormFields(name)]));

    private static async Task<FormFields> EditFormAsync(EditorClient client, int id)
    {
        var (response, document) = await client.GetDocumentAsync($"/redaktor/kontaktpunkter/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return FormFields.Of(document, "Input.Name");
    }

    private static async Task<IDocument> DocumentOf(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task Create_ThroughForm_SavesDraftVersionOneInOwnKommun()
    {
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall);

        var id = await CreateAsync(editor, Sundsvall, "Hälsocentralen Storgatan");

        var point = await PointAsync(id);
        Assert.Equal((Sundsvall, "22", 1, (string?)null), (point.KommunCode, point.RegionCode, point.DraftVersion, point.PublishedData));
        Assert.Equal("halsocentralen-storgatan", point.Slug);
        var version = Assert.Single(await VersionsAsync(id));
        Assert.Equal(editor.Account!.UserId, version.AuthorId);
        var draft = ContactPointDraft.FromJson(version.Data);
        Assert.Equal((62.3908, 17.3069), (draft.Latitude, draft.Longitude));
        Assert.Equal(Today, draft.HoursConfirmedOn);
        Assert.Equal((true, false, (bool?)null), (draft.Accessibility.StepFreeEntrance, draft.Accessibility.HearingLoop, draft.Accessibility.Lift));
        var visiting = Assert.Single(draft.Hours.Sessions);
        Assert.Equal(
            ["Monday 08.00–12.00", "Monday 13.00–16.00", "Tuesday 08.00–16.00"],
            visiting.Weekly.Select(w => $"{w.Day} {w.Range}"));
        Assert.Equal((HolidayRule.ClosesEarly, new TimeOnly(13, 0)), (draft.Hours.Holidays.Midsommarafton, draft.Hours.Holidays.EarlyClosing!.Value));
        Assert.Equal("contactpoint.create", await InDbAsync(db => db.AuditEntries.Where(a => a.ItemType == "contactpoint" && a.ItemId == id.ToString(CultureInfo.InvariantCulture)).Select(a => a.Action).SingleAsync()));

        // A draft is not public; the list shows it under Utkast.
        var response = await site.CreateSiteClient().GetAsync(new Uri($"/sundsvall/kontakt/{point.Slug}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var (_, list) = await editor.GetDocumentAsync("/redaktor/kontaktpunkter?status=utkast");
        Assert.NotNull(list.QuerySelector($"a[href='/redaktor/kontaktpunkter/{id}']"));
        Assert.Empty(site.Problems);
    }

    [Fact]
    public async Task Create_InKommunNotTheEditors_IsRefusedAndWritesNothing()
    {
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall);
        var before = await InDbAsync(db => db.ContactPoints.CountAsync());

        var response = await editor.PostFormAsync("/redaktor/kontaktpunkter/ny", [new("kommun", Jonkoping), .. ContactPointDrafts.FormFields("Inte min kommun")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await DocumentOf(response);
        Assert.Contains("Välj en kommun som du är redaktör för.", page.QuerySelector("#KommunCode-fel")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await InDbAsync(db => db.ContactPoints.CountAsync()));
    }

    [Fact]
    public async Task Save_DemoPointFormUnchanged_KeepsEveryValueAndPublishedTextBecomesVersionOne()
    {
        using var publisher = await EditorClient.SignInAsync(site, EditorRole.Publisher, kommunCode: Jonkoping);
        var demo = await InDbAsync(db => db.ContactPoints.AsNoTracking().FirstAsync(c => c.KommunCode == Jonkoping && c.Name == "Beroendemottagningen Jönköping"));
        var published = demo.Published!;

        var form = await EditFormAsync(publisher, demo.Id);
        Assert.Equal("0", form["BaseVersion"]);
        Assert.Equal("21:00", form["Input.Phone.Friday.From3"]);
        var response = await publisher.PostFormAsync($"/redaktor/kontaktpunkter/{demo.Id}", form.All);

        Assert.Equal(demo.Id, IdOf(response));
        var versions = await VersionsAsync(demo.Id);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(demo.PublishedData, versions[0].Data);
        Assert.StartsWith("Utgångsläge", versions[0].Note, StringComparison.Ordinal);
        var saved = ContactPointDraft.FromJson(versions[1].Data);
        Assert.Equal(Comparable(published), Comparable(saved));

        // The hours did not change, so neither did the date they were confirmed.
        Assert.Equal(published.HoursConfirmedOn, saved.HoursConfirmedOn);
        Assert.Equal((2, (int?)1), ((await PointAsync(demo.Id)).DraftVersion, (await PointAsync(demo.Id)).PublishedVersion));
    }

    [Fact]
    public async Task Save_TwoEditorsOnSameVersion_SecondGetsConflictAndNothingIsLost()
    {
        using var eva = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall, displayName: "Eva");
        using var olle = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall, displayName: "Olle");
        var id = await CreateAsync(eva, Sundsvall, "Gemensam mottagning");
        var evasForm = await EditFormAsync(eva, id);
        var ollesForm = await EditFormAsync(olle, id);

        var first = await eva.PostFormAsync($"/redaktor/kontaktpunkter/{id}", evasForm.Set("Input.Name", "Evas mottagning").All);
        var second = await olle.PostFormAsync($"/redaktor/kontaktpunkter/{id}", ollesForm.Set("Input.Name", "Olles mottagning").Set("Input.Summary", "Olles långa sammanfattning.").All);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await DocumentOf(second);
        Assert.StartsWith("Fel:", page.Title, StringComparison.Ordinal);
        Assert.Contains("Någon annan sparade version 2 medan du skrev", page.QuerySelector("[data-error-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Olles mottagning", page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal("Olles långa sammanfattning.", page.QuerySelector("#Input_Summary")!.TextContent);
        Assert.Equal("Evas mottagning", ContactPointDraft.FromJson((await VersionsAsync(id))[^1].Data).Name);

        // Saving the form as it came back builds on Eva's version: both texts are in the history.
        var retry = await olle.PostFormAsync($"/redaktor/kontaktpunkter/{id}", FormFields.Of(page, "Input.Name").All);
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal(["Gemensam mottagning", "Evas mottagning", "Olles mottagning"], (await VersionsAsync(id)).Select(v => ContactPointDraft.FromJson(v.Data).Name));
    }

    /// <summary>Changes (field=value, separated by ;) to a valid form, the field that must show the error, and words of the message.</summary>
    public static TheoryData<string, string, string> BadInput => new()
    {
        { "Input.Visiting.Monday.To1=07:00", "Input.Visiting.Monday.From1", "Stängningstiden måste vara efter öppningstiden." },
        { "Input.Visiting.Monday.To1=14:00", "Input.Visiting.Monday.From2", "Tiderna 08.00–14.00 och 13.00–16.00 på måndag överlappar." },
        { "Input.Visiting.Wednesday.From1=25:00;Input.Visiting.Wednesday.To1=16:00", "Input.Visiting.Wednesday.From1", "Skriv tiden som timmar och minuter" },
        { "Input.Visiting.Thursday.From1=08:00", "Input.Visiting.Thursday.To1", "Skriv när det stänger." },
        { "Input.Visiting.Enabled=", "Input.Visiting.Enabled", "inte kryssat i ”Har besökstider”" },
        { "Input.SpecialDays[0].Date={yesterday};Input.SpecialDays[0].Closed=true;Input.SpecialDays[0].Reason=Utbildning", "Input.SpecialDays[0].Date", "Datumet har redan passerat." },
        { "Input.SpecialDays[1].Date={tomorrow};Input.SpecialDays[1].Closed=true", "Input.SpecialDays[1].Reason", "Ange en anledning" },
        { "Input.SpecialDays[0].Date={tomorrow};Input.SpecialDays[0].Reason=Utbildning", "Input.SpecialDays[0].From1", "kryssa i ”Stängt hela dagen”" },
        { "Input.Latitude=55.0;Input.Longitude=5,0", "Input.Latitude", "Koordinaterna ligger inte i Sverige." },
        { "Input.Longitude=sjutton komma tre", "Input.Longitude", "Skriv longituden som ett tal i decimalgrader" },
        { "Input.Type=rymdstation", "Input.Type", "Typen finns inte." },
        { "Input.Organiser=", "Input.Organiser", "Välj vem som driver kontaktpunkten" },
        { "Input.Holidays.EarlyClosing=", "Input.Holidays.EarlyClosing", "Ange när ni stänger" },
        { "Input.Holidays.PublicHolidays=ClosesEarly", "Input.Holidays.PublicHolidays", "Röda dagar kan inte ha tidig stängning." },
        { "Input.PhoneNumber=ring oss", "Input.PhoneNumber", "Telefonnumret får bara innehålla siffror" },
        { "Input.Accessibility.ParkingDistanceMetres=30", "Input.Accessibility.ParkingDistanceMetres", "Ange avståndet bara när det finns parkering" },
        { "Input.Services=finns-inte", "Input.Services", "Någon av tjänsterna finns inte." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Save_BadInput_ShowsErrorAtItsFieldAndSavesNothing(string changes, string field, string message)
    {
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall);
        var id = await CreateAsync(editor, Sundsvall, $"Felmottagning {Guid.NewGuid():N}"[..24]);
        var form = await EditFormAsync(editor, id);
        foreach (var change in changes.Split(';'))
        {
            var (name, value) = (change[..change.IndexOf('=', StringComparison.Ordinal)], change[(change.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            value = value.Replace("{yesterday}", Iso(Today.AddDays(-1)), StringComparison.Ordinal).Replace("{tomorrow}", Iso(Today.AddDays(1)), StringComparison.Ordinal);
            if (value.Length == 0 && name.EndsWith(".Enabled", StringComparison.Ordinal))
            {
                form.Remove(name);
            }
            else
            {
                form.Set(name, value);
            }
        }

        var versions = (await VersionsAsync(id)).Count;
        var audit = await InDbAsync(db => db.AuditEntries.CountAsync());

        var response = await editor.PostFormAsync($"/redaktor/kontaktpunkter/{id}", form.All);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await DocumentOf(response);
        Assert.StartsWith("Fel:", page.Title, StringComparison.Ordinal);
        var elementId = field.Replace('.', '_').Replace('[', '_').Replace(']', '_');
        var link = page.QuerySelectorAll("[data-error-summary] a").FirstOrDefault(a => a.GetAttribute("href") == $"#{elementId}");
        Assert.True(link is not null, $"No summary link to #{elementId}: {page.QuerySelector("[data-error-summary]")?.TextContent}");
        Assert.Contains(message, link.TextContent, StringComparison.Ordinal);
        var target = page.GetElementById(elementId);
        Assert.NotNull(target);
        Assert.Contains($"{elementId}-fel", target.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Contains(message, page.GetElementById($"{elementId}-fel")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(versions, (await VersionsAsync(id)).Count);
        Assert.Equal(audit, await InDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Publish_ByPublisher_WritesPublishedDataAndChangeFeed_UnpublishTakesItDown()
    {
        using var publisher = await EditorClient.SignInAsync(site, EditorRole.Publisher, kommunCode: Sundsvall);
        var id = await CreateAsync(publisher, Sundsvall, "Mottagningen vid Stenstan");
        var feed = await InDbAsync(db => db.ContentChanges.Select(c => (long?)c.Id).MaxAsync()) ?? 0;

        var published = await publisher.PostFormAsync($"/redaktor/kontaktpunkter/{id}/publicering?handler=publish", [new("Version", "1")]);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var point = await PointAsync(id);
        Assert.Equal(("Mottagningen vid Stenstan", (int?)1, (DateOnly?)Today), (point.Published!.Name, point.PublishedVersion, point.HoursConfirmedOn));
        var change = await InDbAsync(db => db.ContentChanges.AsNoTracking().SingleAsync(c => c.Id > feed));
        Assert.Equal((ContentItemType.ContactPoint, id, ContentChangeKind.Published), (change.ItemType, change.ItemId, change.Kind));
        var publicPage = await site.CreateSiteClient().GetAsync(new Uri($"/sundsvall/kontakt/{point.Slug}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        Assert.Contains("Mottagningen vid Stenstan", await publicPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unpublished = await publisher.PostFormAsync($"/redaktor/kontaktpunkter/{id}/publicering?handler=unpublish", []);

        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.Null((await PointAsync(id)).PublishedData);
        Assert.Equal(ContentChangeKind.Unpublished, await InDbAsync(db => db.ContentChanges.Where(c => c.ItemType == ContentItemType.ContactPoint && c.ItemId == id).OrderBy(c => c.Id).Select(c => c.Kind).LastAsync()));
        var gone = await site.CreateSiteClient().GetAsync(new Uri($"/sundsvall/kontakt/{point.Slug}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(
            ["contactpoint.create", "contactpoint.publish", "contactpoint.unpublish"],
            await InDbAsync(db => db.AuditEntries.Where(a => a.ItemType == "contactpoint" && a.ItemId == id.ToString(CultureInfo.InvariantCulture)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task Publish_ByEditor_IsForbidden_ReviewThenReturnWithComment()
    {
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall, displayName: "Eva Redaktör");
        using var publisher = await EditorClient.SignInAsync(site, EditorRole.Publisher, kommunCode: Sundsvall, displayName: "Per Publicerare");
        var id = await CreateAsync(editor, Sundsvall, "Träffpunkt vid älven");

        var byEditor = await editor.PostFormAsync($"/redaktor/kontaktpunkter/{id}/publicering?handler=publish", [new("Version", "1")]);
        var review = await editor.PostFormAsync($"/redaktor/kontaktpunkter/{id}/publicering?handler=review", [new("Version", "1")]);
        var (_, waiting) = await publisher.GetDocumentAsync("/redaktor/kontaktpunkter?status=granskning");
        Assert.NotNull(waiting.QuerySelector($"a[href='/redaktor/kontaktpunkter/{id}']"));
        var (_, dashboard) = await publisher.GetDocumentAsync("/redaktor");
        Assert.NotNull(dashboard.QuerySelector("a[href='/redaktor/kontaktpunkter?status=granskning']"));
        var emptyReturn = await publisher.PostFormAsync($"/redaktor/kontaktpunkter/{id}/publicering?handler=return", [new("Comment", " ")]);
        var returned = await publisher.PostFormAsync($"/redaktor/kontaktpunkter/{id}/publicering?handler=return", [new("Comment", "Lägg till telefontiderna.")]);

        Assert.Equal(HttpStatusCode.Forbidden, byEditor.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, review.StatusCode);
        Assert.Equal(HttpStatusCode.OK, emptyReturn.StatusCode);
        Assert.NotNull((await DocumentOf(emptyReturn)).QuerySelector("#Comment-fel"));
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var point = await PointAsync(id);
        Assert.Equal((ReviewState.Returned, "Lägg till telefontiderna.", "Per Publicerare", (string?)null), (point.ReviewState, point.ReviewComment, point.ReviewBy, point.PublishedData));
        var (_, edit) = await editor.GetDocumentAsync($"/redaktor/kontaktpunkter/{id}");
        Assert.Contains("Returnerad av Per Publicerare: ”Lägg till telefontiderna.”", edit.QuerySelector(".status-panel")!.TextContent, StringComparison.Ordinal);

        // Saving again takes it back to the editor's desk.
        await editor.PostFormAsync($"/redaktor/kontaktpunkter/{id}", (await EditFormAsync(editor, id)).Set("Input.Phone.Enabled", "true").Set("Input.Phone.Monday.From1", "08:00").Set("Input.Phone.Monday.To1", "09:00").All);
        Assert.Equal((ReviewState.None, 2), ((await PointAsync(id)).ReviewState, (await PointAsync(id)).DraftVersion));
    }

    [Fact]
    public async Task Publish_KommunWithReviewStep_NeedsAPublisherOtherThanTheAuthor()
    {
        await InDbAsync(db => db.Kommuner.Where(k => k.Code == Harnosand).ExecuteUpdateAsync(s => s.SetProperty(k => k.RequiresReview, true)));
        try
        {
            using var anna = await EditorClient.SignInAsync(site, EditorRole.Publisher, kommunCode: Harnosand, displayName: "Anna");
            using var bo = await EditorClient.SignInAsync(site, EditorRole.Publisher, kommunCode: Harnosand, displayName: "Bo");
            var id = await CreateAsync(anna, Harnosand, "Hälsocentralen vid hamnen");

            var withoutReview = await anna.PostFormAsync($"/redaktor/kontaktpunkter/{id}/publicering?handler=publish", [new("Version", "1")]);
            await anna.PostFormAsync($"/redaktor/kontaktpunkter/{id}/publicering?handler=review", [new("Version", "1")]);
            var ownAfterReview = await anna.PostFormAsync($"/redaktor/kontaktpunkter/{id}/publicering?handler=publish", [new("Version", "1")]);
            Assert.Null((await PointAsync(id)).PublishedData);
            var byColleague = await bo.PostFormAsync($"/redaktor/kontaktpunkter/{id}/publicering?handler=publish", [new("Version", "1")]);

            Assert.Equal(HttpStatusCode.OK, withoutReview.StatusCode);
            Assert.Contains("granskning före publicering", (await DocumentOf(withoutReview)).QuerySelector("[data-error-summary]")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, ownAfterReview.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, byColleague.StatusCode);
            Assert.NotNull((await PointAsync(id)).PublishedData);
        }
        finally
        {
            await InDbAsync(db => db.Kommuner.Where(k => k.Code == Harnosand).ExecuteUpdateAsync(s => s.SetProperty(k => k.RequiresReview, false)));
        }
    }

    [Fact]
    public async Task EveryRoute_OtherKommunsContactPoint_IsNotFoundAndNothingChanges()
    {
        using var sundsvall = await EditorClient.SignInAsync(site, EditorRole.Publisher, kommunCode: Sundsvall);
        using var jonkoping = await EditorClient.SignInAsync(site, EditorRole.Publisher, kommunCode: Jonkoping);
        var id = await CreateAsync(sundsvall, Sundsvall, "Sundsvalls egen mottagning");
        var form = await EditFormAsync(sundsvall, id);
        async Task<string> SnapshotAsync()
        {
            var point = await PointAsync(id);
            return string.Join('|', point.DraftVersion, point.PublishedData, point.ReviewState, point.ReviewComment, (await VersionsAsync(id)).Count,
                await InDbAsync(db => db.AuditEntries.CountAsync()), await InDbAsync(db => db.ContentChanges.CountAsync()));
        }

        var before = await SnapshotAsync();
        foreach (var page in new[] { "", "/publicering", "/historik", "/historik?version=1" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await jonkoping.GetAsync($"/redaktor/kontaktpunkter/{id}{page}")).StatusCode);
        }

        var token = await jonkoping.GetAntiforgeryTokenAsync("/redaktor/kontaktpunkter/ny");
        foreach (var url in new[] { "", "?handler=confirm", "/publicering?handler=publish", "/publicering?handler=review", "/publicering?handler=return", "/publicering?handler=unpublish", "/historik?handler=rollback" })
        {
            var response = await jonkoping.PostWithoutTokenAsync($"/redaktor/kontaktpunkter/{id}{url}",
                [.. form.Set("Input.Name", "Kapad").All, new("Version", "1"), new("Comment", "Kapad"), new("baseVersion", "1"), new("number", "1"), new("__RequestVerificationToken", token)]);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {url}: {(int)response.StatusCode}");
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task ConfirmHours_StaleDemoPoint_IsListedOnDashboardUntilTheConfirmationIsPublished()
    {
        using var publisher = await EditorClient.SignInAsync(site, EditorRole.Publisher, kommunCode: Solleftea);
        var limit = Today.AddDays(-90);
        var stale = await InDbAsync(db => db.ContactPoints.AsNoTracking().FirstAsync(c => c.KommunCode == Solleftea && c.PublishedData != null && c.HoursConfirmedOn < limit));
        var elsewhere = await InDbAsync(db => db.ContactPoints.AsNoTracking().Where(c => c.KommunCode != Solleftea && c.HoursConfirmedOn < limit).Select(c => c.Id).FirstAsync());
        async Task<IElement?> ListedAsync(int id)
        {
            var (_, dashboard) = await publisher.GetDocumentAsync("/redaktor");
            var section = dashboard.GetElementById("oppettider-bekrafta")!.ParentElement!;
            return section.QuerySelector($"a[href='/redaktor/kontaktpunkter/{id}']")?.Closest("tr");
        }

        Assert.NotNull(await ListedAsync(stale.Id));
        Assert.Null(await ListedAsync(elsewhere));

        var confirmed = await publisher.PostFormAsync($"/redaktor/kontaktpunkter/{stale.Id}?handler=confirm", [new("BaseVersion", "0")]);
        var again = await publisher.PostFormAsync($"/redaktor/kontaktpunkter/{stale.Id}?handler=confirm", [new("BaseVersion", "0")]);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Någon annan har sparat version 2 under tiden", (await DocumentOf(again)).QuerySelector("[data-error-summary]")!.TextContent, StringComparison.Ordinal);
        var versions = await VersionsAsync(stale.Id);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal((stale.HoursConfirmedOn!.Value, Today), (ContactPointDraft.FromJson(versions[0].Data).HoursConfirmedOn, ContactPointDraft.FromJson(versions[1].Data).HoursConfirmedOn));
        Assert.Equal("Öppettiderna bekräftade", versions[1].Note);
        Assert.Contains("i ett utkast som inte är publicerat", (await ListedAsync(stale.Id))!.TextContent, StringComparison.Ordinal);

        var published = await publisher.PostFormAsync($"/redaktor/kontaktpunkter/{stale.Id}/publicering?handler=publish", [new("Version", "2")]);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(Today, (await PointAsync(stale.Id)).HoursConfirmedOn);
        Assert.Null(await ListedAsync(stale.Id));
    }

    [Fact]
    public async Task History_ShowsChangedHoursAsText_RollbackAddsANewVersion()
    {
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall);
        var id = await CreateAsync(editor, Sundsvall, "Mottagningen i Nacksta");
        await editor.PostFormAsync($"/redaktor/kontaktpunkter/{id}", (await EditFormAsync(editor, id)).Set("Input.Visiting.Tuesday.To1", "18:00").Set("Input.Name", "Mottagningen i Nacksta centrum").All);

        var (response, history) = await editor.GetDocumentAsync($"/redaktor/kontaktpunkter/{id}/historik?version=2&jamfor=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headings = history.QuerySelectorAll(".diff h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Namn", "Besökstider"], headings);
        var hours = history.QuerySelectorAll(".diff__text")[1];
        Assert.Contains("tisdag", hours.TextContent, StringComparison.Ordinal);
        Assert.Equal(("[borttaget: 16]", "[tillagt: 18]"), (hours.QuerySelector("del")!.TextContent, hours.QuerySelector("ins")!.TextContent));

        var rollback = await editor.PostFormAsync($"/redaktor/kontaktpunkter/{id}/historik?handler=rollback", [new("baseVersion", "2"), new("number", "1")]);

        Assert.Equal(HttpStatusCode.Redirect, rollback.StatusCode);
        var versions = await VersionsAsync(id);
        Assert.Equal(("Återställd från version 1", "Mottagningen i Nacksta"), (versions[^1].Note, ContactPointDraft.FromJson(versions[^1].Data).Name));
        Assert.Equal(3, (await PointAsync(id)).DraftVersion);
    }

    /// <summary>What must survive a trip through the form: everything but the confirmation date, special days that have passed and the order of ticked boxes.</summary>
    private static string Comparable(ContactPointDraft draft) => (draft with
    {
        HoursConfirmedOn = default,
        Services = [.. draft.Services.Order(StringComparer.Ordinal)],
        Languages = [.. draft.Languages.Order(StringComparer.Ordinal)],
        Hours = draft.Hours with
        {
            Sessions = [.. draft.Hours.Sessions.OrderBy(s => s.Kind).Select(s => s with { Weekly = [.. s.Weekly.OrderBy(w => ((int)w.Day + 6) % 7).ThenBy(w => w.Range.Opens)] })],
            SpecialDays = [.. draft.Hours.SpecialDays.Where(d => d.Date >= Today).OrderBy(d => d.Date)],
        },
    }).ToJson();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
