using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Slugs;
using Halsoportal.Content.Taxonomy;

namespace Halsoportal.Testing;

/// <summary>Builds valid articles for tests: defaults make a published national article.</summary>
public sealed class ArticleBuilder
{
    private static int _next;
    private readonly List<Kommun> _kommuner = [];
    private readonly List<TaxonomyTerm> _terms = [];
    private string _title = $"Testartikel {Interlocked.Increment(ref _next)}";
    private string _ingress = "En kort ingress.";
    private string _body = "## Rubrik\n\nBrödtext.\n";
    private string? _easyReadTitle;
    private ArticleScope _scope = ArticleScope.National;
    private string? _regionCode;
    private DateTime? _publishedAt = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private bool _featured;

    public ArticleBuilder WithTitle(string title)
    {
        _title = title;
        return this;
    }

    public ArticleBuilder WithIngress(string ingress)
    {
        _ingress = ingress;
        return this;
    }

    public ArticleBuilder WithBody(string markdown)
    {
        _body = markdown;
        return this;
    }

    public ArticleBuilder WithEasyRead(string title)
    {
        _easyReadTitle = title;
        return this;
    }

    public ArticleBuilder National()
    {
        _scope = ArticleScope.National;
        _regionCode = null;
        _kommuner.Clear();
        return this;
    }

    public ArticleBuilder ForRegion(string regionCode)
    {
        _scope = ArticleScope.Region;
        _regionCode = regionCode;
        _kommuner.Clear();
        return this;
    }

    public ArticleBuilder ForKommuner(params Kommun[] kommuner)
    {
        _scope = ArticleScope.Kommuner;
        _regionCode = null;
        _kommuner.Clear();
        _kommuner.AddRange(kommuner);
        return this;
    }

    public ArticleBuilder WithTerms(params TaxonomyTerm[] terms)
    {
        _terms.AddRange(terms);
        return this;
    }

    public ArticleBuilder Published(DateTime? atUtc = null)
    {
        _publishedAt = atUtc ?? new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return this;
    }

    public ArticleBuilder Draft()
    {
        _publishedAt = null;
        return this;
    }

    public ArticleBuilder Featured()
    {
        _featured = true;
        return this;
    }

    public Article Build()
    {
        var article = new Article
        {
            Slug = Slug.From(_title),
            Scope = _scope,
            RegionCode = _regionCode,
            ResponsibleUnit = "Testenheten",
            LastReviewed = new DateOnly(2026, 1, 1),
            NextReview = new DateOnly(2027, 1, 1),
            IsFeatured = _featured,
            PublishedAt = _publishedAt,
            UpdatedAt = _publishedAt ?? new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        article.Kommuner.AddRange(_kommuner);
        article.Terms.AddRange(_terms);
        article.Texts.Add(new ArticleText { Title = _title, Ingress = _ingress, Body = _body });
        if (_easyReadTitle is not null)
        {
            article.Texts.Add(new ArticleText { Title = _easyReadTitle, Ingress = "Lättläst ingress.", Body = "Korta meningar.\n", IsEasyRead = true });
        }

        return article;
    }
}
