using System.Text.Json.Nodes;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Media;
using Halsoportal.Web.Features.Shared;

namespace Halsoportal.Web.Features.Discovery;

/// <summary>
/// An article as a <c>MedicalWebPage</c>: reviewed on a date by its responsible unit, about its
/// topics, for its life situations, with the article itself as <c>mainEntity</c>.
/// </summary>
public sealed record ArticleSchema(ArticleView Article, KommunRef? Kommun) : PageSchema
{
    public override string OpenGraphType => "article";

    public override MediaItem? Image => Article.Image;

    // A decorative image has no alt text of its own; in a link preview it stands for the article.
    public override string? ImageAlt => Article.Image is { IsDecorative: false, AltText: { Length: > 0 } alt } ? alt : Article.Title;

    public override JsonObject Build(SchemaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = SchemaOrg.Page("MedicalWebPage", context);
        var responsible = ResponsibleUnit();
        page["lastReviewed"] = SchemaOrg.Date(Article.LastReviewed);
        page["reviewedBy"] = responsible;
        page["datePublished"] = SchemaOrg.Instant(Article.PublishedAt);
        page["dateModified"] = SchemaOrg.Instant(Article.UpdatedAt);
        if (Article.Topics.Count > 0)
        {
            page["about"] = new JsonArray([.. Article.Topics.Select(t => (JsonNode)new JsonObject { ["@type"] = "Thing", ["name"] = t.Name })]);
        }

        if (Article.LifeSituations.Count > 0)
        {
            page["audience"] = new JsonArray([.. Article.LifeSituations.Select(l => (JsonNode)new JsonObject { ["@type"] = "PeopleAudience", ["audienceType"] = l.Name })]);
        }

        page["spatialCoverage"] = Article.Scope switch
        {
            ArticleScope.Kommuner when Kommun is not null => SchemaOrg.Kommun(Kommun),
            ArticleScope.Region when Article.RegionOrganisation is not null => SchemaOrg.Region(Article.RegionOrganisation),
            _ => SchemaOrg.Sweden(),
        };
        page["inLanguage"] = Article.Language;
        if (Article.Language != ArticleText.Swedish)
        {
            // A translation is a work of its own, translated from the Swedish text.
            page["translationOfWork"] = context.Absolute(Format.ArticleUrl(Article.Slug, Article.Scope == ArticleScope.Kommuner ? Kommun?.Slug : null));
        }

        if (Article.IsEasyRead)
        {
            // Lättläst is a reading level, not a language: the same Swedish text, simpler.
            page["isBasedOn"] = context.Absolute(Format.ArticleUrl(Article.Slug, Article.Scope == ArticleScope.Kommuner ? Kommun?.Slug : null));
        }

        var article = new JsonObject
        {
            ["@type"] = "Article",
            ["headline"] = Article.Title,
            ["description"] = Article.Ingress,
            ["inLanguage"] = Article.Language,
            ["datePublished"] = SchemaOrg.Instant(Article.PublishedAt),
            ["dateModified"] = SchemaOrg.Instant(Article.UpdatedAt),
            ["author"] = ResponsibleUnit(),
            ["publisher"] = SchemaOrg.Publisher(context.Origin),
        };
        if (Image is not null && PreviewImage.For(Image) is { } rendition)
        {
            var image = new JsonObject { ["@type"] = "ImageObject", ["url"] = context.Absolute(rendition.Path), ["width"] = rendition.Width };
            if (!string.IsNullOrWhiteSpace(Image.Credit))
            {
                image["creditText"] = Image.Credit;
            }

            page["primaryImageOfPage"] = image;
            article["image"] = image.DeepClone();
        }

        page["mainEntity"] = article;
        return page;
    }

    // The unit that answers for the text, inside the organisation that publishes it.
    private JsonObject ResponsibleUnit()
    {
        var unit = new JsonObject { ["@type"] = "Organization", ["name"] = Article.ResponsibleUnit };
        var parent = Article.Scope switch
        {
            ArticleScope.Region => Article.RegionOrganisation,
            ArticleScope.Kommuner => Kommun?.Name,
            _ => null,
        };
        if (parent is not null)
        {
            unit["parentOrganization"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = parent };
        }

        return unit;
    }
}
