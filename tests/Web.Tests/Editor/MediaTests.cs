using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using AngleSharp.Html.Parser;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Media;
using Halsoportal.Content.Storage;
using Halsoportal.Media;
using Halsoportal.Media.Storage;
using Halsoportal.Media.Uploads;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetVips;
using static Halsoportal.Web.Tests.Editor.TestEditors;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>
/// The image library over the real app and a real SQLite database: the service's rights and audit,
/// serving renditions with their headers, and the editor pages through HTTP (upload refusals store
/// nothing, the body limit answers 413, another kommun's image is a 404).
/// </summary>
public sealed class MediaTests(MediaTests.MediaSite fixture) : IClassFixture<MediaTests.MediaSite>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private IServiceProvider Services => fixture.App.Services;

    private string MediaFolder => Path.Combine(fixture.Site.DataPath, "media");

    private static byte[] Jpeg(int width = 800, int height = 500)
    {
        using var image = (Image.Black(width, height, 3) + new double[] { 40, 120, 200 }).Cast(Enums.BandFormat.Uchar);
        return image.JpegsaveBuffer();
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private Task<int> CountAsync<TEntity>()
        where TEntity : class =>
        InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().Set<TEntity>().CountAsync());

    private string[] MediaFiles() => Directory.Exists(MediaFolder) ? Directory.GetFiles(MediaFolder) : [];

    /// <summary>Stores a real upload and records it for <paramref name="owner"/>, as the upload page does.</summary>
    private async Task<(int Id, MediaUploadResult Upload)> AddImageAsync(EditorAccess access, string owner, string alt = "Två personer går på en grusväg")
    {
        var data = Jpeg();
        var upload = await Services.GetRequiredService<MediaUploadProcessor>().ProcessAsync(new MemoryStream(data), data.Length, None);
        Assert.True(upload.IsStored, upload.Message);
        var result = await InScopeAsync(sp => sp.GetRequiredService<MediaLibraryService>().AddAsync(
            access, owner, new NewMedia(upload.FileKey!, upload.Width, upload.Height, upload.RenditionWidthsText, new MediaDetails(alt, false, "Foto: Test")), None));
        Assert.Equal(EditStatus.Done, result.Status);
        return (result.ItemId, upload);
    }

    // --- The service -------------------------------------------------------------------------

    [Fact]
    public async Task AddAsync_KommunEditor_RecordsItemAndAuditEntryTogether()
    {
        var editor = await CreateUserAsync(Services, "Eva Redaktör", (EditorRole.Editor, Sundsvall));
        var audit = await CountAsync<AuditEntry>();

        var (id, upload) = await AddImageAsync(editor, $"kommun:{Sundsvall}");

        var item = await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().MediaItems.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(Sundsvall, item.OwnerKommunCode);
        Assert.Equal(Vasternorrland, item.OwnerRegionCode);
        Assert.Equal(upload.FileKey, item.FileKey);
        Assert.Equal("320,640,800", item.RenditionWidths);
        Assert.Equal("Eva Redaktör", item.CreatedBy);
        Assert.Equal(audit + 1, await CountAsync<AuditEntry>());
        var entry = await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().AuditEntries.AsNoTracking().OrderBy(a => a.Id).LastAsync());
        Assert.Equal(("media.upload", "media", id.ToString(System.Globalization.CultureInfo.InvariantCulture), Sundsvall), (entry.Action, entry.ItemType, entry.ItemId, entry.KommunCode));
    }

    [Fact]
    public async Task AddAsync_OtherKommunAsOwner_InvalidAndWritesNothing()
    {
        var editor = await CreateUserAsync(Services, "Eva", (EditorRole.Editor, Sundsvall));
        var items = await CountAsync<MediaItem>();
        var audit = await CountAsync<AuditEntry>();

        var result = await InScopeAsync(sp => sp.GetRequiredService<MediaLibraryService>().AddAsync(
            editor, $"kommun:{Jonkoping}", new NewMedia(MediaFileName.NewKey(), 10, 10, "10", new MediaDetails("En bro", false, null)), None));

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains(result.FieldErrors, e => e.Field == "Owner");
        Assert.Equal(items, await CountAsync<MediaItem>());
        Assert.Equal(audit, await CountAsync<AuditEntry>());
    }

    [Theory]
    [InlineData(null, false, "AltText", "Skriv en alternativtext som beskriver bilden, eller markera bilden som dekorativ.")]
    [InlineData("   \n ", false, "AltText", "Skriv en alternativtext som beskriver bilden, eller markera bilden som dekorativ.")]
    [InlineData("IMG_2041.JPG", false, "AltText", "Alternativtexten ska beskriva vad bilden visar, inte vara ett filnamn.")]
    public void Validate_BadAltText_SwedishFieldError(string? alt, bool decorative, string field, string message)
    {
        var errors = MediaLibraryService.Validate(new MediaDetails(alt, decorative, null));

        Assert.Equal([new FieldError(field, message)], errors);
    }

    [Fact]
    public void Validate_DecorativeWithoutAltText_NoErrors()
    {
        Assert.Empty(MediaLibraryService.Validate(new MediaDetails(null, true, null)));
    }

    [Theory]
    [InlineData(-1, 50, "FocalX")]
    [InlineData(101, 50, "FocalX")]
    [InlineData(50, -1, "FocalY")]
    [InlineData(50, 101, "FocalY")]
    public void Validate_FocalPointOutsidePercent_FieldError(int x, int y, string field)
    {
        var errors = MediaLibraryService.Validate(new MediaDetails("En bro", false, null, x, y));

        Assert.Equal(field, Assert.Single(errors).Field);
    }

    [Fact]
    public async Task ListAsync_KommunEditor_NeverSeesAnotherKommunsImages()
    {
        var sundsvall = await CreateUserAsync(Services, "Eva", (EditorRole.Editor, Sundsvall));
        var jonkoping = await CreateUserAsync(Services, "Jonas", (EditorRole.Editor, Jonkoping));
        var (own, _) = await AddImageAsync(sundsvall, $"kommun:{Sundsvall}");
        var (other, _) = await AddImageAsync(jonkoping, $"kommun:{Jonkoping}");

        var mine = await InScopeAsync(sp => sp.GetRequiredService<MediaLibraryService>().ListAsync(sundsvall, $"kommun:{Sundsvall}", None));
        var theirs = await InScopeAsync(sp => sp.GetRequiredService<MediaLibraryService>().ListAsync(sundsvall, $"kommun:{Jonkoping}", None));
        var owners = await InScopeAsync(sp => sp.GetRequiredService<MediaLibraryService>().GetOwnerOptionsAsync(sundsvall, None));

        Assert.Contains(mine, m => m.Id == own);
        Assert.DoesNotContain(mine, m => m.Id == other);
        Assert.Empty(theirs);
        Assert.Equal([new OwnerOption($"kommun:{Sundsvall}", "Sundsvall")], owners);
    }

    [Fact]
    public async Task GetOwnerOptionsAsync_RegionAndSystemAdmins_RegionAndNationalOffered()
    {
        var region = await CreateUserAsync(Services, "Rut", (EditorRole.RegionAdmin, Vasternorrland));
        var system = await CreateUserAsync(Services, "Sam", (EditorRole.SystemAdmin, null));

        var regionOwners = await InScopeAsync(sp => sp.GetRequiredService<MediaLibraryService>().GetOwnerOptionsAsync(region, None));
        var systemOwners = await InScopeAsync(sp => sp.GetRequiredService<MediaLibraryService>().GetOwnerOptionsAsync(system, None));

        Assert.Contains(regionOwners, o => o.Value == $"kommun:{Timra}");
        Assert.Contains(regionOwners, o => o.Value == $"region:{Vasternorrland}");
        Assert.DoesNotContain(regionOwners, o => o.Value == $"kommun:{Jonkoping}" || o.Value == "nationell");
        Assert.Equal("nationell", systemOwners[^1].Value);
    }

    [Fact]
    public async Task UpdateAsync_OtherKommunsImage_NotFoundAndUnchanged()
    {
        var sundsvall = await CreateUserAsync(Services, "Eva", (EditorRole.Editor, Sundsvall));
        var jonkoping = await CreateUserAsync(Services, "Jonas", (EditorRole.Editor, Jonkoping));
        var (id, _) = await AddImageAsync(jonkoping, $"kommun:{Jonkoping}", alt: "Vätterstranden i kvällsljus");
        var audit = await CountAsync<AuditEntry>();

        var get = await InScopeAsync(sp => sp.GetRequiredService<MediaLibraryService>().GetAsync(sundsvall, id, None));
        var update = await InScopeAsync(sp => sp.GetRequiredService<MediaLibraryService>().UpdateAsync(sundsvall, id, new MediaDetails("Kapad", true, null, 0, 0), None));

        Assert.Null(get);
        Assert.Equal(EditStatus.NotFound, update.Status);
        var item = await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().MediaItems.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(("Vätterstranden i kvällsljus", false, 50, 50), (item.AltText, item.IsDecorative, item.FocalX, item.FocalY));
        Assert.Equal(audit, await CountAsync<AuditEntry>());
    }

    [Fact]
    public async Task UpdateAsync_OwnImage_ChangesDetailsAndAudits()
    {
        var editor = await CreateUserAsync(Services, "Eva", (EditorRole.Editor, Sundsvall));
        var (id, _) = await AddImageAsync(editor, $"kommun:{Sundsvall}");

        var result = await InScopeAsync(sp => sp.GetRequiredService<MediaLibraryService>().UpdateAsync(
            editor, id, new MediaDetails("  Promenad\r\ni  skogen ", false, "Anna Berg", 30, 70), None));

        Assert.Equal(EditStatus.Done, result.Status);
        var item = await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().MediaItems.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(("Promenad i skogen", "Anna Berg", 30, 70), (item.AltText, item.Credit, item.FocalX, item.FocalY));
        var entry = await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().AuditEntries.AsNoTracking().OrderBy(a => a.Id).LastAsync());
        Assert.Equal("media.update", entry.Action);
        Assert.Contains("fokuspunkt 30 %, 70 %", entry.Detail, StringComparison.Ordinal);
    }

    // --- Serving -----------------------------------------------------------------------------

    [Theory]
    [InlineData("webp", "image/webp", "webpload_buffer")]
    [InlineData("jpg", "image/jpeg", "jpegload_buffer")]
    public async Task GetMedia_StoredRendition_ServedWithTypeLongCacheAndNosniff(string extension, string contentType, string loader)
    {
        var editor = await CreateUserAsync(Services, "Eva", (EditorRole.Editor, Sundsvall));
        var (_, upload) = await AddImageAsync(editor, $"kommun:{Sundsvall}");
        using var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri($"/media/{upload.FileKey}-640.{extension}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("Set-Cookie"));
        using var image = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((640, loader), (image.Width, image.Get("vips-loader")));
    }

    public static TheoryData<string> NotRenditions => new()
    {
        "0123456789abcdef0123456789abcdef-640.png",
        "0123456789abcdef0123456789abcdef-640.svg",
        "0123456789ABCDEF0123456789ABCDEF-640.jpg",
        "..%2Fhalsoportal.db",
        "..%252Fhalsoportal.db",
        "%2E%2E%2Fhalsoportal.db",
        "halsoportal.db",
        "0123456789abcdef0123456789abcdef-640.jpg%0A",
        "0123456789abcdef0123456789abcdef-640.jpg",
    };

    [Theory]
    [MemberData(nameof(NotRenditions))]
    public async Task GetMedia_NotAStoredRendition_NotFound(string name)
    {
        using var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/media/" + name, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    // --- The editor pages --------------------------------------------------------------------

    [Fact]
    public void UploadPage_BodyLimit_IsMaxBytesPlusFormOverhead()
    {
        var options = Services.GetRequiredService<IOptions<MediaOptions>>().Value;
        var upload = Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.RoutePattern.RawText == "redaktor/bilder/ladda-upp");

        Assert.Equal(MediaSite.MaxBytes, options.MaxBytes);
        Assert.Equal(options.MaxBytes + (64 * 1024), upload.Metadata.GetRequiredMetadata<Features.Editor.Media.UploadLimitFilter>().Limit);
    }

    [Fact]
    public async Task Upload_Jpeg_StoresAndRedirectsToItsEditPage()
    {
        var client = await fixture.ClientForAsync((EditorRole.Editor, Sundsvall));
        var items = await CountAsync<MediaItem>();

        using var response = await PostUploadAsync(client, Form($"kommun:{Sundsvall}", "Cyklister på en bro", Jpeg(), "cykel.jpg"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/redaktor/bilder/", location, StringComparison.Ordinal);
        Assert.Equal(items + 1, await CountAsync<MediaItem>());
        var edit = await client.GetAsync(new Uri(location, UriKind.Relative));
        var document = await new HtmlParser().ParseDocumentAsync(await edit.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal("Bilden är uppladdad. Kontrollera alternativtexten och fokuspunkten.", document.QuerySelector(".notice")?.TextContent.Trim());
        var img = document.QuerySelector(".media-preview img")!;
        Assert.Equal("Cyklister på en bro", img.GetAttribute("alt"));
        Assert.Contains("-320.jpg 320w", img.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Contains("-640.webp 640w", document.QuerySelector(".media-preview source")!.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Null(img.GetAttribute("style"));
    }

    public static TheoryData<string, string> RefusedFiles => new()
    {
        { "html-som-bild.jpg", "Filen är ingen bild i formatet JPEG, PNG eller WebP. Välj en sådan bild (SVG, GIF och HEIC går inte)." },
        { "logga.svg", "Filen är ingen bild i formatet JPEG, PNG eller WebP. Välj en sådan bild (SVG, GIF och HEIC går inte)." },
        { "avklippt.jpg", "Bilden går inte att läsa – filen är skadad eller ofullständig. Spara om bilden i ett bildprogram och försök igen." },
        { "stor.jpg", "Filen är större än 0,2 MB. Välj en mindre bild." },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task Upload_RefusedFile_SwedishErrorAndNothingStored(string fileName, string message)
    {
        var client = await fixture.ClientForAsync((EditorRole.Editor, Sundsvall));
        var content = fileName switch
        {
            "html-som-bild.jpg" => Encoding.UTF8.GetBytes("<!DOCTYPE html><script>alert(1)</script>"),
            "logga.svg" => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
            "avklippt.jpg" => Jpeg()[..3000],
            _ => [.. Jpeg(), .. new byte[(int)MediaSite.MaxBytes]],
        };
        var files = MediaFiles().Length;
        var items = await CountAsync<MediaItem>();
        var audit = await CountAsync<AuditEntry>();

        using var response = await PostUploadAsync(client, Form($"kommun:{Sundsvall}", "En bild", content, fileName));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Fel:", document.Title, StringComparison.Ordinal);
        var link = Assert.Single(document.QuerySelectorAll(".error-summary a"));
        Assert.Equal(message, link.TextContent.Trim());
        Assert.Equal("#ImageFile", link.GetAttribute("href"));
        Assert.Equal(files, MediaFiles().Length);
        Assert.Equal(items, await CountAsync<MediaItem>());
        Assert.Equal(audit, await CountAsync<AuditEntry>());
    }

    [Fact]
    public async Task Upload_NoAltTextAndNotDecorative_FormErrorAndNothingStored()
    {
        var client = await fixture.ClientForAsync((EditorRole.Editor, Sundsvall));
        var files = MediaFiles().Length;

        using var response = await PostUploadAsync(client, Form($"kommun:{Sundsvall}", "", Jpeg(), "bild.jpg"));

        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var link = Assert.Single(document.QuerySelectorAll(".error-summary a"));
        Assert.Equal("Skriv en alternativtext som beskriver bilden, eller markera bilden som dekorativ.", link.TextContent.Trim());
        Assert.Equal("#Input_AltText", link.GetAttribute("href"));
        Assert.Equal("true", document.QuerySelector("#Input_AltText")!.GetAttribute("aria-invalid"));
        Assert.Equal(files, MediaFiles().Length);
    }

    [Fact]
    public async Task Upload_OverPostedOtherKommun_RefusedAndNothingStored()
    {
        var client = await fixture.ClientForAsync((EditorRole.Editor, Sundsvall));
        var files = MediaFiles().Length;
        var items = await CountAsync<MediaItem>();

        using var response = await PostUploadAsync(client, Form($"kommun:{Jonkoping}", "En bro", Jpeg(), "bro.jpg"));

        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Välj en kommun som du är redaktör för.", Assert.Single(document.QuerySelectorAll(".error-summary a")).TextContent.Trim());
        Assert.Equal(files, MediaFiles().Length);
        Assert.Equal(items, await CountAsync<MediaItem>());
    }

    [Fact]
    public async Task Upload_OneByteOverBodyLimit_413AndNothingStored()
    {
        var client = await fixture.ClientForAsync((EditorRole.Editor, Sundsvall));
        var token = await TokenAsync(client, "/redaktor/bilder/ladda-upp");
        var limit = MediaSite.MaxBytes + (64 * 1024);
        var files = MediaFiles().Length;

        var atLimit = await PostSizedAsync(client, token, limit);
        var overLimit = await PostSizedAsync(client, token, limit + 1);

        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, atLimit);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, overLimit);
        Assert.Equal(files, MediaFiles().Length);
    }

    [Fact]
    public async Task Upload_OverBodyLimitOnKestrel_413WithAndWithoutContentLength()
    {
        var kestrel = fixture.StartKestrel();
        var editor = await CreateUserAsync(kestrel.Services, "Eva", (EditorRole.Editor, Sundsvall));
        using var client = kestrel.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = kestrel.ClientOptions.BaseAddress });
        client.DefaultRequestHeaders.Add(MediaSite.UserHeader, editor.UserId);
        using var form = Form($"kommun:{Sundsvall}", "En bro", new byte[MediaSite.MaxBytes + (64 * 1024)], "bro.jpg", token: "ej-kontrollerad");
        var body = await form.ReadAsByteArrayAsync();

        using var sized = new ByteArrayContent(body);
        sized.Headers.ContentType = form.Headers.ContentType;
        using var withLength = await client.PostAsync(new Uri("/redaktor/bilder/ladda-upp", UriKind.Relative), sized);
        using var streamed = new StreamContent(new MemoryStream(body));
        streamed.Headers.ContentType = form.Headers.ContentType;
        using var chunkedRequest = new HttpRequestMessage(HttpMethod.Post, new Uri("/redaktor/bilder/ladda-upp", UriKind.Relative)) { Content = streamed };
        chunkedRequest.Headers.TransferEncodingChunked = true;
        using var chunked = await client.SendAsync(chunkedRequest);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, withLength.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
        Assert.Contains("För mycket data", await chunked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WithoutAntiforgeryToken_400()
    {
        var client = await fixture.ClientForAsync((EditorRole.Editor, Sundsvall));
        await client.GetAsync(new Uri("/redaktor/bilder/ladda-upp", UriKind.Relative)); // the cookie, but no token in the form

        using var response = await client.PostAsync(new Uri("/redaktor/bilder/ladda-upp", UriKind.Relative), Form($"kommun:{Sundsvall}", "En bro", Jpeg(), "bro.jpg"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EditPage_OtherKommunsImage_404AndUnchanged()
    {
        var jonkoping = await CreateUserAsync(Services, "Jonas", (EditorRole.Editor, Jonkoping));
        var (id, _) = await AddImageAsync(jonkoping, $"kommun:{Jonkoping}", alt: "Vätterstranden i kvällsljus");
        var client = await fixture.ClientForAsync((EditorRole.Editor, Sundsvall));
        var token = await TokenAsync(client, "/redaktor/bilder/ladda-upp");

        using var get = await client.GetAsync(new Uri($"/redaktor/bilder/{id}", UriKind.Relative));
        using var post = await client.PostAsync(new Uri($"/redaktor/bilder/{id}", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.AltText"] = "Kapad",
            ["Input.IsDecorative"] = "true",
            ["Input.FocalX"] = "0",
            ["Input.FocalY"] = "0",
        }));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var item = await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().MediaItems.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(("Vätterstranden i kvällsljus", false, 50), (item.AltText, item.IsDecorative, item.FocalX));
        var list = await client.GetStringAsync(new Uri($"/redaktor/bilder?agare=kommun:{Jonkoping}", UriKind.Relative));
        Assert.DoesNotContain("Vätterstranden", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditPage_FocalPointNotANumber_SwedishErrorInPlace()
    {
        var editor = await CreateUserAsync(Services, "Eva", (EditorRole.Editor, Sundsvall));
        var (id, _) = await AddImageAsync(editor, $"kommun:{Sundsvall}");
        var client = fixture.ClientFor(editor.UserId);
        var token = await TokenAsync(client, $"/redaktor/bilder/{id}");

        using var post = await client.PostAsync(new Uri($"/redaktor/bilder/{id}", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.AltText"] = "Promenad",
            ["Input.FocalX"] = "mitten",
            ["Input.FocalY"] = "50",
        }));

        var document = await new HtmlParser().ParseDocumentAsync(await post.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.StartsWith("Fel:", document.Title, StringComparison.Ordinal);
        Assert.Equal("#Input_FocalX", Assert.Single(document.QuerySelectorAll(".error-summary a")).GetAttribute("href"));
    }

    // --- Helpers -----------------------------------------------------------------------------

    private static MultipartFormDataContent Form(string owner, string alt, byte[] file, string fileName, string? token = null, string boundary = "bildgrans")
    {
        var form = new MultipartFormDataContent(boundary);
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        form.Add(new StringContent(owner), "Input.Owner");
        form.Add(new StringContent(alt), "Input.AltText");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".svg", StringComparison.Ordinal) ? "image/svg+xml" : "image/jpeg");
        form.Add(part, "ImageFile", fileName);
        return form;
    }

    private static async Task<HttpResponseMessage> PostUploadAsync(HttpClient client, MultipartFormDataContent form)
    {
        var token = await TokenAsync(client, "/redaktor/bilder/ladda-upp");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync(new Uri("/redaktor/bilder/ladda-upp", UriKind.Relative), form);
    }

    /// <summary>Posts a multipart body of exactly <paramref name="total"/> bytes.</summary>
    private static async Task<HttpStatusCode> PostSizedAsync(HttpClient client, string token, long total)
    {
        using var probe = Form($"kommun:{Sundsvall}", "En bro", [], "bro.jpg", token);
        var overhead = probe.Headers.ContentLength!.Value;
        using var form = Form($"kommun:{Sundsvall}", "En bro", new byte[total - overhead], "bro.jpg", token);
        Assert.Equal(total, form.Headers.ContentLength);
        using var response = await client.PostAsync(new Uri("/redaktor/bilder/ladda-upp", UriKind.Relative), form);
        return response.StatusCode;
    }

    /// <summary>The antiforgery token of the first form on <paramref name="url"/> (its cookie stays in the client).</summary>
    private static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var document = await new HtmlParser().ParseDocumentAsync(html);
        return document.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {url}.");
    }

    /// <summary>
    /// One app for these tests: small upload limit (Media:MaxBytes = 200 KiB, so 413 is tested
    /// without sending 15 MB) and a header-based sign-in standing in for the login page, so the
    /// pages' own rights checks are what is tested.
    /// </summary>
    public sealed class MediaSite : IAsyncLifetime
    {
        public const long MaxBytes = 200 * 1024;

        /// <summary>Carries the user id; read by the test sign-in in place of the session cookie.</summary>
        public const string UserHeader = "X-Test-User";

        private const string SchemeName = "Test";

        private SiteFactory? _kestrelSite;

        public MediaSite()
        {
            App = Site.WithWebHostBuilder(Configure);
        }

        public SiteFactory Site { get; } = SiteFactory.WithoutDemoContent();

        public WebApplicationFactory<Program> App { get; }

        /// <summary>An https client (the cookies are __Host-) signed in as <paramref name="userId"/>.</summary>
        public HttpClient ClientFor(string userId)
        {
            var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
            client.DefaultRequestHeaders.Add(UserHeader, userId);
            return client;
        }

        /// <summary>A new user with <paramref name="grants"/>, and a client signed in as them.</summary>
        public async Task<HttpClient> ClientForAsync(params (EditorRole Role, string? Place)[] grants)
        {
            var access = await CreateUserAsync(App.Services, "Test Redaktör", grants);
            return ClientFor(access.UserId);
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            await Site.DisposeAsync();
            if (_kestrelSite is not null)
            {
                await _kestrelSite.DisposeAsync();
            }
        }

        /// <summary>
        /// The same app on a real Kestrel port (plain HTTP, its own data folder): TestServer does
        /// not enforce a body limit while reading, Kestrel does. Antiforgery needs HTTPS, so only
        /// requests refused before the token is checked can be tested here.
        /// </summary>
        public WebApplicationFactory<Program> StartKestrel()
        {
            _kestrelSite = SiteFactory.WithoutDemoContent();
            var app = _kestrelSite.WithWebHostBuilder(Configure);
            app.UseKestrel(0);
            app.StartServer();
            return app;
        }

        private static void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Media:MaxBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.ConfigureTestServices(services => services
                .AddAuthentication(options =>
                {
                    options.DefaultScheme = SchemeName;
                    options.DefaultAuthenticateScheme = SchemeName;
                    options.DefaultChallengeScheme = SchemeName;
                })
                .AddScheme<AuthenticationSchemeOptions, HeaderSignIn>(SchemeName, null));
        }

        private sealed class HeaderSignIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
            : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
        {
            protected override Task<AuthenticateResult> HandleAuthenticateAsync()
            {
                if (Request.Headers[UserHeader] is not [{ Length: > 0 } userId])
                {
                    return Task.FromResult(AuthenticateResult.NoResult());
                }

                var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, userId)], SchemeName);
                return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
            }
        }
    }
}
