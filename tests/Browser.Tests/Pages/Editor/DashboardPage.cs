using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Pages.Editor;

/// <summary><c>/redaktor</c>, "Översikt": Mina utkast, Väntar på granskning, Schemalagt, Att granska.</summary>
public sealed partial class DashboardPage(IPage page)
{
    public const string Path = "/redaktor";

    public EditorShell Shell { get; } = new(page);

    public ILocator NewArticleLink => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Ny artikel", Exact = true });

    public ILocator MyDrafts => Section(MyDraftsHeading());

    public ILocator AwaitingReview => Section(AwaitingReviewHeading());

    public ILocator Scheduled => Section(ScheduledHeading());

    public ILocator DueForReview => Section(DueForReviewHeading());

    public static async Task<DashboardPage> GotoAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.GotoAsync(Path);
        Assert.Equal(200, response?.Status);
        return new DashboardPage(page);
    }

    /// <summary>The title link of an article in one of the sections.</summary>
    public static ILocator ArticleLink(ILocator section, string title) =>
        section.GetByRole(AriaRole.Rowheader).GetByRole(AriaRole.Link, new() { Name = title, Exact = true });

    private ILocator Section(Regex heading) =>
        page.GetByRole(AriaRole.Main).Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Level = 2, NameRegex = heading }) });

    [GeneratedRegex(@"^Mina utkast \(\d+\)$")]
    private static partial Regex MyDraftsHeading();

    [GeneratedRegex(@"^Väntar på granskning \(\d+\)$")]
    private static partial Regex AwaitingReviewHeading();

    [GeneratedRegex(@"^Schemalagt \(\d+\)$")]
    private static partial Regex ScheduledHeading();

    [GeneratedRegex(@"^Att granska \(\d+\)$")]
    private static partial Regex DueForReviewHeading();
}
