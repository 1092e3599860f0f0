using System.Net;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Halsoportal.Web.Tests.Security.EditorMatrixFixture;

namespace Halsoportal.Web.Tests.Security;

/// <summary>
/// security.md items 1–3 and 6: every backoffice route × role × own/other kommun's id with its
/// expected status; a route without a row fails the reflection test; writes to another kommun's
/// items are refused and change nothing; over-posted fields have no effect; POST needs a token.
/// </summary>
public sealed class EditorRouteMatrixTests(EditorMatrixFixture fx) : IClassFixture<EditorMatrixFixture>
{
    private const HttpStatusCode Ok = HttpStatusCode.OK;
    /// <summary>A redirect: anonymous users to the login page, signed-in users from it to the dashboard.</summary>
    private const HttpStatusCode ToLogin = HttpStatusCode.Redirect;
    private const HttpStatusCode Missing = HttpStatusCode.NotFound;
    private const HttpStatusCode Denied = HttpStatusCode.Forbidden;

    /// <summary>One row: a route template, a concrete URL and the status for anonymous, editor A, editor B, region admin (A's län), system admin.</summary>
    public sealed record Row(string Template, string Url, HttpStatusCode Anonymous, HttpStatusCode EditorA, HttpStatusCode EditorB, HttpStatusCode RegionAdmin, HttpStatusCode SystemAdmin)
    {
        public HttpStatusCode For(Role role) => role switch
        {
            Role.Anonymous => Anonymous,
            Role.EditorA => EditorA,
            Role.EditorB => EditorB,
            Role.RegionAdmin => RegionAdmin,
            _ => SystemAdmin,
        };
    }

    private IEnumerable<Row> Matrix()
    {
        // Everyone with a role sees these; anonymous users are sent to the login page.
        foreach (var url in new[] { "/redaktor", "/redaktor/artiklar", "/redaktor/artiklar/ny", "/redaktor/kontaktpunkter", "/redaktor/kontaktpunkter/ny", "/redaktor/bilder", "/redaktor/bilder/ladda-upp", "/redaktor/lokala-tillagg", "/redaktor/konto", "/redaktor/konto/tvastegsverifiering", "/redaktor/dialoger", "/redaktor/dialoger/ny", "/redaktor/nyckelsidor" })
        {
            yield return new(url, url, ToLogin, Ok, Ok, Ok, Ok);
        }

        // Items owned by kommun A: its editors, its län's administrator and system administrators.
        foreach (var (template, suffix) in new[] { ("/redaktor/artiklar/{id:int}", ""), ("/redaktor/artiklar/{id:int}/publicering", "/publicering"), ("/redaktor/artiklar/{id:int}/historik", "/historik"), ("/redaktor/artiklar/{id:int}/forhandsvisning", "/forhandsvisning") })
        {
            yield return new(template, $"/redaktor/artiklar/{fx.ArticleA}{suffix}", ToLogin, Ok, Missing, Ok, Ok);
            yield return new(template, $"/redaktor/artiklar/{fx.ArticleB}{suffix}", ToLogin, Missing, Ok, Missing, Ok);
        }

        foreach (var (template, suffix) in new[] { ("/redaktor/kontaktpunkter/{id:int}", ""), ("/redaktor/kontaktpunkter/{id:int}/publicering", "/publicering"), ("/redaktor/kontaktpunkter/{id:int}/historik", "/historik") })
        {
            yield return new(template, $"/redaktor/kontaktpunkter/{fx.ContactPointA}{suffix}", ToLogin, Ok, Missing, Ok, Ok);
            yield return new(template, $"/redaktor/kontaktpunkter/{fx.ContactPointB}{suffix}", ToLogin, Missing, Ok, Missing, Ok);
        }

        foreach (var (template, suffix) in new[] { ("/redaktor/dialoger/{id:int}", ""), ("/redaktor/dialoger/{id:int}/installningar", "/installningar"), ("/redaktor/dialoger/{id:int}/fragor/ny", "/fragor/ny"), ("/redaktor/dialoger/{id:int}/aterkoppling", "/aterkoppling"), ("/redaktor/dialoger/{id:int}/koder", "/koder"), ("/redaktor/dialoger/{id:int}/resultat", "/resultat"), ("/redaktor/dialoger/{id:int}/forhandsgranska", "/forhandsgranska"), ("/redaktor/dialoger/{id:int}/oversattningar/{sprak?}", "/oversattningar"), ("/redaktor/dialoger/{id:int}/oversattningar/{sprak?}", "/oversattningar/fi") })
        {
            yield return new(template, $"/redaktor/dialoger/{fx.SurveyA}{suffix}", ToLogin, Ok, Missing, Ok, Ok);
            yield return new(template, $"/redaktor/dialoger/{fx.SurveyB}{suffix}", ToLogin, Missing, Ok, Missing, Ok);
        }

        yield return new("/redaktor/dialoger/{id:int}/fragor/{questionId:int}", $"/redaktor/dialoger/{fx.SurveyA}/fragor/{fx.QuestionA}", ToLogin, Ok, Missing, Ok, Ok);
        yield return new("/redaktor/dialoger/{id:int}/fragor/{questionId:int}", $"/redaktor/dialoger/{fx.SurveyB}/fragor/{fx.QuestionB}", ToLogin, Missing, Ok, Missing, Ok);

        // Another survey's question under kommun A's survey is not found, for everyone.
        yield return new("/redaktor/dialoger/{id:int}/fragor/{questionId:int}", $"/redaktor/dialoger/{fx.SurveyA}/fragor/{fx.QuestionB}", ToLogin, Missing, Missing, Missing, Missing);

        // A filter for another kommun is ignored, not an error: the list shows only the user's own.
        yield return new("/redaktor/kontaktpunkter", $"/redaktor/kontaktpunkter?kommun={KommunB}&status=utkast", ToLogin, Ok, Ok, Ok, Ok);

        yield return new("/redaktor/bilder/{id:int}", $"/redaktor/bilder/{fx.MediaA}", ToLogin, Ok, Missing, Ok, Ok);
        yield return new("/redaktor/bilder/{id:int}", $"/redaktor/bilder/{fx.MediaB}", ToLogin, Missing, Ok, Missing, Ok);
        yield return new(@"/redaktor/lokala-tillagg/{articleId:int}/{kommun:regex(^\d{{4}}$)}", $"/redaktor/lokala-tillagg/{fx.RegionalA}/{KommunA}", ToLogin, Ok, Missing, Ok, Ok);
        yield return new(@"/redaktor/lokala-tillagg/{articleId:int}/{kommun:regex(^\d{{4}}$)}", $"/redaktor/lokala-tillagg/{fx.RegionalB}/{KommunB}", ToLogin, Missing, Ok, Missing, Ok);

        // A's regional article is not shown in kommun B: B has nothing to add to it.
        yield return new(@"/redaktor/lokala-tillagg/{articleId:int}/{kommun:regex(^\d{{4}}$)}", $"/redaktor/lokala-tillagg/{fx.RegionalA}/{KommunB}", ToLogin, Missing, Missing, Missing, Missing);

        // A kommun's key pages: its editors, its län's administrator and system administrators.
        yield return new(@"/redaktor/nyckelsidor/{kommun:regex(^\d{{4}}$)}", $"/redaktor/nyckelsidor/{KommunA}", ToLogin, Ok, Missing, Ok, Ok);
        yield return new(@"/redaktor/nyckelsidor/{kommun:regex(^\d{{4}}$)}", $"/redaktor/nyckelsidor/{KommunB}", ToLogin, Missing, Ok, Missing, Ok);

        // A kommun's förvaltningsområden: administrators of its län (a kommun elsewhere is not found for them).
        yield return new(@"/redaktor/kommuner/{code:regex(^\d{{4}}$)}", $"/redaktor/kommuner/{KommunA}", ToLogin, Denied, Denied, Ok, Ok);
        yield return new(@"/redaktor/kommuner/{code:regex(^\d{{4}}$)}", $"/redaktor/kommuner/{KommunB}", ToLogin, Denied, Denied, Missing, Ok);

        // Administrators only.
        yield return new("/redaktor/logg", "/redaktor/logg", ToLogin, Denied, Denied, Ok, Ok);
        yield return new("/redaktor/kommuner", "/redaktor/kommuner", ToLogin, Denied, Denied, Ok, Ok);
        yield return new("/redaktor/anvandare", "/redaktor/anvandare", ToLogin, Denied, Denied, Ok, Ok);
        yield return new("/redaktor/amnen", "/redaktor/amnen", ToLogin, Denied, Denied, Ok, Ok);
        yield return new("/redaktor/synonymer", "/redaktor/synonymer", ToLogin, Denied, Denied, Ok, Ok);
        yield return new("/redaktor/api-nycklar", "/redaktor/api-nycklar", ToLogin, Denied, Denied, Ok, Ok);

        // The accessibility statement covers the whole service: any administrator, no kommun editor.
        foreach (var url in new[] { "/redaktor/tillganglighet", "/redaktor/tillganglighet/brister/ny", "/redaktor/tillganglighet/rapporter" })
        {
            yield return new(url, url, ToLogin, Denied, Denied, Ok, Ok);
        }

        yield return new("/redaktor/tillganglighet/brister/{id:int}", "/redaktor/tillganglighet/brister/1", ToLogin, Missing, Missing, Ok, Ok);
        yield return new("/redaktor/tillganglighet/brister/{id:int}", "/redaktor/tillganglighet/brister/999999", ToLogin, Missing, Missing, Missing, Missing);
        yield return new("/redaktor/amnen/{id:int}", $"/redaktor/amnen/{fx.TermId}", ToLogin, Missing, Missing, Ok, Ok);
        yield return new("/redaktor/sidor", "/redaktor/sidor", ToLogin, Denied, Denied, Denied, Ok);
        yield return new("/redaktor/sidor/{id:int}", $"/redaktor/sidor/{fx.PageId}", ToLogin, Missing, Missing, Missing, Ok);

        // Signing in and out (a signed-in user who opens the login page goes to the dashboard).
        yield return new("/redaktor/logga-in", "/redaktor/logga-in", Ok, ToLogin, ToLogin, ToLogin, ToLogin);
        yield return new("/redaktor/logga-in/kod", "/redaktor/logga-in/kod", ToLogin, ToLogin, ToLogin, ToLogin, ToLogin);
        yield return new("/redaktor/logga-ut", "/redaktor/logga-ut", ToLogin, Ok, Ok, Ok, Ok);

        // A parked form is found by its key only; a made-up key finds nothing.
        yield return new("/redaktor/aterstall/{key:regex(^[0-9a-f]{{64}}$)}", "/redaktor/aterstall/" + new string('a', 64), ToLogin, Missing, Missing, Missing, Missing);

        // A preview link is the token: nobody gets in with a made-up one.
        yield return new("/forhandsvisning/{token}", "/forhandsvisning/gissad-nyckel", Missing, Missing, Missing, Missing, Missing);
    }

    [Fact]
    public void Matrix_CoversEveryBackofficeRoute()
    {
        var routes = fx.Site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/redaktor", StringComparison.Ordinal) || r.StartsWith("/forhandsvisning", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        var covered = Matrix().Select(r => r.Template).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(routes);
        Assert.Empty(routes.Except(covered));
        Assert.Empty(covered.Except(routes));
    }

    [Fact]
    public async Task Matrix_EveryRouteAndRole_GetsExpectedStatus()
    {
        var failures = new List<string>();
        foreach (var row in Matrix())
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                var response = await fx.Clients[role].GetAsync(row.Url);
                var expected = row.For(role);
                if (response.StatusCode != expected)
                {
                    failures.Add($"{role} GET {row.Url}: expected {(int)expected}, got {(int)response.StatusCode} {response.Headers.Location}");
                }
                else if (expected == ToLogin && role == Role.Anonymous && (response.Headers.Location is not { } location
                    || new Uri(Editor.EditorClient.BaseAddress, location).AbsolutePath is not ("/redaktor/logga-in" or "/redaktor/logga-in/kod")))
                {
                    failures.Add($"{role} GET {row.Url}: redirected to {response.Headers.Location}, not to the login page");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(fx.Site.Problems.IsEmpty, string.Join("\n", fx.Site.Problems));
    }

    public static TheoryData<string, string> WritesToKommunA => new()
    {
        { "/redaktor/artiklar/{A}", "save" },
        { "/redaktor/artiklar/{A}?handler=preview", "preview" },
        { "/redaktor/artiklar/{A}/publicering?handler=publish", "publish" },
        { "/redaktor/artiklar/{A}/publicering?handler=review", "review" },
        { "/redaktor/artiklar/{A}/publicering?handler=return", "return" },
        { "/redaktor/artiklar/{A}/publicering?handler=unpublish", "unpublish" },
        { "/redaktor/artiklar/{A}/publicering?handler=schedule", "schedule" },
        { "/redaktor/artiklar/{A}/publicering?handler=cancelSchedule", "cancel" },
        { "/redaktor/artiklar/{A}/historik?handler=rollback", "rollback" },
        { "/redaktor/artiklar/{A}/forhandsvisning?handler=create", "link" },
        { "/redaktor/artiklar/{A}/forhandsvisning?handler=revoke", "revoke" },
        { "/redaktor/bilder/{MediaA}", "media" },
        { "/redaktor/lokala-tillagg/{RegionalA}/2281", "addition" },
        { "/redaktor/lokala-tillagg/{RegionalA}/2281?handler=publish", "addition-publish" },
        { "/redaktor/kommuner?code=2281&requiresReview=true", "review-setting" },
        { "/redaktor/kommuner/2281", "minority-languages" },
        { "/redaktor/nyckelsidor/2281?handler=add", "keypage-add" },
        { "/redaktor/nyckelsidor/2281?handler=remove", "keypage-remove" },
        { "/redaktor/anvandare?handler=grant&Email=x@example.se&Role=Publisher&Kommun=2281", "user-grant" },
        { "/redaktor/amnen?Input.Name=Kapat", "term-add" },
        { "/redaktor/kontaktpunkter/{CpA}", "contactpoint-save" },
        { "/redaktor/kontaktpunkter/{CpA}?handler=confirm", "contactpoint-confirm" },
        { "/redaktor/kontaktpunkter/{CpA}/publicering?handler=publish", "contactpoint-publish" },
        { "/redaktor/kontaktpunkter/{CpA}/publicering?handler=review", "contactpoint-review" },
        { "/redaktor/kontaktpunkter/{CpA}/publicering?handler=return", "contactpoint-return" },
        { "/redaktor/kontaktpunkter/{CpA}/publicering?handler=unpublish", "contactpoint-unpublish" },
        { "/redaktor/kontaktpunkter/{CpA}/historik?handler=rollback", "contactpoint-rollback" },
        { "/redaktor/dialoger/{SurveyA}/installningar", "survey-settings" },
        { "/redaktor/dialoger/{SurveyA}?handler=move", "survey-move" },
        { "/redaktor/dialoger/{SurveyA}?handler=delete", "survey-delete" },
        { "/redaktor/dialoger/{SurveyA}/fragor/ny", "survey-question-add" },
        { "/redaktor/dialoger/{SurveyA}/fragor/{QuestionA}", "survey-question-save" },
        { "/redaktor/dialoger/{SurveyA}/aterkoppling", "survey-feedback" },
        { "/redaktor/dialoger/{SurveyA}/koder", "survey-codes" },
        { "/redaktor/dialoger/{SurveyA}/oversattningar/fi", "survey-translation" },
        { "/redaktor/dialoger/{SurveyA}/oversattningar/fi?handler=delete", "survey-translation-delete" },
    };

    private string Resolve(string url) => url
        .Replace("{A}", fx.ArticleA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{MediaA}", fx.MediaA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{RegionalA}", fx.RegionalA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{CpA}", fx.ContactPointA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{SurveyA}", fx.SurveyA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{QuestionA}", fx.QuestionA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Every form field any of these handlers reads, filled with plausible values.</summary>
    private static readonly KeyValuePair<string, string>[] AllFields =
    [
        new("BaseVersion", "1"), new("Version", "1"), new("baseVersion", "1"), new("number", "1"), new("linkId", "1"),
        new("Comment", "Kapad kommentar"), new("PublishAt", "2030-01-01T10:00"),
        new("Input.Title", "Kapad rubrik"), new("Input.Ingress", "Kapad"), new("Input.Body", "Kapad"), new("Input.Heading", "Kapad"),
        new("Input.Topics", "topic:somn"), new("Input.LifeSituations", "lifesituation:vuxna"), new("Input.LastReviewed", "2026-01-01"),
        new("Input.NextReview", "2027-01-01"), new("Input.ResponsibleUnit", "Kapare"), new("Input.AltText", "Kapad"),
        .. Editor.ContactPointDrafts.FormFields("Kapad kontaktpunkt").Where(f => f.Key != "Input.Name"),
        new("questionId", "1"), new("down", "true"), new("Input.Type", "enval"), new("Input.Text", "Kapad fråga"), new("Input.Options", "Ja\nNej"),
        new("Input.Stage", "Decided"), new("Input.Date", "2030-01-01"), new("Input.Purpose", "Kapat"), new("Input.PrivacyNotice", "Kapat"),
        new("Input.Kommuner", KommunB), new("Input.OpensAt", "2030-01-01T08:00"), new("Input.ClosesAt", "2030-02-01T08:00"), new("Input.Mode", "Open"),
        new("Areas", "samiska"), new("SamiLanguages", "sma"), new("ArticleId", "1"), new("articleId", "1"),
        new("Input.RetentionDays", "30"), new("Input.SuppressionThreshold", "5"), new("Count", "5"), new("Label", "Kapade koder"),
    ];

    [Theory]
    [MemberData(nameof(WritesToKommunA))]
    public async Task Write_OtherKommunsItem_IsRefusedAndChangesNothing(string url, string what)
    {
        var before = await SnapshotAsync();

        // Editor B's own valid token: antiforgery passes, so only the rights check stands between B and A's item.
        var response = await fx.Clients[Role.EditorB].PostFormAsync(Resolve(url), AllFields, formPage: "/redaktor/artiklar/ny");

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{what}: {(int)response.StatusCode}");
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(WritesToKommunA))]
    public async Task Write_WithoutAntiforgeryToken_Is400AndChangesNothing(string url, string what)
    {
        var before = await SnapshotAsync();

        var response = await fx.Clients[Role.EditorA].PostWithoutTokenAsync(Resolve(url), AllFields);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Save_OverPostedOwnerAndPublicationFields_HaveNoEffect()
    {
        var client = fx.Clients[Role.EditorA];
        var id = await fx.InScopeAsync(async sp =>
        {
            var access = (await sp.GetRequiredService<Content.Accounts.EditorAccessService>().GetAsync(client.Account!.UserId, default))!;
            var draft = new ArticleDraft
            {
                Title = "Överpostning", Ingress = "Ingress.", Body = "Text.", Scope = ArticleScope.Kommuner, KommunCodes = [KommunA],
                Terms = ["topic:somn", "lifesituation:vuxna"], LastReviewed = new(2026, 1, 1), NextReview = new(2027, 1, 1), ResponsibleUnit = "Enheten",
            };
            return (await sp.GetRequiredService<ArticleEditingService>().CreateAsync(access, $"kommun:{KommunA}", draft, default)).ItemId;
        });

        var response = await client.PostFormAsync($"/redaktor/artiklar/{id}",
        [
            new("BaseVersion", "1"), new("Input.Title", "Överpostning 2"), new("Input.Ingress", "Ingress."), new("Input.Body", "Text."),
            new("Input.Topics", "topic:somn"), new("Input.LifeSituations", "lifesituation:vuxna"), new("Input.LastReviewed", "2026-01-01"),
            new("Input.NextReview", "2027-01-01"), new("Input.ResponsibleUnit", "Enheten"),
            new("KommunId", KommunB), new("OwnerKommunCode", KommunB), new("Input.OwnerKommunCode", KommunB), new("Owner", $"kommun:{KommunB}"),
            new("IsPublished", "true"), new("Input.IsPublished", "true"), new("PublishedAt", "2026-01-01"), new("AuthorId", "someone-else"),
            new("Input.Scope", "National"), new("Input.RegionCode", "06"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (article, version) = await fx.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ContentDbContext>();
            var a = await db.Articles.AsNoTracking().FirstAsync(x => x.Id == id);
            var v = await db.ContentVersions.AsNoTracking().Where(x => x.ItemType == ContentItemType.Article && x.ItemId == id).OrderByDescending(x => x.Number).FirstAsync();
            return (a, v);
        });
        Assert.Equal((KommunA, "22", (DateTime?)null), (article.OwnerKommunCode, article.OwnerRegionCode, article.PublishedAt));
        var saved = ArticleDraft.FromJson(version.Data);
        Assert.Equal((2, ArticleScope.Kommuner, (string?)null), (version.Number, saved.Scope, saved.RegionCode));
        Assert.Equal([KommunA], saved.KommunCodes);
        Assert.Equal(client.Account!.UserId, version.AuthorId);
    }

    [Fact]
    public async Task CreateContactPoint_InOtherKommun_IsRefusedAndChangesNothing()
    {
        var before = await SnapshotAsync();

        var response = await fx.Clients[Role.EditorB].PostFormAsync("/redaktor/kontaktpunkter/ny", [new("kommun", KommunA), .. Editor.ContactPointDrafts.FormFields("Kapad kontaktpunkt")]);

        // The form comes back with the kommun field's error: kommun A is not among B's choices.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Välj en kommun som du är redaktör för.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task SaveContactPoint_OverPostedKommunSlugPublicationAndAuthor_HaveNoEffect()
    {
        var client = fx.Clients[Role.EditorA];
        var id = await fx.InScopeAsync(async sp =>
        {
            var access = (await sp.GetRequiredService<Content.Accounts.EditorAccessService>().GetAsync(client.Account!.UserId, default))!;
            var created = await sp.GetRequiredService<Content.ContactPoints.Editing.ContactPointEditingService>().CreateAsync(access, KommunA, Editor.ContactPointDrafts.Valid("Överpostad kontaktpunkt"), default);
            return created.ItemId;
        });
        var slug = await fx.InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().ContactPoints.Where(c => c.Id == id).Select(c => c.Slug).FirstAsync());

        var response = await client.PostFormAsync($"/redaktor/kontaktpunkter/{id}",
        [
            new("BaseVersion", "1"), .. Editor.ContactPointDrafts.FormFields("Överpostad kontaktpunkt 2"),
            new("kommun", KommunB), new("KommunCode", KommunB), new("Input.KommunCode", KommunB), new("RegionCode", "06"), new("Input.RegionCode", "06"),
            new("Slug", "kapad"), new("Input.Slug", "kapad"), new("PublishedData", "{}"), new("IsPublished", "true"), new("Input.IsPublished", "true"),
            new("PublishedVersion", "1"), new("ReviewState", "Requested"), new("AuthorId", "someone-else"),
            new("HoursConfirmedOn", "2020-01-01"), new("Input.HoursConfirmedOn", "2020-01-01"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (point, version) = await fx.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ContentDbContext>();
            var p = await db.ContactPoints.AsNoTracking().FirstAsync(x => x.Id == id);
            var v = await db.ContentVersions.AsNoTracking().Where(x => x.ItemType == ContentItemType.ContactPoint && x.ItemId == id).OrderByDescending(x => x.Number).FirstAsync();
            return (p, v);
        });
        Assert.Equal((KommunA, "22", slug, (string?)null, (int?)null, ReviewState.None), (point.KommunCode, point.RegionCode, point.Slug, point.PublishedData, point.PublishedVersion, point.ReviewState));
        Assert.Equal((2, client.Account!.UserId), (version.Number, version.AuthorId));
        var saved = Content.ContactPoints.ContactPointDraft.FromJson(version.Data);
        Assert.Equal("Överpostad kontaktpunkt 2", saved.Name);
        Assert.NotEqual(new DateOnly(2020, 1, 1), saved.HoursConfirmedOn);
    }

    /// <summary>Row counts of everything a write could touch, plus kommun A's items' state.</summary>
    private Task<string> SnapshotAsync() => fx.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ContentDbContext>();
        var article = await db.Articles.AsNoTracking().FirstAsync(a => a.Id == fx.ArticleA);
        var media = await db.MediaItems.AsNoTracking().FirstAsync(m => m.Id == fx.MediaA);
        var point = await db.ContactPoints.AsNoTracking().FirstAsync(c => c.Id == fx.ContactPointA);
        return string.Join('|',
            await db.ContentVersions.CountAsync(), await db.AuditEntries.CountAsync(), await db.ContentChanges.CountAsync(),
            await db.PreviewLinks.CountAsync(), await db.LocalAdditions.CountAsync(), await db.MediaItems.CountAsync(),
            article.DraftVersion, article.PublishedAt, article.ReviewState, article.ScheduledPublishAt, media.AltText,
            await db.Kommuner.CountAsync(k => k.RequiresReview), await db.RoleGrants.CountAsync(), await db.TaxonomyTerms.CountAsync(),
            await db.KeyPages.CountAsync(), await db.Kommuner.Where(k => k.Code == KommunA).Select(k => (int)k.MinorityLanguageAreas * 8 + (int)k.SamiLanguages).SingleAsync(),
            await db.ContactPoints.CountAsync(), point.DraftVersion, point.PublishedData, point.ReviewState, point.ReviewComment, point.KommunCode,
            await DialogSnapshotAsync(sp));
    });

    /// <summary>Kommun A's survey: its version (every change raises it), questions, timeline and invitation codes.</summary>
    private async Task<string> DialogSnapshotAsync(IServiceProvider sp)
    {
        var dialog = sp.GetRequiredService<Halsoportal.Dialog.Storage.DialogDbContext>();
        var survey = await dialog.Surveys.AsNoTracking().FirstAsync(s => s.Id == fx.SurveyA);
        return string.Join('/', survey.Version, survey.Title, await dialog.Surveys.CountAsync(), await dialog.Questions.CountAsync(),
            await dialog.StatusEntries.CountAsync(), await dialog.InvitationCodes.CountAsync());
    }
}
