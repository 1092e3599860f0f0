using Halsoportal.Browser.Tests.Editors;
using Halsoportal.Content.Accounts;
using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Catalog;

/// <summary>Who looks at an editor catalog page.</summary>
public enum CatalogVisitor
{
    /// <summary>Not signed in, on a backoffice page (the login): backoffice cookie rules.</summary>
    Anonymous,

    /// <summary>Not signed in, on a page for anyone (a preview link): resident rules, no cookies at all.</summary>
    Resident,

    Editor,

    Publisher,

    RegionAdmin,

    SystemAdmin,
}

/// <summary>
/// One backoffice template or state. The path may depend on the content the catalog makes
/// (<see cref="EditorWorld"/>); a state is reached from the path by an action the user takes with
/// the keyboard (submitting an empty form, asking for a preview).
/// </summary>
public sealed class EditorCatalogPage
{
    private readonly Func<EditorWorld, IPage, Task<string>> _resolvePath;

    private EditorCatalogPage(string name, CatalogVisitor visitor, string description, Func<EditorWorld, IPage, Task<string>> resolvePath)
    {
        Name = name;
        Visitor = visitor;
        Description = description;
        _resolvePath = resolvePath;
    }

    /// <summary>Short, unique, file-name safe: it names the theory case and the trace file.</summary>
    public string Name { get; }

    public CatalogVisitor Visitor { get; }

    public string Description { get; }

    public int ExpectedStatus { get; private init; } = 200;

    /// <summary>What the user does on the page before it is checked; null checks the page as loaded.</summary>
    public Func<EditorWorld, IPage, Task>? Action { get; private init; }

    /// <summary>The action shows the form again with errors: the error summary is checked too.</summary>
    public bool ShowsErrors { get; private init; }

    /// <summary>
    /// Problems known and written down (accessibility.md: "any exception is written down with rule,
    /// selector, reason and expiry"), each reported in the src code's issue list and expected to go.
    /// </summary>
    public IReadOnlyList<KnownProblem> KnownProblems { get; private init; } = [];

    /// <summary>The signed-in role, or null for the two anonymous kinds of visitor.</summary>
    public EditorRole? Role => Visitor switch
    {
        CatalogVisitor.Editor => EditorRole.Editor,
        CatalogVisitor.Publisher => EditorRole.Publisher,
        CatalogVisitor.RegionAdmin => EditorRole.RegionAdmin,
        CatalogVisitor.SystemAdmin => EditorRole.SystemAdmin,
        _ => null,
    };

    /// <summary>A page at a path made from the catalog's content.</summary>
    public static EditorCatalogPage At(string name, CatalogVisitor visitor, Func<EditorWorld, string> path) =>
        new(name, visitor, "path from the catalog content", (world, _) => Task.FromResult(path(world)));

    /// <summary>A page at a fixed path.</summary>
    public static EditorCatalogPage At(string name, CatalogVisitor visitor, string path) =>
        new(name, visitor, path, (_, _) => Task.FromResult(path));

    /// <summary>The page behind the first link <paramref name="link"/> finds on <paramref name="sourcePath"/>.</summary>
    public static EditorCatalogPage LinkOn(string name, CatalogVisitor visitor, string sourcePath, Func<IPage, ILocator> link) =>
        new(name, visitor, $"link on {sourcePath}", async (_, page) =>
        {
            var response = await page.GotoAsync(sourcePath);
            Assert.True(response?.Status == 200, $"Editor catalog page '{name}': {sourcePath} answered {response?.Status} while looking for its link.");
            var first = link(page).First;
            Assert.True(await first.CountAsync() == 1, $"Editor catalog page '{name}': no matching link on {sourcePath}.");
            var href = await first.GetAttributeAsync("href");
            Assert.True(href is not null && href.StartsWith('/'), $"Editor catalog page '{name}': the link on {sourcePath} has href '{href}', expected a site path.");
            return href!;
        });

    public EditorCatalogPage Answers(int status) => With(status: status);

    /// <summary>The state after <paramref name="action"/>, which shows the form's errors.</summary>
    public EditorCatalogPage AfterErrors(Func<IPage, Task> action) => With(action: (_, page) => action(page), showsErrors: true);

    /// <summary>The state after <paramref name="action"/>.</summary>
    public EditorCatalogPage After(Func<IPage, Task> action) => With(action: (_, page) => action(page));

    /// <summary>The state after <paramref name="action"/>, which needs the catalog's content (an account, say).</summary>
    public EditorCatalogPage After(Func<EditorWorld, IPage, Task> action) => With(action: action);

    /// <summary>A known problem, written down once and shared by the pages that have it.</summary>
    public EditorCatalogPage WithKnownProblem((string? Viewport, string Matching, string Reason, string Expires) known) =>
        WithKnownProblem(known.Viewport, known.Matching, known.Reason, known.Expires);

    /// <summary>A known problem at <paramref name="viewport"/> (null: every viewport), tolerated until <paramref name="expires"/>.</summary>
    public EditorCatalogPage WithKnownProblem(string? viewport, string matching, string reason, string expires) =>
        new(Name, Visitor, Description, _resolvePath)
        {
            ExpectedStatus = ExpectedStatus,
            Action = Action,
            ShowsErrors = ShowsErrors,
            KnownProblems = [.. KnownProblems, new KnownProblem(viewport, matching, reason, DateOnly.Parse(expires, System.Globalization.CultureInfo.InvariantCulture))],
        };

    public Task<string> ResolvePathAsync(EditorWorld world, IPage page) => _resolvePath(world, page);

    public override string ToString() => $"{Name} ({Visitor}, {Description})";

    private EditorCatalogPage With(int? status = null, Func<EditorWorld, IPage, Task>? action = null, bool? showsErrors = null) =>
        new(Name, Visitor, Description, _resolvePath)
        {
            ExpectedStatus = status ?? ExpectedStatus,
            Action = action ?? Action,
            ShowsErrors = showsErrors ?? ShowsErrors,
            KnownProblems = KnownProblems,
        };
}

/// <summary>
/// A problem a catalog page is known to have: the check's message for it contains <see cref="Matching"/>.
/// While it lasts it is reported in the test output instead of failing the test; once it is gone, or
/// after <see cref="Expires"/>, the test fails so the exception is removed (or looked at again).
/// </summary>
public sealed record KnownProblem(string? Viewport, string Matching, string Reason, DateOnly Expires);
