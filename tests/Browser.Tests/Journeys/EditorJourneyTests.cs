using System.Globalization;
using Halsoportal.Browser.Tests.Editors;
using Halsoportal.Browser.Tests.Infrastructure;
using Halsoportal.Browser.Tests.Pages;
using Halsoportal.Browser.Tests.Pages.Editor;
using Halsoportal.Content.Accounts;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Halsoportal.Browser.Tests.Journeys;

/// <summary>What editors and publishers do in the backoffice, end to end, with the keyboard only.</summary>
public sealed class EditorJourneyTests(HalsoportalServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private const string Kommun = EditorAccounts.Sundsvall;
    private const string KommunSlug = "sundsvall";

    /// <summary>
    /// The issue's "Done means": an editor (an account made as the operator's CLI makes it) signs in,
    /// uploads an image, writes an article with it and sends it for review; a publisher, in another
    /// browser, publishes it; residents see it on the kommun page and at its address; the editor saves
    /// a new version, which residents do not see; the publisher compares, rolls back to version 1 and
    /// publishes that, then unpublishes, and it is gone from the kommun page. Every field is reached with
    /// Tab (or Shift+Tab), every button and link activated with Enter or Space, every focus stop visible.
    /// </summary>
    [Fact]
    public Task Editor_WritesReviewsPublishesEditsRollsBackUnpublishes_ByKeyboardOnly() => RunAsync(async session =>
    {
        const string title = "Stavgång för nybörjare";
        const string altText = "Två personer går med stavar på en grusväg i skogen";
        const string ingress1 = "Stavgång är ett skonsamt sätt att röra sig. Här får du veta hur du kommer igång.";
        const string ingress2 = "Stavgång är skonsamt för knän och rygg. Så här kommer du igång i Sundsvall.";
        var editorAccount = await Server.Accounts.CreateAsync("Eva Redaktör", EditorRole.Editor, Kommun);
        var publisherAccount = await Server.Accounts.CreateAsync("Per Publicerare", EditorRole.Publisher, Kommun);

        // --- The editor signs in. ---------------------------------------------------------------
        var page = session.Page;
        var keys = new KeyboardUser(page);
        var shell = new EditorShell(page);
        var dashboard = await (await new LoginPage(page).GotoAsync()).SignInByKeyboardAsync(editorAccount);
        Assert.Equal("Översikt", (await dashboard.Shell.Heading.InnerTextAsync()).Trim());

        // --- Uploads an image: Bilder → Ladda upp bild → file, alt text → Ladda upp. ------------
        await keys.ActivateAndWaitForPageAsync(shell.NavLink("Bilder"));
        await keys.ActivateAndWaitForPageAsync(MediaUploadPage.UploadLink(page));
        var upload = new MediaUploadPage(page);
        await keys.TabToAsync(upload.FileField);
        await upload.FileField.SetInputFilesAsync(new FilePayload { Name = "stavgang.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg() });
        await keys.FillAsync(upload.AltTextField, altText);
        await keys.ActivateAndWaitForPageAsync(upload.UploadButton);
        Assert.Matches(@"^/redaktor/bilder/\d+$", new Uri(page.Url).AbsolutePath);
        Assert.Contains("Bilden är uppladdad", await shell.NoticeTextAsync(), StringComparison.Ordinal);
        var imageId = new Uri(page.Url).Segments[^1];

        // --- Writes the article: Artiklar → Ny artikel. -----------------------------------------
        await keys.ActivateAndWaitForPageAsync(shell.NavLink("Artiklar"));
        await keys.ActivateAndWaitForPageAsync(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Ny artikel", Exact = true }));
        var form = new ArticleEditorPage(page);
        Assert.Equal($"kommun:{Kommun}", await form.OwnerField.InputValueAsync());
        await keys.FillAsync(form.TitleField, title);
        await keys.FillAsync(form.IngressField, ingress1);

        // The body, with the Markdown toolbar: its buttons come before the text and hand focus back to it.
        await keys.ActivateAsync(form.ToolbarButton("Rubrik"));
        await keys.TypeAsync("Så kommer du igång");
        await keys.PressAsync("Enter");
        await keys.PressAsync("Enter");
        await keys.TypeAsync("Börja med korta turer och öka lite varje vecka.");
        await keys.PressAsync("Enter");
        await keys.PressAsync("Enter");
        await keys.TabToAsync(form.ToolbarButton("Punktlista"), backwards: true);
        await keys.PressAsync("Enter");
        await keys.TypeAsync("Ta med vatten.");
        Assert.Equal(
            "## Så kommer du igång\n\nBörja med korta turer och öka lite varje vecka.\n\n- Ta med vatten.",
            await form.BodyField.InputValueAsync());

        await keys.CheckAsync(form.Term("Ämnen", "Fysisk aktivitet"));
        await keys.CheckAsync(form.Term("Livssituationer", "Äldre"));
        await keys.SelectAsync(form.ImageField, "Två personer", imageId);
        await keys.FillAsync(form.ResponsibleUnitField, "Folkhälsoenheten, Sundsvalls kommun");
        await keys.ActivateAndWaitForPageAsync(form.SaveDraftButton);
        await form.WaitForEditPageAsync();
        Assert.Contains("Utkastet är sparat som version 1", await shell.NoticeTextAsync(), StringComparison.Ordinal);
        var articleId = form.ArticleId;

        // --- Sends version 1 for review. --------------------------------------------------------
        await keys.ActivateAndWaitForPageAsync(form.PublishingTab);
        var workflow = new WorkflowPage(page);
        await keys.ActivateAndWaitForPageAsync(workflow.SendForReviewButton(1));
        Assert.Contains("Skickad för granskning", await shell.NoticeTextAsync(), StringComparison.Ordinal);

        // --- The publisher, in another browser, finds it under "Väntar på granskning" and publishes it.
        var publisherSession = await OpenSessionAsync(BrowserSessionOptions.Default, "publicerare");
        var publisherPage = publisherSession.Page;
        var publisherKeys = new KeyboardUser(publisherPage);
        var publisherShell = new EditorShell(publisherPage);
        var publisherDashboard = await (await new LoginPage(publisherPage).GotoAsync()).SignInByKeyboardAsync(publisherAccount);
        await publisherKeys.ActivateAndWaitForPageAsync(DashboardPage.ArticleLink(publisherDashboard.AwaitingReview, title));
        var publisherForm = new ArticleEditorPage(publisherPage);
        Assert.Equal(articleId, publisherForm.ArticleId);
        await publisherKeys.ActivateAndWaitForPageAsync(publisherForm.PublishingTab);
        var publisherWorkflow = new WorkflowPage(publisherPage);
        await publisherKeys.ActivateAndWaitForPageAsync(publisherWorkflow.PublishButton(1));
        Assert.Contains("Artikeln är publicerad", await publisherShell.NoticeTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Publicerad", await publisherWorkflow.StatusAsync());
        var publicPath = await publisherForm.PublicLink.GetAttributeAsync("href");
        Assert.StartsWith($"/{KommunSlug}/", publicPath, StringComparison.Ordinal);

        // --- Residents (no cookies) see it on the kommun page and at its address, with the image. --
        var resident = await OpenSessionAsync(BrowserSessionOptions.Default, "invanare");
        var kommunPage = await KommunPage.GotoAsync(resident.Page, KommunSlug);
        Assert.Contains((title, publicPath!), await kommunPage.ArticlesAsync());
        await AssertPublicArticleAsync(resident.Page, publicPath!, title, ingress1, altText);

        // --- The editor saves a new version: Artiklar → the article → Ingress → Spara ny version. --
        await keys.ActivateAndWaitForPageAsync(shell.NavLink("Artiklar"));
        await keys.ActivateAndWaitForPageAsync(DashboardPage.ArticleLink(page.GetByRole(AriaRole.Main), title));
        await keys.FillAsync(form.IngressField, ingress2);
        await keys.ActivateAndWaitForPageAsync(form.SaveVersionButton);
        Assert.Contains("Sparat som version 2", await shell.NoticeTextAsync(), StringComparison.Ordinal);

        // Not published: residents still read version 1.
        await AssertPublicArticleAsync(resident.Page, publicPath!, title, ingress1, altText);

        // --- The publisher reads the change, rolls back to version 1 (as version 3) and publishes it. --
        await publisherPage.ReloadAsync();
        await publisherKeys.ActivateAndWaitForPageAsync(publisherForm.VersionsTab);
        var history = new HistoryPage(publisherPage);
        await publisherKeys.ActivateAndWaitForPageAsync(history.ShowChangesLink(2));
        Assert.Equal("Ändringar i version 2 jämfört med version 1", (await history.Changes.GetByRole(AriaRole.Heading, new() { Level = 2 }).InnerTextAsync()).Trim());
        var added = string.Join(" ", await history.Changes.Locator("ins").AllInnerTextsAsync());
        Assert.Contains("knän", added, StringComparison.Ordinal);
        await publisherKeys.ActivateAndWaitForPageAsync(history.RollbackButton(1));
        await publisherForm.WaitForEditPageAsync();
        Assert.Contains("Version 1 är återställd som ny version 3", await publisherShell.NoticeTextAsync(), StringComparison.Ordinal);
        Assert.Equal(ingress1, await publisherForm.IngressField.InputValueAsync());
        await publisherKeys.ActivateAndWaitForPageAsync(publisherForm.PublishingTab);
        await publisherKeys.ActivateAndWaitForPageAsync(publisherWorkflow.PublishButton(3));
        Assert.Contains("Artikeln är publicerad", await publisherShell.NoticeTextAsync(), StringComparison.Ordinal);
        await publisherKeys.ActivateAndWaitForPageAsync(publisherForm.VersionsTab);
        Assert.Equal(["3 (publicerad)", "2", "1"], (await history.VersionCells.AllInnerTextsAsync()).Select(t => t.Trim()));
        await AssertPublicArticleAsync(resident.Page, publicPath!, title, ingress1, altText);

        // --- ... and unpublishes it: gone from the kommun page and from its address. ----------------
        await publisherKeys.ActivateAndWaitForPageAsync(publisherForm.PublishingTab);
        await publisherKeys.ActivateAndWaitForPageAsync(publisherWorkflow.UnpublishButton);
        Assert.Contains("Artikeln är avpublicerad", await publisherShell.NoticeTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Avpublicerad", await publisherWorkflow.StatusAsync());
        kommunPage = await KommunPage.GotoAsync(resident.Page, KommunSlug);
        Assert.DoesNotContain(await kommunPage.ArticlesAsync(), a => a.Title == title || a.Path == publicPath);
        var gone = await resident.Page.GotoAsync(publicPath!);
        Assert.Equal(404, gone?.Status);
        Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Article {articleId} at {publicPath}: written, reviewed, published, edited, rolled back, republished and unpublished with {keys.TabPresses} + {publisherKeys.TabPresses} Tab presses."));
    });

    /// <summary>
    /// accessibility.md item 9 with JavaScript: after a failed save, focus is on the error summary, also for
    /// a keyboard user who came in through the skip link (which leaves <c>#innehall</c> in the address).
    /// </summary>
    [Fact]
    public async Task Editor_UsesSkipLinkThenSubmitsWithErrors_LandsOnErrorSummary()
    {
        var world = await EditorWorld.OfAsync(Server);
        var state = await Server.SignIns.StateAsync(Browser, Server.BaseAddress, world.Editor);
        await RunAsync(
            async session =>
            {
                var page = session.Page;
                var keys = new KeyboardUser(page);
                var form = await ArticleEditorPage.GotoNewAsync(page);
                await keys.PressAsync("Tab");
                Assert.Equal(PageChecks.SkipLinkText, (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).Trim());
                await keys.PressAsync("Enter");

                await keys.ActivateAndWaitForPageAsync(form.SaveDraftButton);

                Assert.StartsWith("Fel:", await page.TitleAsync(), StringComparison.Ordinal);
                var focused = await page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 80)");
                Assert.True(
                    await form.Shell.ErrorSummary.EvaluateAsync<bool>("el => el === document.activeElement"),
                    $"After the failed save ({page.Url}) focus is on {focused}, not on the error summary.");
            },
            new BrowserSessionOptions { StorageState = state });
    }

    private static async Task AssertPublicArticleAsync(IPage page, string path, string title, string ingress, string altText)
    {
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response?.Status);
        var article = new ArticlePage(page);
        Assert.Equal(title, (await article.Heading.InnerTextAsync()).Trim());
        Assert.Equal(ingress, (await page.Locator("article .lead").InnerTextAsync()).Trim());
        Assert.Equal(altText, await page.Locator("article figure img").GetAttributeAsync("alt"));
        Assert.Equal("Så kommer du igång", (await page.Locator("article .prose h2").InnerTextAsync()).Trim());
    }
}
