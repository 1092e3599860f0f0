using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Halsoportal.Web.Tests.Discovery;

/// <summary>
/// schema.org JSON-LD and Open Graph on every public template: one block per page, real types,
/// the properties each type needs in the right shape, breadcrumbs that match the visible ones.
/// </summary>
public sealed partial class StructuredDataTests(DiscoverySite fixture) : IClassFixture<DiscoverySite>
{
    private const string National = "/artikel/friska-tander-och-en-frisk-mun-genom-livet";
    private const string Local = "/sundsvall/motesplatser-mot-ensamhet-i-sundsvall";
    private const string EasyRead = "/artikel/halsosamtal-pa-din-vardcentral-i-jonkopings-lan/lattlast";

    /// <summary>Real schema.org types this site uses; anything else is a typo or an invention.</summary>
    private static readonly HashSet<string> KnownTypes = new(StringComparer.Ordinal)
    {
        "WebSite", "WebPage", "CollectionPage", "AboutPage", "MedicalWebPage", "SearchResultsPage", "Article",
        "BreadcrumbList", "ListItem", "SearchAction", "EntryPoint", "GovernmentOrganization", "Organization",
        "AdministrativeArea", "Country", "Thing", "PeopleAudience", "ImageObject", "MedicalClinic", "Dentist",
        "Physiotherapy", "CivicStructure", "GovernmentOffice", "PostalAddress", "GeoCoordinates",
        "OpeningHoursSpecification", "LocationFeatureSpecification",
    };

    private static readonly HashSet<string> PageTypes = new(StringComparer.Ordinal)
    {
        "WebPage", "CollectionPage", "AboutPage", "MedicalWebPage", "SearchResultsPage",
    };

    private readonly HttpClient _client = fixture.Client;

    public static TheoryData<string, string> Templates => new()
    {
        { "/", "WebSite" },
        { "/sundsvall", "CollectionPage" },
        { "/amne", "CollectionPage" },
        { "/amne/fysisk-aktivitet", "CollectionPage" },
        { "/sundsvall/amne/fysisk-aktivitet", "CollectionPage" },
        { National, "MedicalWebPage" },
        { Local, "MedicalWebPage" },
        { EasyRead, "MedicalWebPage" },
        { "/sundsvall/{image}", "MedicalWebPage" },
        { "/sundsvall/{image}/lattlast", "MedicalWebPage" },
        { "/om", "AboutPage" },
        { "/integritet", "WebPage" },
        { "/tillganglighetsredogorelse", "WebPage" },
        { "/sundsvall/kontakt", "CollectionPage" },
        { "/sundsvall/kontakt/halsocentralen-matfors", "WebPage" },
        { "/sundsvall/dialog", "WebPage" },
        { "/sundsvall/dialog/{open}", "WebPage" },
        { "/sundsvall/dialog/{results}", "WebPage" },
        { "/sundsvall/dialog/{results}/resultat", "WebPage" },
        { "/sok?q=s%C3%B6mn", "SearchResultsPage" },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task EveryTemplate_HasOneValidJsonLdBlock_MatchingItsCanonicalAndBreadcrumbs(string template, string rootType)
    {
        var (document, origin) = await GetAsync(template);

        var scripts = document.QuerySelectorAll("script[type='application/ld+json']");
        Assert.Single(scripts);
        using var json = JsonDocument.Parse(scripts[0].TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal(rootType, root.GetProperty("@type").GetString());
        var problems = new List<string>();
        Validate(root, "$", problems);
        Assert.Empty(problems);

        var canonical = document.QuerySelector("link[rel='canonical']")!.GetAttribute("href")!;
        Assert.StartsWith(origin + "/", canonical, StringComparison.Ordinal);
        Assert.Equal(canonical, root.GetProperty("url").GetString());

        var visible = document.QuerySelectorAll("nav.breadcrumbs li").Select(li => (Text: li.TextContent.Trim(), Href: li.QuerySelector("a")?.GetAttribute("href"))).ToList();
        if (visible.Count == 0)
        {
            Assert.False(root.TryGetProperty("breadcrumb", out _));
            return;
        }

        var items = root.GetProperty("breadcrumb").GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(visible.Select(v => v.Text), items.Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(visible.Select(v => v.Href is null ? canonical : origin + v.Href), items.Select(i => i.GetProperty("item").GetString()));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task EveryTemplate_HasOpenGraphWithAbsoluteCanonicalUrl(string template, string rootType)
    {
        var (document, origin) = await GetAsync(template);

        string? Og(string property) => document.QuerySelector($"head meta[property='{property}']")?.GetAttribute("content");
        Assert.Equal(document.QuerySelector("link[rel='canonical']")!.GetAttribute("href"), Og("og:url"));
        Assert.False(string.IsNullOrWhiteSpace(Og("og:title")));
        Assert.Equal(rootType == "MedicalWebPage" ? "article" : "website", Og("og:type"));
        Assert.Equal("sv_SE", Og("og:locale"));
        Assert.Equal("Hälsoportal", Og("og:site_name"));
        Assert.Equal(document.QuerySelector("meta[name='description']")?.GetAttribute("content"), Og("og:description"));
        if (Og("og:image") is { } image)
        {
            Assert.StartsWith(origin + "/media/", image, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(Og("og:image:alt")));
        }
    }

    [Theory]
    [InlineData("/sundsvall/kontakt/anhorigcentrum-sundsvall", "GovernmentOffice")]
    [InlineData("/sundsvall/kontakt/halsocentralen-matfors", "MedicalClinic")]
    public async Task ContactPoint_IsAClinicWhenItGivesCare_AndTheKommunsOfficeOtherwise_WithItsHours(string path, string type)
    {
        var (document, _) = await GetAsync(path);
        using var json = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var point = json.RootElement.GetProperty("mainEntity");

        Assert.Equal(type, point.GetProperty("@type").GetString());
        Assert.True(point.GetProperty("openingHoursSpecification").GetArrayLength() > 0);
    }

    [Fact]
    public async Task ArticleWithImage_PreviewShowsAJpegRenditionWithItsAltText_AndJsonLdTheSameImage()
    {
        var (document, origin) = await GetAsync("/sundsvall/{image}");

        var image = document.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.Matches($"^{Regex.Escape(origin)}/media/.+\\.jpg$", image);
        Assert.Equal(DiscoverySite.ImageAlt, document.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));
        using var json = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(image, json.RootElement.GetProperty("mainEntity").GetProperty("image").GetProperty("url").GetString());
        Assert.Equal("2027-03-01", json.RootElement.GetProperty("lastReviewed").GetString());
        Assert.Equal("Folkhälsoenheten", json.RootElement.GetProperty("reviewedBy").GetProperty("name").GetString());
        Assert.Contains(json.RootElement.GetProperty("audience").EnumerateArray(), a => a.GetProperty("audienceType").GetString() == "Äldre");
    }

    [Fact]
    public async Task EditorTextInJsonLd_CannotEndTheScriptElement()
    {
        var response = await _client.GetAsync(new Uri($"/sundsvall/{fixture.HostileArticleSlug}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        var (document, _) = await GetAsync($"/sundsvall/{fixture.HostileArticleSlug}");
        using var json = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(DiscoverySite.HostileTitle, json.RootElement.GetProperty("mainEntity").GetProperty("headline").GetString());
    }

    [Theory]
    [InlineData("/redaktor/logga-in", HttpStatusCode.OK)]
    [InlineData("/forhandsvisning/finns-inte", HttpStatusCode.NotFound)]
    [InlineData("/sundsvall/finns-inte/alls/har", HttpStatusCode.NotFound)]
    public async Task EditorPreviewAndErrorPages_HaveNoPreviewTagsNoStructuredDataNoCanonical(string path, HttpStatusCode status)
    {
        // The backoffice's __Host- cookies need HTTPS, as a browser would use.
        using var client = fixture.Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var (response, document) = await Html.GetAsync(client, path);

        Assert.Equal(status, response.StatusCode);
        Assert.Empty(document.QuerySelectorAll("meta[property^='og:']"));
        Assert.Empty(document.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Empty(document.QuerySelectorAll("link[rel='canonical']"));
    }

    private async Task<(IDocument Document, string Origin)> GetAsync(string template)
    {
        var path = template
            .Replace("{image}", fixture.ImageArticleSlug, StringComparison.Ordinal)
            .Replace("{open}", fixture.OpenDialog.Slug, StringComparison.Ordinal)
            .Replace("{results}", fixture.DialogWithResults.Slug, StringComparison.Ordinal);
        return (await Html.GetOkAsync(_client, path), await SiteOrigin.GetAsync(_client));
    }

    /// <summary>Walks every node: known types only, and the properties each type needs in the shape it needs them.</summary>
    private static void Validate(JsonElement node, string at, List<string> problems)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray())
            {
                Validate(item, $"{at}[{i++}]", problems);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (node.TryGetProperty("@type", out var typeElement))
        {
            var type = typeElement.GetString() ?? "";
            void Require(bool ok, string what)
            {
                if (!ok)
                {
                    problems.Add($"{at} ({type}): {what}");
                }
            }

            Require(KnownTypes.Contains(type), "not a known schema.org type");
            if (PageTypes.Contains(type) || type == "WebSite")
            {
                Require(IsText(node, "name"), "name");
                Require(IsAbsolute(node, "url"), "absolute url");
            }

            if (PageTypes.Contains(type))
            {
                Require(Text(node, "inLanguage") == "sv", "inLanguage sv");
                Require(node.TryGetProperty("isPartOf", out var site) && Text(site, "@type") == "WebSite", "isPartOf WebSite");
            }

            switch (type)
            {
                case "WebSite" when at == "$":
                    Require(node.TryGetProperty("publisher", out var publisher) && Text(publisher, "@type") == "GovernmentOrganization", "publisher GovernmentOrganization");
                    Require(node.TryGetProperty("potentialAction", out var action) && Text(action, "@type") == "SearchAction", "potentialAction SearchAction");
                    break;
                case "SearchAction":
                    Require(node.TryGetProperty("target", out var target) && (Text(target, "urlTemplate") ?? "").Contains("{search_term_string}", StringComparison.Ordinal), "target.urlTemplate with {search_term_string}");
                    Require(Text(node, "query-input") == "required name=search_term_string", "query-input");
                    break;
                case "MedicalWebPage":
                    Require(IsDate(Text(node, "lastReviewed")), "lastReviewed as an ISO date");
                    Require(IsInstant(Text(node, "dateModified")), "dateModified");
                    Require(HasName(node, "reviewedBy") || HasName(node, "author"), "reviewedBy or author with a name");
                    Require(node.TryGetProperty("mainEntity", out var main) && Text(main, "@type") == "Article", "mainEntity Article");
                    break;
                case "Article":
                    Require(IsText(node, "headline"), "headline");
                    Require(IsInstant(Text(node, "dateModified")) && IsInstant(Text(node, "datePublished")), "dateModified and datePublished");
                    Require(HasName(node, "author"), "author with a name");
                    break;
                case "BreadcrumbList":
                    var items = node.TryGetProperty("itemListElement", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
                    Require(items.Count > 0, "itemListElement");
                    for (var i = 0; i < items.Count; i++)
                    {
                        Require(Text(items[i], "@type") == "ListItem", $"item {i + 1} is a ListItem");
                        Require(items[i].TryGetProperty("position", out var position) && position.ValueKind == JsonValueKind.Number && position.GetInt32() == i + 1, $"position {i + 1}");
                        Require(IsText(items[i], "name") && IsAbsolute(items[i], "item"), $"item {i + 1} has a name and an absolute item URL");
                    }

                    break;
                case "OpeningHoursSpecification":
                    Require(HoursPattern().IsMatch(Text(node, "opens") ?? "") && HoursPattern().IsMatch(Text(node, "closes") ?? ""), "opens and closes as HH:mm");
                    Require((Text(node, "dayOfWeek") ?? "").StartsWith("https://schema.org/", StringComparison.Ordinal) || IsDate(Text(node, "validFrom")), "dayOfWeek or validFrom");
                    break;
                case "MedicalClinic" or "Dentist" or "Physiotherapy" or "CivicStructure" or "GovernmentOffice":
                    Require(IsText(node, "name") && IsAbsolute(node, "url"), "name and url");
                    Require(node.TryGetProperty("address", out var address) && Text(address, "@type") == "PostalAddress", "address");
                    break;
                case "GeoCoordinates":
                    Require(node.TryGetProperty("latitude", out var lat) && lat.ValueKind == JsonValueKind.Number
                        && node.TryGetProperty("longitude", out var lon) && lon.ValueKind == JsonValueKind.Number, "numeric latitude and longitude");
                    break;
                case "ImageObject":
                    Require(IsAbsolute(node, "url"), "absolute url");
                    break;
                case "GovernmentOrganization" or "Organization" or "AdministrativeArea" or "Country" or "Thing":
                    Require(IsText(node, "name"), "name");
                    break;
            }
        }

        foreach (var property in node.EnumerateObject())
        {
            Validate(property.Value, $"{at}.{property.Name}", problems);
        }
    }

    private static string? Text(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsText(JsonElement node, string name) => !string.IsNullOrWhiteSpace(Text(node, name));

    private static bool HasName(JsonElement node, string name) => node.TryGetProperty(name, out var value) && IsText(value, "name");

    private static bool IsAbsolute(JsonElement node, string name) =>
        Uri.TryCreate(Text(node, name), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static bool IsDate(string? value) => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsInstant(string? value) =>
        DateTimeOffset.TryParseExact(value, ["yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    private static partial Regex HoursPattern();
}
