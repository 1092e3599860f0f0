using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Editing.Diff;

namespace Halsoportal.Content.Tests.Editing;

public sealed class ArticleDraftDiffTests
{
    [Fact]
    public void Compare_IdenticalDrafts_HasNoFieldDiffs() =>
        Assert.Empty(ArticleDraftDiff.Compare(Drafts.WithEasyRead("Text."), Drafts.WithEasyRead("Text.")));

    [Fact]
    public void Compare_TitleChanged_OnlyRubrik()
    {
        var older = Drafts.Standard();
        var newer = older with { Title = "Fysisk aktivitet på recept (FaR)" };

        var diff = Assert.Single(ArticleDraftDiff.Compare(older, newer));

        Assert.Equal("Rubrik", diff.Label);
        Assert.Equal(
            [new DiffSegment(DiffKind.Unchanged, "Fysisk aktivitet på recept"), new DiffSegment(DiffKind.Added, " (FaR)")],
            diff.Segments);
    }

    [Fact]
    public void Compare_ScopeChanged_ShowsCodes()
    {
        var older = Drafts.Standard();
        var newer = older with { Scope = ArticleScope.Kommuner, RegionCode = null, KommunCodes = ["2280", "2281"] };

        var diff = Assert.Single(ArticleDraftDiff.Compare(older, newer));

        Assert.Equal("Gäller", diff.Label);
        Assert.Equal("Region 22", TextDiff.OldText(diff.Segments));
        Assert.Equal("Kommuner: 2280, 2281", TextDiff.NewText(diff.Segments));
    }

    [Fact]
    public void Compare_StaleCodeOutsideScope_IsNotAChange()
    {
        var older = Drafts.Standard() with { Scope = ArticleScope.National, RegionCode = "22" };
        var newer = older with { RegionCode = null };

        Assert.Empty(ArticleDraftDiff.Compare(older, newer));
    }

    [Fact]
    public void Compare_TermAdded_ShowsTheNewTerm()
    {
        var older = Drafts.Standard();
        var newer = older with { Terms = ["topic:fysisk-aktivitet", "life:aldre"] };

        var diff = Assert.Single(ArticleDraftDiff.Compare(older, newer));

        Assert.Equal("Ämnen och livssituationer", diff.Label);
        Assert.Equal("topic:fysisk-aktivitet, life:aldre", TextDiff.NewText(diff.Segments));
        Assert.Equal([DiffKind.Unchanged, DiffKind.Added], diff.Segments.Select(s => s.Kind));
    }

    [Fact]
    public void Compare_ReviewDatesAndImage_AreReadable()
    {
        var older = Drafts.Standard();
        var newer = older with { LastReviewed = new DateOnly(2025, 6, 1), NextReview = new DateOnly(2026, 6, 1), ImageMediaId = 42 };

        var diffs = ArticleDraftDiff.Compare(older, newer);

        Assert.Equal(["Senast granskad", "Nästa granskning", "Bild"], diffs.Select(d => d.Label));
        Assert.Equal(("2025-01-15", "2025-06-01"), (TextDiff.OldText(diffs[0].Segments), TextDiff.NewText(diffs[0].Segments)));
        Assert.Equal(("Ingen bild", "Bild 42"), (TextDiff.OldText(diffs[2].Segments), TextDiff.NewText(diffs[2].Segments)));
    }

    [Fact]
    public void Compare_EasyReadAdded_ThreeAdditions()
    {
        var diffs = ArticleDraftDiff.Compare(Drafts.Standard(), Drafts.WithEasyRead("Rör dig varje dag."));

        Assert.Equal(["Lättläst rubrik", "Lättläst ingress", "Lättläst brödtext"], diffs.Select(d => d.Label));
        Assert.All(diffs, d => Assert.Equal(DiffKind.Added, Assert.Single(d.Segments).Kind));
    }

    [Fact]
    public void Compare_EverythingChanged_FollowsTheEditForm()
    {
        var older = Drafts.WithEasyRead("Text.");
        var newer = new ArticleDraft
        {
            Title = "Ny rubrik",
            Ingress = "Ny ingress.",
            Body = "Ny brödtext.",
            EasyReadTitle = "Ny lättläst rubrik",
            EasyReadIngress = "Ny lättläst ingress.",
            EasyReadBody = "Ny lättläst text.",
            Scope = ArticleScope.National,
            Terms = [],
            LastReviewed = new DateOnly(2025, 2, 1),
            NextReview = new DateOnly(2026, 2, 1),
            ResponsibleUnit = "Kommunikationsavdelningen",
            ImageMediaId = 7,
        };

        Assert.Equal(
            [
                "Rubrik", "Ingress", "Brödtext", "Lättläst rubrik", "Lättläst ingress", "Lättläst brödtext", "Gäller",
                "Ämnen och livssituationer", "Senast granskad", "Nästa granskning", "Ansvarig enhet", "Bild",
            ],
            ArticleDraftDiff.Compare(older, newer).Select(d => d.Label));
    }

    [Fact]
    public void Compare_OnlyLineBreakStyleChanged_IsNotAChange()
    {
        var older = Drafts.Standard("Första stycket.\n\nAndra stycket.");
        var newer = older with { Body = "Första stycket.\r\n\r\nAndra stycket." };

        Assert.Empty(ArticleDraftDiff.Compare(older, newer));
    }

    [Fact]
    public void Compare_BodyEdited_ReturnsWordChanges()
    {
        var older = Drafts.Standard("## Så går det till\n\nDu ringer till vårdcentralen.\n");
        var newer = older with { Body = "## Så går det till\n\nDu ringer eller skriver till vårdcentralen.\n" };

        var diff = Assert.Single(ArticleDraftDiff.Compare(older, newer));

        Assert.Equal("Brödtext", diff.Label);
        var changed = Assert.Single(diff.Segments, s => s.Kind != DiffKind.Unchanged);
        Assert.Equal((DiffKind.Added, "eller skriver"), (changed.Kind, changed.Text.Trim()));
    }
}
