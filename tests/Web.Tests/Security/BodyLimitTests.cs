using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Halsoportal.Content.Accounts;
using Halsoportal.Web.Features.Shared;
using Halsoportal.Web.Tests.Editor;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Security;

/// <summary>
/// security.md item 9, body and form limits: every route that takes a POST has a row in
/// <see cref="BodyLimits.Posts"/> (a new one without fails here); one byte over its limit is a 413
/// (Swedish page, or ProblemDetails under /api) for every row; exactly at the limit is taken as
/// any other form, for each class of limit; more form fields than allowed is a 413 too. Through
/// real Kestrel as well, for bodies with and without Content-Length (<see cref="KestrelBodyLimitTests"/>).
/// </summary>
public sealed class BodyLimitTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task EveryRouteThatTakesAPost_HasALimitRow_AndEveryRowARoute()
    {
        var loader = site.Services.GetRequiredService<PageLoader>();
        var posts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                if (compiled.HandlerMethods.Any(h => string.Equals(h.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase)))
                {
                    posts.Add(route);
                }
            }
            else if (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>() is not { } methods
                || methods.HttpMethods.Contains("POST", StringComparer.OrdinalIgnoreCase))
            {
                posts.Add(route);
            }
        }

        Assert.Contains("/tillganglighetsredogorelse/rapportera", posts);
        Assert.Empty(posts.Except(BodyLimits.Posts.Keys).Order());
        Assert.Empty(BodyLimits.Posts.Keys.Except(posts).Order());
    }

    [Fact]
    public async Task OneByteOverTheLimit_Is413_OnEveryPostRoute()
    {
        var client = site.CreateSiteClient();
        var failures = new List<string>();
        // The upload's own filter answers after sign-in (Editor/MediaTests.Upload_OneByteOverBodyLimit_413AndNothingStored).
        foreach (var (template, limit) in BodyLimits.Posts.Where(p => p.Value != BodyLimits.OwnFilter))
        {
            var url = Concrete(template);
            var over = limit;
            var response = await client.PostAsync(new Uri(url, UriKind.Relative), ExactForm([], over + 1));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.RequestEntityTooLarge)
            {
                failures.Add($"POST {url} with {over + 1} bytes: {(int)response.StatusCode}");
            }
            else if (url.StartsWith("/api", StringComparison.Ordinal))
            {
                if (response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                    || JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32() != 413)
                {
                    failures.Add($"POST {url}: not a 413 problem: {body}");
                }
            }
            else if (!body.Contains("<h1>För mycket data</h1>", StringComparison.Ordinal) || !body.Contains("lang=\"sv\"", StringComparison.Ordinal))
            {
                failures.Add($"POST {url}: not the Swedish 413 page");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Empty(site.Problems);
    }

    [Fact]
    public async Task PublicForm_ExactlyAtTheLimit_IsTaken_OneByteOverIs413()
    {
        var client = site.CreateSiteClient();
        KeyValuePair<string, string>[] report = [new("Input.Where", "Söksidan"), new("Input.Description", "Knappen Sök går inte att nå med tangentbordet.")];

        var at = await client.PostAsync(new Uri("/tillganglighetsredogorelse/rapportera", UriKind.Relative), ExactForm(report, BodyLimits.PublicForm));
        var over = await client.PostAsync(new Uri("/tillganglighetsredogorelse/rapportera", UriKind.Relative), ExactForm(report, BodyLimits.PublicForm + 1));

        Assert.Equal(HttpStatusCode.Redirect, at.StatusCode);
        Assert.StartsWith("/tillganglighetsredogorelse/rapportera/tack/", at.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
    }

    [Fact]
    public async Task EditorForm_ExactlyAtTheLimit_IsSaved_OneByteOverIs413()
    {
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: "2281");
        var (_, form) = await editor.GetDocumentAsync("/redaktor/artiklar/ny");
        var token = await editor.GetAntiforgeryTokenAsync("/redaktor/artiklar/ny");
        var fields = FormFields.Of(form, "Input.Title")
            .Set("Input.Title", "Gränsfall för formulär")
            .Set("Input.Ingress", "Ett formulär som är precis så stort som det får vara.")
            .Set("Input.Body", "## Text\n\nKort text.")
            .Set("Input.Topics", "topic:fysisk-aktivitet")
            .Set("Input.LifeSituations", "lifesituation:vuxna")
            .Set("Input.ResponsibleUnit", "Folkhälsoenheten")
            .All.Append(new("__RequestVerificationToken", token)).ToList();

        var over = await editor.Http.PostAsync(new Uri("/redaktor/artiklar/ny", UriKind.Relative), ExactForm(fields, BodyLimits.EditorForm + 1));
        var at = await editor.Http.PostAsync(new Uri("/redaktor/artiklar/ny", UriKind.Relative), ExactForm(fields, BodyLimits.EditorForm));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, at.StatusCode);
        Assert.Matches("^/redaktor/artiklar/[0-9]+$", at.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_ExactlyAtTheLimit_IsAnsweredAsAnyWrongPassword_OneByteOverIs413()
    {
        using var anonymous = EditorClient.Anonymous(site);
        var token = await anonymous.GetAntiforgeryTokenAsync("/redaktor/logga-in");
        KeyValuePair<string, string>[] login = [new("Input.Email", "ingen@example.se"), new("Input.Password", "fel-losenord-123"), new("__RequestVerificationToken", token)];

        var small = await anonymous.Http.PostAsync(new Uri("/redaktor/logga-in", UriKind.Relative), new FormUrlEncodedContent(login));
        var at = await anonymous.Http.PostAsync(new Uri("/redaktor/logga-in", UriKind.Relative), ExactForm(login, BodyLimits.SignIn));
        var over = await anonymous.Http.PostAsync(new Uri("/redaktor/logga-in", UriKind.Relative), ExactForm(login, BodyLimits.SignIn + 1));

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(small.StatusCode, at.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
    }

    [Fact]
    public async Task DialogAnswers_ExactlyAtTheLimit_IsTaken_OneByteOverIs413()
    {
        await using var dialogs = new Dialog.DialogSite();
        await dialogs.InitializeAsync();
        var survey = await dialogs.CreateAsync();
        var url = $"/sundsvall/dialog/{survey.Slug}/svara";
        var page = await Html.GetOkAsync(dialogs.Client, url);
        var fields = page.QuerySelectorAll("form[method=post] input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToList();

        var small = await dialogs.Client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));
        var at = await dialogs.Client.PostAsync(new Uri(url, UriKind.Relative), ExactForm(fields, BodyLimits.DialogAnswers));
        var over = await dialogs.Client.PostAsync(new Uri(url, UriKind.Relative), ExactForm(fields, BodyLimits.DialogAnswers + 1));

        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, small.StatusCode);
        Assert.Equal(small.StatusCode, at.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
    }

    [Fact]
    public async Task Api_WritesAre405UpToTheLimit_OneByteOverIs413_AllAsProblems_AndABodyWhereNoneBelongsIs413()
    {
        var client = site.CreateSiteClient();

        var empty = await client.PostAsync(new Uri("/api/v1/articles", UriKind.Relative), new ByteArrayContent([]));
        var at = await client.PostAsync(new Uri("/api/v1/articles", UriKind.Relative), ExactForm([], BodyLimits.RefusedWrite));
        var over = await client.PostAsync(new Uri("/api/v1/articles", UriKind.Relative), ExactForm([], BodyLimits.RefusedWrite + 1));
        var put = await client.PutAsync(new Uri("/api/v1/articles", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));
        var delete = await client.DeleteAsync(new Uri("/api/v1/articles", UriKind.Relative));

        Assert.Equal(
            [HttpStatusCode.MethodNotAllowed, HttpStatusCode.MethodNotAllowed, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.MethodNotAllowed, HttpStatusCode.MethodNotAllowed],
            new[] { empty, at, over, put, delete }.Select(r => r.StatusCode));
        Assert.All(new[] { empty, at, over, put, delete }, r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));

        // A GET page has no row: it takes no body at all.
        using var get = new HttpRequestMessage(HttpMethod.Get, new Uri("/sok?q=somn", UriKind.Relative)) { Content = new StringContent("x") };
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.SendAsync(get)).StatusCode);
    }

    [Fact]
    public async Task FormFields_AtTheCount_AreTaken_OneMoreIs413()
    {
        var client = site.CreateSiteClient();
        var report = new List<KeyValuePair<string, string>> { new("Input.Where", "Söksidan"), new("Input.Description", "Fältet för sökord saknar etikett.") };
        var atCount = report.Concat(Enumerable.Range(0, BodyLimits.MaxFormValues - report.Count).Select(i => new KeyValuePair<string, string>($"f{i}", "1"))).ToList();
        var overCount = atCount.Append(new("en-till", "1")).ToList();

        var at = await client.PostAsync(new Uri("/tillganglighetsredogorelse/rapportera", UriKind.Relative), new FormUrlEncodedContent(atCount));
        var over = await client.PostAsync(new Uri("/tillganglighetsredogorelse/rapportera", UriKind.Relative), new FormUrlEncodedContent(overCount));

        Assert.Equal(HttpStatusCode.Redirect, at.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
    }

    /// <summary>The fields, url-encoded, padded with one more field to exactly <paramref name="size"/> bytes.</summary>
    internal static ByteArrayContent ExactForm(IEnumerable<KeyValuePair<string, string>> fields, long size)
    {
        var encoded = new FormUrlEncodedContent(fields).ReadAsStringAsync().GetAwaiter().GetResult();
        var prefix = encoded.Length == 0 ? (size < 4 ? "" : "pad=") : encoded + "&pad=";
        var bytes = Encoding.ASCII.GetBytes(prefix + new string('x', checked((int)size) - prefix.Length));
        Assert.Equal(size, bytes.Length);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }

    /// <summary>A URL that the route template matches.</summary>
    internal static string Concrete(string template) =>
        Regex.Replace(template, @"\{\*?\*?(\w+)[^}]*(\}\})?[^}]*\}", match => match.Groups[1].Value switch
        {
            "kommun" when template.Contains("regex", StringComparison.Ordinal) => "2281",
            "kommun" => "sundsvall",
            "code" when template.StartsWith("/fel", StringComparison.Ordinal) => "400",
            "code" => "2281",
            "key" => new string('a', 64),
            "rest" => "v1/articles",
            "slug" => "en-dialog",
            _ => "1",
        });
}
