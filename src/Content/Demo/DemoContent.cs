using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Pages;
using Halsoportal.Content.Taxonomy;

namespace Halsoportal.Content.Demo;

/// <summary>Reads the demo articles and the site's own pages embedded in this assembly.</summary>
internal static class DemoContent
{
    private const string EasyReadSuffix = ".lattlast";

    /// <summary>Every embedded document under <c>Demo/{folder}</c>, by file name without extension.</summary>
    public static IReadOnlyList<DemoDocument> Read(string folder)
    {
        var assembly = typeof(DemoContent).Assembly;
        var prefix = $"Halsoportal.Content.Demo.{folder}.";
        var documents = new List<DemoDocument>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var name = Path.GetFileNameWithoutExtension(resource[prefix.Length..]);
            documents.Add(DemoDocument.Parse(name, reader.ReadToEnd()));
        }

        return documents;
    }

    /// <summary>Builds the demo articles, published at <paramref name="publishedAt"/>. Throws on any invalid file.</summary>
    public static List<Article> BuildArticles(IReadOnlyCollection<Kommun> kommuner, IReadOnlyCollection<TaxonomyTerm> terms, DateTime publishedAt)
    {
        var documents = Read("Articles");
        var easyRead = documents.Where(d => d.Name.EndsWith(EasyReadSuffix, StringComparison.Ordinal))
            .ToDictionary(d => d.Name[..^EasyReadSuffix.Length], StringComparer.Ordinal);

        // "<name>.sprak-fi.md": the article <name> in Finnish (any translation code of SiteLanguages).
        // Not "<name>.fi.md": MSBuild would take "fi" for a culture and move the file into a satellite assembly.
        var translations = documents.Where(d => TranslationOf(d.Name) is not null)
            .GroupBy(d => d.Name[..d.Name.LastIndexOf(TranslationMarker, StringComparison.Ordinal)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var kommunByCode = kommuner.ToDictionary(k => k.Code, StringComparer.Ordinal);
        var regionCodes = kommuner.Select(k => k.RegionCode).ToHashSet(StringComparer.Ordinal);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var articles = new List<Article>();

        foreach (var doc in documents.Where(d => !d.Name.EndsWith(EasyReadSuffix, StringComparison.Ordinal) && TranslationOf(d.Name) is null))
        {
            var title = doc.Required("title");
            var article = new Article
            {
                Slug = Slugs.Slug.Unique(title, slugs.Contains),
                ResponsibleUnit = doc.Required("unit"),
                LastReviewed = doc.Date("lastReviewed"),
                NextReview = doc.Date("nextReview"),
                IsFeatured = string.Equals(doc.Optional("featured"), "true", StringComparison.OrdinalIgnoreCase),
                PublishedAt = publishedAt,
                UpdatedAt = publishedAt,
            };
            slugs.Add(article.Slug);
            if (article.NextReview <= article.LastReviewed)
            {
                throw new InvalidDataException($"{doc.Name}: nextReview must come after lastReviewed.");
            }

            ApplyScope(doc, article, kommunByCode, regionCodes);
            AddTerms(doc, article, terms, "topics", TaxonomyKind.Topic, required: true);
            AddTerms(doc, article, terms, "lifeSituations", TaxonomyKind.LifeSituation, required: true);
            AddTerms(doc, article, terms, "arenas", TaxonomyKind.Arena, required: false);
            article.Texts.Add(Text(doc, isEasyRead: false));
            if (easyRead.Remove(doc.Name, out var easy))
            {
                article.Texts.Add(Text(easy, isEasyRead: true));
            }

            if (translations.Remove(doc.Name, out var translated))
            {
                foreach (var translation in translated)
                {
                    var text = Text(translation, isEasyRead: false);
                    text.Language = TranslationOf(translation.Name)!;
                    article.Texts.Add(text);
                }
            }

            articles.Add(article);
        }

        if (easyRead.Count > 0)
        {
            throw new InvalidDataException($"Lättläst files without an article: {string.Join(", ", easyRead.Keys)}.");
        }

        if (translations.Count > 0)
        {
            throw new InvalidDataException($"Translations without an article: {string.Join(", ", translations.Keys)}.");
        }

        return articles;
    }

    /// <summary>
    /// The site's own pages: accessibility statement, privacy, about; each with its lättläst text
    /// (<c>&lt;slug&gt;.lattlast.md</c>) and translations (<c>&lt;slug&gt;.sprak-&lt;code&gt;.md</c>) when present.
    /// </summary>
    /// <remarks>
    /// The Finnish about page (<c>om.sprak-fi.md</c>) was written with care but not by a native
    /// speaker; a native speaker should review it before it is shown to residents.
    /// </remarks>
    public static List<Page> BuildPages()
    {
        var documents = Read("Pages");
        var variants = documents.Where(d => d.Name.EndsWith(EasyReadSuffix, StringComparison.Ordinal) || TranslationOf(d.Name) is not null).ToList();
        var pages = new List<Page>();
        foreach (var doc in documents.Except(variants))
        {
            var page = new Page
            {
                Slug = doc.Name,
                Title = doc.Required("title"),
                Ingress = doc.Optional("ingress"),
                Body = doc.Body,
                Updated = doc.Date("updated"),
            };
            foreach (var variant in variants.Where(v => v.Name.StartsWith(doc.Name + ".", StringComparison.Ordinal)).ToList())
            {
                var easyRead = variant.Name == doc.Name + EasyReadSuffix;
                page.Texts.Add(new PageText
                {
                    Language = easyRead ? ArticleText.Swedish : TranslationOf(variant.Name)!,
                    IsEasyRead = easyRead,
                    Title = variant.Required("title"),
                    Ingress = variant.Optional("ingress"),
                    Body = variant.Body,
                });
                variants.Remove(variant);
            }

            pages.Add(page);
        }

        if (variants.Count > 0)
        {
            throw new InvalidDataException($"Page variants without a page: {string.Join(", ", variants.Select(v => v.Name))}.");
        }

        return pages;
    }

    private const string TranslationMarker = ".sprak-";

    /// <summary>The language code of a translation file's name ("nat-somn.sprak-fi" → "fi"), or null.</summary>
    private static string? TranslationOf(string name)
    {
        var at = name.LastIndexOf(TranslationMarker, StringComparison.Ordinal);
        var code = at > 0 ? name[(at + TranslationMarker.Length)..] : null;
        return Languages.SiteLanguages.IsTranslation(code) ? code : null;
    }

    private static ArticleText Text(DemoDocument doc, bool isEasyRead)
    {
        var ingress = doc.Required("ingress");
        if (ingress.Length > 300)
        {
            throw new InvalidDataException($"{doc.Name}: the ingress is {ingress.Length} characters; at most 300.");
        }

        return new ArticleText { Title = doc.Required("title"), Ingress = ingress, Body = doc.Body, IsEasyRead = isEasyRead };
    }

    private static void ApplyScope(DemoDocument doc, Article article, Dictionary<string, Kommun> kommunByCode, HashSet<string> regionCodes)
    {
        var scope = doc.Required("scope");
        var colon = scope.IndexOf(':', StringComparison.Ordinal);
        var (kind, value) = colon < 0 ? (scope, "") : (scope[..colon].Trim(), scope[(colon + 1)..].Trim());
        switch (kind)
        {
            case "national":
                article.Scope = ArticleScope.National;
                break;
            case "region" when regionCodes.Contains(value):
                article.Scope = ArticleScope.Region;
                article.RegionCode = value;
                article.OwnerRegionCode = value;
                break;
            case "kommun":
                article.Scope = ArticleScope.Kommuner;
                foreach (var code in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    article.Kommuner.Add(kommunByCode.GetValueOrDefault(code)
                        ?? throw new InvalidDataException($"{doc.Name}: unknown kommun code '{code}'."));
                }

                if (article.Kommuner.Count == 0)
                {
                    throw new InvalidDataException($"{doc.Name}: scope 'kommun:' names no kommun.");
                }

                // The first kommun named owns a shared article; the others show it.
                article.OwnerKommunCode = article.Kommuner[0].Code;
                article.OwnerRegionCode = article.Kommuner[0].RegionCode;

                break;
            default:
                throw new InvalidDataException($"{doc.Name}: scope '{scope}' is not national, region:<code> or kommun:<codes>.");
        }
    }

    private static void AddTerms(DemoDocument doc, Article article, IReadOnlyCollection<TaxonomyTerm> terms, string key, TaxonomyKind kind, bool required)
    {
        var slugs = doc.List(key);
        if (required && slugs.Count == 0)
        {
            throw new InvalidDataException($"{doc.Name}: '{key}' names nothing.");
        }

        foreach (var slug in slugs)
        {
            article.Terms.Add(terms.FirstOrDefault(t => t.Kind == kind && t.Slug == slug)
                ?? throw new InvalidDataException($"{doc.Name}: '{slug}' is not a {kind} slug."));
        }
    }
}
