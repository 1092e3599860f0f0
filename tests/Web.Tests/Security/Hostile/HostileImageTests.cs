using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;
using Halsoportal.Content.Accounts;
using Halsoportal.Web.Tests.Editor;
using NetVips;
using Xunit.Abstractions;

namespace Halsoportal.Web.Tests.Security.Hostile;

/// <summary>
/// Issue 9's hostile images (<see cref="HostileImages"/>, over fifty) through the real upload page of the backoffice, as a
/// signed-in publisher: each answer is never a 5xx — either a Swedish refusal in the error summary or a redirect to the
/// new image, whose every rendition is a clean re-encoded JPEG or WebP that decodes, carries no EXIF (no GPS, no camera),
/// none of the polyglot's HTML or ZIP, and is served with an image type. The server logs no error, and the process'
/// memory stays bounded (managed heap after a full collection, and the working set sampled through the run).
/// </summary>
public sealed class HostileImageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Upload = "/redaktor/bilder/ladda-upp";

    private readonly SiteFactory _site = SiteFactory.WithoutDemoContent();
    private EditorClient _publisher = null!;

    public async Task InitializeAsync() =>
        _publisher = await EditorClient.SignInAsync(_site, EditorRole.Publisher, kommunCode: "2281", displayName: "Bilda Bildsson");

    public async Task DisposeAsync()
    {
        _publisher.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Upload_FiftyOrMoreHostileImages_RefusedInSwedishOrCleanRenditions_BoundedMemory()
    {
        var images = HostileImages.All();
        Assert.True(images.Count >= 50, $"Only {images.Count} hostile images.");
        Assert.Equal(images.Count, images.Select(i => i.Name).Distinct().Count());

        var token = await _publisher.GetAntiforgeryTokenAsync(Upload);
        using var process = Process.GetCurrentProcess();
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        var workingSetBefore = process.WorkingSet64;
        var peak = workingSetBefore;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var sampled = Process.GetCurrentProcess();
            while (!stop.IsCancellationRequested)
            {
                sampled.Refresh();
                peak = Math.Max(peak, sampled.WorkingSet64);
                await Task.Delay(20);
            }
        });

        var clock = Stopwatch.StartNew();
        var findings = new List<string>();
        var stored = new List<string>();
        var refused = new Dictionary<string, int>();
        foreach (var image in images)
        {
            using var form = new MultipartFormDataContent("hostilbild");
            form.Add(new StringContent(token), "__RequestVerificationToken");
            form.Add(new StringContent("kommun:2281"), "Input.Owner");
            form.Add(new StringContent("En testbild"), "Input.AltText");
            var part = new ByteArrayContent(image.Data);
            if (image.ContentType.Length > 0)
            {
                part.Headers.ContentType = new MediaTypeHeaderValue(image.ContentType);
            }

            // The file name exactly as a hostile client writes it (quotes and line breaks included).
            part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"ImageFile\"; filename=\"{image.FileName.Replace("\"", "%22", StringComparison.Ordinal)}\"");
            form.Add(part);
            using var response = await _publisher.Http.PostAsync(new Uri(Upload, UriKind.Relative), form);
            var status = (int)response.StatusCode;
            if (status == 302 && response.Headers.Location?.OriginalString is { } location && location.StartsWith("/redaktor/bilder/", StringComparison.Ordinal))
            {
                stored.Add(image.Name);
                await CheckRenditionsAsync(image, location, findings);
            }
            else if (status == 200)
            {
                var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
                var message = document.QuerySelector(".error-summary a[href='#ImageFile']")?.TextContent.Trim();
                if (string.IsNullOrEmpty(message) || !new[] { "Filen", "Bilden", "Välj" }.Any(start => message.StartsWith(start, StringComparison.Ordinal)))
                {
                    findings.Add($"{image}: 200 without a Swedish refusal of the file: '{message}' / {document.QuerySelector(".error-summary")?.TextContent.Trim()}");
                }
                else
                {
                    refused[message] = refused.GetValueOrDefault(message) + 1;
                }
            }
            else
            {
                findings.Add($"{image}: answered {status} {response.Headers.Location}");
            }
        }

        var elapsed = clock.Elapsed;
        await stop.CancelAsync();
        await sampler;
        var managedAfter = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        var workingSetAfter = process.WorkingSet64;
        const double Mb = 1024 * 1024;
        output.WriteLine($"{images.Count} images in {elapsed.TotalSeconds:F1} s: {stored.Count} stored, {images.Count - stored.Count} refused");
        output.WriteLine($"managed heap {managedBefore / Mb:F0} → {managedAfter / Mb:F0} MB; working set {workingSetBefore / Mb:F0} → peak {peak / Mb:F0} → {workingSetAfter / Mb:F0} MB");
        output.WriteLine("stored: " + string.Join(", ", stored));
        foreach (var (message, count) in refused)
        {
            output.WriteLine($"refused ×{count}: {message}");
        }

        var errors = _site.Problems.Where(p => p.StartsWith("Error", StringComparison.Ordinal) || p.StartsWith("Critical", StringComparison.Ordinal)).ToList();
        Assert.True(findings.Count == 0 && errors.Count == 0, $"{findings.Count} findings, {errors.Count} server errors:{Environment.NewLine}{string.Join(Environment.NewLine, findings.Concat(errors.Select(e => e.Split('\n')[0])).Take(40))}");

        // Bombs are refused before decoding, and nothing stays behind: generous bounds that a decoded bomb would break.
        Assert.True(peak - workingSetBefore < 1024 * Mb, $"The working set grew by {(peak - workingSetBefore) / Mb:F0} MB during the run.");
        Assert.True(managedAfter - managedBefore < 64 * Mb, $"The managed heap kept {(managedAfter - managedBefore) / Mb:F0} MB after the run.");

        // Both outcomes happened: the run is not all refusals (a broken form) nor all successes (no checks).
        Assert.Contains("png-plus-zip", stored);
        Assert.Contains("jpeg-exif-gps-orientation", stored);
        Assert.DoesNotContain("png-ihdr-100000x100000", stored);
        Assert.DoesNotContain("svg-named-png", stored);
    }

    /// <summary>Every rendition the new image's page offers: served as an image, decodes, no EXIF, no smuggled payload.</summary>
    private async Task CheckRenditionsAsync(HostileImage image, string location, List<string> findings)
    {
        var (page, document) = await _publisher.GetDocumentAsync(location);
        if (page.StatusCode != HttpStatusCode.OK)
        {
            findings.Add($"{image}: {location} answered {(int)page.StatusCode}");
            return;
        }

        var urls = document.QuerySelectorAll(".media-preview img, .media-preview source")
            .SelectMany(e => (e.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(candidate => candidate.Split(' ')[0])
            .Distinct()
            .ToList();
        if (urls.Count == 0)
        {
            findings.Add($"{image}: stored, but its page offers no rendition");
            return;
        }

        var largest = (Width: 0, Height: 0);
        foreach (var url in urls)
        {
            using var response = await _publisher.Http.GetAsync(new Uri(url, UriKind.Relative));
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var type = response.Content.Headers.ContentType?.MediaType;
            var where = $"{image} → {url}";
            if (response.StatusCode != HttpStatusCode.OK || type is not ("image/jpeg" or "image/webp"))
            {
                findings.Add($"{where}: {(int)response.StatusCode} {type}");
                continue;
            }

            var isJpeg = bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF;
            var isWebp = bytes.Length > 12 && Encoding.ASCII.GetString(bytes, 0, 4) == "RIFF" && Encoding.ASCII.GetString(bytes, 8, 4) == "WEBP";
            if ((type == "image/jpeg" && !isJpeg) || (type == "image/webp" && !isWebp))
            {
                findings.Add($"{where}: served as {type} but the bytes are not");
            }

            foreach (var smuggled in new[] { "Exif", "EXIF", "Spionkamera", "Hemlig Fotograf", "<script", "PK\u0003\u0004", "<svg", "<!DOCTYPE" })
            {
                if (IndexOf(bytes, Encoding.ASCII.GetBytes(smuggled)) >= 0)
                {
                    findings.Add($"{where}: the rendition still holds '{smuggled}'");
                }
            }

            try
            {
                using var decoded = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
                _ = decoded.Avg();
                if (decoded.Width > largest.Width)
                {
                    largest = (decoded.Width, decoded.Height);
                }
            }
            catch (VipsException ex)
            {
                findings.Add($"{where}: the rendition does not decode: {ex.Message.Split('\n')[0]}");
            }
        }

        // EXIF orientation 6 (turned a quarter) is applied to the pixels before the EXIF goes: the 640×400 photo stands up.
        if (image.Name == "jpeg-exif-gps-orientation" && largest.Height <= largest.Width)
        {
            findings.Add($"{image}: the orientation was not applied ({largest.Width}×{largest.Height})");
        }
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
