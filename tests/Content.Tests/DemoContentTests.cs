using Halsoportal.Content.Accessibility;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Demo;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Rendering;
using Halsoportal.Content.Taxonomy;

namespace Halsoportal.Content.Tests;

/// <summary>The demo content is real content: enough of it, valid, and covering both demo regions.</summary>
public sealed class DemoContentTests
{
    private static readonly List<Kommun> Kommuner = [.. KommunCatalog.Load().SelectMany(r => r.Kommuner)];
    private static readonly List<TaxonomyTerm> Terms = [.. DefaultTaxonomy.Terms.Select((t, i) => new TaxonomyTerm { Id = i + 1, Kind = t.Kind, Slug = t.Slug, Name = t.Name })];
    private static readonly List<Article> Articles = DemoContent.BuildArticles(Kommuner, Terms, new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void BuildArticles_DemoSet_HasAtLeast40ArticlesAnd8EasyRead()
    {
        Assert.True(Articles.Count >= 40, $"{Articles.Count} articles");
        Assert.True(Articles.Count(a => a.Texts.Any(t => t.IsEasyRead)) >= 8);
        Assert.Equal(Articles.Count, Articles.Select(a => a.Slug).Distinct().Count());
    }

    [Theory]
    [InlineData("22")]
    [InlineData("06")]
    public void BuildArticles_EachDemoRegion_HasRegionalArticlesAndLocalOnesForEveryKommun(string regionCode)
    {
        Assert.True(Articles.Count(a => a.Scope == ArticleScope.Region && a.RegionCode == regionCode) >= 5);
        foreach (var kommun in Kommuner.Where(k => k.RegionCode == regionCode))
        {
            Assert.True(Articles.Any(a => a.Scope == ArticleScope.Kommuner && a.Kommuner.Contains(kommun)), $"{kommun.Name} has no local article");
        }
    }

    [Fact]
    public void BuildArticles_DemoSet_CoversEveryTopicAndLifeSituation()
    {
        foreach (var term in Terms.Where(t => t.Kind is TaxonomyKind.Topic or TaxonomyKind.LifeSituation))
        {
            Assert.True(Articles.Any(a => a.Terms.Contains(term)), $"No article about {term.Slug}");
        }
    }

    [Fact]
    public void BuildArticles_EveryText_IsPlainMarkdownWithoutH1_InSwedishOrATranslationLanguage()
    {
        var renderer = new MarkdownRenderer();
        foreach (var text in Articles.SelectMany(a => a.Texts))
        {
            var html = renderer.Render(text.Body);
            Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
            Assert.Contains("<h2>", html, StringComparison.Ordinal);
            Assert.True(text.Ingress.Length <= 300, text.Title);
            Assert.True(text.Language == ArticleText.Swedish || (Halsoportal.Content.Languages.SiteLanguages.IsTranslation(text.Language) && !text.IsEasyRead), $"{text.Title}: {text.Language}");
        }
    }

    [Fact]
    public void BuildArticles_DemoTranslations_AreFinnishEnglishAndYiddish()
    {
        var translated = Articles.SelectMany(a => a.Texts.Where(t => t.Language != ArticleText.Swedish).Select(t => (a.Slug, t.Language))).Order().ToList();

        Assert.Equal(
            [("friska-tander-och-en-frisk-mun-genom-livet", "yi"), ("sov-battre-enkla-rad-for-dina-natter", "en"), ("sov-battre-enkla-rad-for-dina-natter", "fi")],
            translated);
    }

    [Fact]
    public void BuildArticles_EveryDemoArticle_PassesThePublishChecksWithoutWarnings()
    {
        var findings = Articles
            .Select(a => (a.Slug, Report: Halsoportal.Content.Editing.Checks.PublishChecks.Run(Halsoportal.Content.Editing.ArticleDraft.FromArticle(a), null)))
            .SelectMany(x => x.Report.Findings.Where(f => f.Severity != Halsoportal.Content.Editing.Checks.PublishCheckSeverity.Advice).Select(f => $"{x.Slug}: {f.Message}"))
            .ToList();

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void BuildArticles_ReviewDates_AreShownAndInOrder()
    {
        Assert.All(Articles, a => Assert.True(a.LastReviewed < a.NextReview, a.Slug));
        Assert.All(Articles, a => Assert.False(string.IsNullOrWhiteSpace(a.ResponsibleUnit), a.Slug));
    }

    [Fact]
    public void BuildPages_AboutAndPrivacy_HaveTheirVariants_WhichPassThePublishChecksWithoutWarnings()
    {
        var pages = DemoContent.BuildPages().ToDictionary(p => p.Slug, StringComparer.Ordinal);

        Assert.Equal(["en", "fi", "sv lättläst"], pages["om"].Texts.Select(t => t.IsEasyRead ? "sv lättläst" : t.Language).Order(StringComparer.Ordinal));
        Assert.Equal(["sv lättläst"], pages["integritet"].Texts.Select(t => t.IsEasyRead ? "sv lättläst" : t.Language));
        Assert.Empty(pages["tillganglighetsredogorelse"].Texts);
        foreach (var page in new[] { pages["om"], pages["integritet"] })
        {
            var draft = Halsoportal.Content.Editing.PageDraft.From(page);
            var report = Halsoportal.Content.Editing.Checks.PublishChecks.Run(draft.ToCheckedDraft(), null);

            // The Swedish standard text is checked when it is edited; here only the variants count.
            var findings = report.Findings
                .Where(f => f.Severity != Halsoportal.Content.Editing.Checks.PublishCheckSeverity.Advice && !f.Field.StartsWith("Body", StringComparison.Ordinal) && f.Field is not ("Title" or "Ingress" or "ResponsibleUnit"))
                .Select(f => $"{page.Slug} {f.Field}: {f.Message}").ToList();
            Assert.True(findings.Count == 0, string.Join("\n", findings));
            Assert.True(report.EasyReadLix is { Score: <= 30 }, $"{page.Slug}: lättläst LIX {report.EasyReadLix?.Score}");
        }
    }

    [Fact]
    public void BuildPages_AccessibilityStatementText_LeavesTheGeneratedPartsToThePage()
    {
        var statement = DemoContent.BuildPages().Single(p => p.Slug == "tillganglighetsredogorelse");

        // Status, gaps, method, dates and Digg's link are generated from data (Features/Accessibility); the
        // editors' text must not contradict them with a status or date of its own.
        Assert.DoesNotContain("förenlig", statement.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("tdosanmalan", statement.Body, StringComparison.Ordinal);
        Assert.Contains("annat format", statement.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildGaps_DemoStatement_IsPartlyCompliantWithNamedCriteria()
    {
        var gaps = DemoAccessibility.BuildGaps(DateTime.UnixEpoch);

        Assert.Equal(ComplianceStatus.Partial, Compliance.Of(gaps, DemoAccessibility.AssessedOn));
        Assert.All(gaps.Where(g => g.WcagCriterion is not null), g => Assert.NotNull(WcagCriteria.Find(g.WcagCriterion)));
    }

    [Theory]
    [InlineData("---\ntitle: x\n")]
    [InlineData("title: x\n---\nbody")]
    [InlineData("---\ntitle x\n---\nbody")]
    public void Parse_MalformedFrontMatter_SaysWhichFile(string text)
    {
        var ex = Assert.Throws<InvalidDataException>(() => DemoDocument.Parse("trasig", text));
        Assert.StartsWith("trasig:", ex.Message, StringComparison.Ordinal);
    }
}
