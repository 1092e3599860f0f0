using System.Net;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Halsoportal.Content.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>Region administrators keep the contact-point types and services, and link topics to them.</summary>
public sealed class ContactPointTaxonomyTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private async Task<T> InDbAsync<T>(Func<ContentDbContext, Task<T>> work)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ContentDbContext>());
    }

    [Fact]
    public async Task Add_Service_IsListedUnderItsSwedishNameAndOfferedInTheContactPointForm()
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22");
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: "2281");

        var added = await admin.PostFormAsync("/redaktor/amnen", [new("Input.Kind", "Service"), new("Input.Name", "Stöd vid ensamhet")]);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var term = await InDbAsync(db => db.TaxonomyTerms.AsNoTracking().SingleAsync(t => t.Name == "Stöd vid ensamhet"));
        Assert.Equal((TaxonomyKind.Service, "stod-vid-ensamhet"), (term.Kind, term.Slug));
        var (_, list) = await admin.GetDocumentAsync("/redaktor/amnen");
        var headings = list.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Contains("Typer av kontaktpunkter", headings);
        Assert.Contains("Tjänster", headings);
        Assert.NotNull(list.GetElementById($"kind-{TaxonomyKind.Service}")!.ParentElement!.QuerySelector($"a[href='/redaktor/amnen/{term.Id}']"));
        var (_, form) = await editor.GetDocumentAsync("/redaktor/kontaktpunkter/ny");
        Assert.NotNull(form.QuerySelector("input[name='Input.Services'][value='stod-vid-ensamhet']"));
    }

    [Fact]
    public async Task Rename_Type_ChangesTheNameInTheForm()
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22");
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: "2281");
        var bvc = await InDbAsync(db => db.TaxonomyTerms.AsNoTracking().SingleAsync(t => t.Kind == TaxonomyKind.ContactPointType && t.Slug == "bvc"));

        var renamed = await admin.PostFormAsync($"/redaktor/amnen/{bvc.Id}", [new("Input.Name", "BVC – barnavårdscentral"), new("Input.Description", bvc.Description)]);

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var (_, form) = await editor.GetDocumentAsync("/redaktor/kontaktpunkter/ny");
        Assert.Equal("BVC – barnavårdscentral", form.QuerySelector("#Input_Type option[value='bvc']")!.TextContent);
    }

    [Fact]
    public async Task EditTopic_TickedTypesAndServices_BecomeItsRelatedLinks_UnknownIsRefused()
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22");
        var sleep = await InDbAsync(db => db.TaxonomyTerms.AsNoTracking().SingleAsync(t => t.Kind == TaxonomyKind.Topic && t.Slug == "somn"));
        var (_, page) = await admin.GetDocumentAsync($"/redaktor/amnen/{sleep.Id}");
        Assert.True(page.QuerySelector("input[name='Input.Related'][value='service:samtalsstod']")!.HasAttribute("checked"));

        var bogus = await admin.PostFormAsync($"/redaktor/amnen/{sleep.Id}",
            [new("Input.Name", sleep.Name), new("Input.Description", sleep.Description), new("Input.Related", "service:finns-inte")]);
        var saved = await admin.PostFormAsync($"/redaktor/amnen/{sleep.Id}",
            [new("Input.Name", sleep.Name), new("Input.Description", sleep.Description), new("Input.Related", "contactpointtype:vardcentral"), new("Input.Related", "service:halsosamtal")]);

        Assert.Equal(HttpStatusCode.OK, bogus.StatusCode);
        Assert.Contains("finns inte", await bogus.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var related = await InDbAsync(db => db.TaxonomyTerms.AsNoTracking().Where(t => t.Id == sleep.Id).Select(t => t.Related).SingleAsync());
        Assert.Equal(["contactpointtype:vardcentral", "service:halsosamtal"], related);
        Assert.Contains("taxonomy.related", await InDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync()));
    }
}
