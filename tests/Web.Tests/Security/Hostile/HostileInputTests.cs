using System.Diagnostics;
using System.Net.Http;
using System.Text.RegularExpressions;
using Halsoportal.Web.Tests.Editor;
using Xunit.Abstractions;

namespace Halsoportal.Web.Tests.Security.Hostile;

/// <summary>
/// Issue 9's hostile-input run over HTTP: the problem strings (<see cref="ProblemStrings"/>) through every text field of
/// every public and backoffice form, found by reading the pages' forms, so a new form or field is covered by itself.
/// Every answer: never a 5xx; a success (a redirect to a page that shows the value again, or the page itself) or a
/// refusal with a Swedish error summary; no English framework message; nothing of the string as markup on any page that
/// shows it again (no handler, script, script URL or frame, checked in the parsed DOM and the raw HTML); a refused edit
/// leaves the stored value as it was; and the server logs no error.
/// </summary>
/// <remarks>
/// The fields people type most into, and where a string goes furthest (the search API and suggestions, the survey's free
/// text, the accessibility report, an article's title) get every string; the search page (the same query parser as the
/// API, but a whole page to render), an article's ingress and body, a contact point's name and a topic's name get a wide
/// sample; every other field a rotating sample of <see cref="SampleSize"/>, a different slice
/// for each field, so that together they see the whole list. Fields that differ only by an index (the opening-hours grid)
/// count as one field.
/// </remarks>
public sealed class HostileInputTests(HostileSite fx, ITestOutputHelper output) : IClassFixture<HostileSite>
{
    private const int SampleSize = 8;

    /// <summary>Fields that get every string: (page or action, field name).</summary>
    private static readonly (Regex Where, Regex Field)[] EveryString =
    [
        (new("/dialog/.+/svara$"), new(".")),
        (new("^/tillganglighetsredogorelse/rapportera$"), new("^Input\\.(Description|Url|Page|Where|What)", RegexOptions.IgnoreCase)),
        (new("^/redaktor/artiklar/\\d+$"), new("^Input\\.Title$")),
    ];

    /// <summary>Fields that get a wide sample (<see cref="WideSampleSize"/>): editor text that is rendered, indexed and made into slugs.</summary>
    private static readonly (Regex Where, Regex Field)[] WideSample =
    [
        (new("^/sok$"), new("^q$")),
        (new("^/redaktor/artiklar/\\d+$"), new("^Input\\.(Ingress|Body)$")),
        (new("^/redaktor/kontaktpunkter/\\d+$"), new("^Input\\.Name$")),
        (new("^/redaktor/amnen"), new("^Input\\.Name$")),
    ];

    private const int WideSampleSize = 48;

    private static string[] PublicPages =>
    [
        "/", "/sok", $"/{HostileSite.KommunSlug}", $"/{HostileSite.KommunSlug}/kontakt", $"/{HostileSite.KommunSlug}/lattlast",
        $"/{HostileSite.KommunSlug}/dialog", $"/{HostileSite.KommunSlug}/dialog/{HostileSite.SurveySlug}/svara",
        "/tillganglighetsredogorelse/rapportera", "/amne", "/oppna-data",
    ];

    private string[] PublisherPages =>
    [
        "/redaktor", "/redaktor/artiklar", "/redaktor/artiklar/ny", $"/redaktor/artiklar/{fx.Article}", $"/redaktor/artiklar/{fx.Article}/publicering",
        $"/redaktor/artiklar/{fx.Article}/forhandsvisning", $"/redaktor/artiklar/{fx.Article}/historik",
        "/redaktor/kontaktpunkter", "/redaktor/kontaktpunkter/ny", $"/redaktor/kontaktpunkter/{fx.ContactPoint}",
        $"/redaktor/kontaktpunkter/{fx.ContactPoint}/publicering", "/redaktor/bilder", "/redaktor/bilder/ladda-upp", $"/redaktor/bilder/{fx.Media}",
        "/redaktor/lokala-tillagg", $"/redaktor/lokala-tillagg/{fx.Regional}/{HostileSite.Kommun}", "/redaktor/nyckelsidor",
        $"/redaktor/nyckelsidor/{HostileSite.Kommun}", "/redaktor/dialoger", "/redaktor/dialoger/ny", $"/redaktor/dialoger/{fx.Survey}",
        $"/redaktor/dialoger/{fx.Survey}/installningar", $"/redaktor/dialoger/{fx.Survey}/fragor/ny", $"/redaktor/dialoger/{fx.Survey}/fragor/{fx.Question}",
        $"/redaktor/dialoger/{fx.Survey}/aterkoppling", $"/redaktor/dialoger/{fx.Survey}/koder", "/redaktor/konto",
    ];

    private string[] AdministratorPages =>
    [
        "/redaktor/amnen", $"/redaktor/amnen/{fx.TermId}", "/redaktor/synonymer", "/redaktor/api-nycklar", "/redaktor/anvandare",
        "/redaktor/kommuner", $"/redaktor/kommuner/{HostileSite.Kommun}", "/redaktor/tillganglighet", "/redaktor/tillganglighet/brister/ny",
        "/redaktor/tillganglighet/rapporter", "/redaktor/sidor", $"/redaktor/sidor/{fx.PageId}", "/redaktor/logg",
    ];

    [Fact]
    public Task PublicForms_EveryProblemString_NoServerErrorAndNothingRuns() =>
        RunAsync("resident", fx.Resident, PublicPages, ["/api/v1/search?q=", "/api/v1/search/suggest?q=", "/api/v1/articles?q=", "/api/v1/contact-points?q="],
            [@"^GET /sok \[q\]", @"/svara \[q\d\]: 552", @"^POST /tillganglighetsredogorelse/rapportera \[Input\.Description\]: 552", @"suggest \[q\] \(suggestions\): 552"]);

    [Fact]
    public Task PublisherForms_EveryProblemString_NoServerErrorAndNothingRuns() =>
        RunAsync("publisher", fx.Publisher, PublisherPages, [],
            [@"^POST /redaktor/artiklar/\d+ \[Input\.Title\]: 552", @"^POST /redaktor/artiklar/\d+ \[Input\.Body\]: 48", @"^POST /redaktor/kontaktpunkter/\d+ \[Input\.Name\]: 48", @"^POST /redaktor/dialoger/"]);

    [Fact]
    public Task AdministratorForms_EveryProblemString_NoServerErrorAndNothingRuns() =>
        RunAsync("administrator", fx.Administrator, AdministratorPages, [], [@"^POST /redaktor/amnen \[Input\.Name\]: 48", @"^POST /redaktor/sidor/\d+ \[Input\.Title\]"]);

    [Fact]
    public void ProblemStrings_AboutFiveHundredInTheWellKnownCategories()
    {
        var all = ProblemStrings.All;
        Assert.InRange(all.Count, 450, 650);
        Assert.Equal(all.Count, all.Select(s => Convert.ToHexString(s.Bytes)).Distinct().Count());
        var categories = all.Select(s => s.Category).ToHashSet();
        foreach (var expected in new[] { "unicode-swedish", "unicode-bidi", "unicode-invisible", "unicode-combining", "unicode-emoji", "unicode-surrogate", "bytes-invalid-utf8", "control", "sql", "format-template", "path", "windows-names", "markdown", "html-js", "csv-formula", "header-crlf", "numbers", "dates", "json", "xml" })
        {
            Assert.Contains(expected, categories);
        }

        // The escapes decode as the header says: a lone surrogate as its 3-byte form, a raw byte as itself, NFD å as a + ring.
        Assert.Contains(all, s => s.Bytes.SequenceEqual(new byte[] { 0xED, 0xA0, 0x80 }));
        Assert.Contains(all, s => s.Bytes.SequenceEqual(new byte[] { 0xFF }));
        Assert.Contains(all, s => s.Bytes.Length == 0);
        Assert.Contains(all, s => s.Text.Contains("a\u030a", StringComparison.Ordinal));
        Assert.Contains(all, s => s.Bytes.Length > 100_000);
        Assert.Equal([0x61, 0x00, 0x62], ProblemStrings.Decode("a\\0b"));
        Assert.Equal("%E2%80%AEgnp.exe", ProblemStrings.Parse(["\\u202Egnp.exe"])[0].FormEncoded);
    }

    private async Task RunAsync(string who, EditorClient client, string[] pages, string[] jsonEndpoints, string[] mustCover)
    {
        var clock = Stopwatch.StartNew();
        var findings = new List<string>();
        var strings = ProblemStrings.All;
        var requests = 0;
        var fieldsTried = new List<string>();
        var outcomes = new Dictionary<HostileForms.Outcome, int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var http = client.Http;

        foreach (var page in pages)
        {
            var forms = await HostileForms.DiscoverAsync(http, page, findings);
            requests++;
            for (var f = 0; f < forms.Count; f++)
            {
                foreach (var field in forms[f].TextFields)
                {
                    var form = forms[f];
                    var key = form.Key(field);

                    // One field of each shape: the opening-hours grid has a hundred fields that differ only by weekday and index.
                    if (!seen.Add(Regex.Replace(key, @"\[\d+\]|\d+(?=\]$)|(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", "#")))
                    {
                        continue;
                    }

                    var every = EveryString.Any(e => (e.Where.IsMatch(PathOf(form.Action)) || e.Where.IsMatch(PathOf(form.Page))) && e.Field.IsMatch(field));
                    var wide = WideSample.Any(e => (e.Where.IsMatch(PathOf(form.Action)) || e.Where.IsMatch(PathOf(form.Page))) && e.Field.IsMatch(field));
                    var chosen = every ? strings : Sample(strings, key, wide ? WideSampleSize : SampleSize);
                    var fieldClock = Stopwatch.StartNew();
                    var turn = 0;
                    foreach (var value in chosen)
                    {
                        var (outcome, shownAt, shown) = await HostileForms.SendAsync(http, form, field, value, turn++, findings);
                        requests++;
                        outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                        if (outcome != HostileForms.Outcome.Refused || turn % 25 == 0)
                        {
                            // A success changed what the page shows (a new version number, a new token): read the form again.
                            // Every 25th refusal too: a refused edit must have left the stored value as it was.
                            // The page a success led to is often the form page itself: then it is read already.
                            var forms2 = shown is not null && shownAt is not null && PathOf(shownAt) == PathOf(page)
                                ? HostileForms.FormsOf(shown, page)
                                : await HostileForms.DiscoverAsync(http, page, findings);
                            requests += shown is null ? 1 : 0;
                            var again = forms2.FirstOrDefault(x => x.Action == form.Action && x.TextFields.Contains(field));
                            if (again is null)
                            {
                                findings.Add($"{key}: the form is gone from {page} after {value.Label}");
                                break;
                            }

                            if (outcome == HostileForms.Outcome.Refused && form.Method == "POST" && PathOf(form.Action) == PathOf(page)
                                && Value(again, field) != Value(form, field))
                            {
                                findings.Add($"{key} ← {value.Label}: refused, yet the field now reads '{Value(again, field)}' (was '{Value(form, field)}'): half-written");
                            }

                            form = again;
                        }
                    }

                    fieldsTried.Add($"{key}: {chosen.Count} strings, {fieldClock.ElapsedMilliseconds} ms");

                    // Suggestions as the field types them (the header search's data-suggest).
                    if (form.SuggestEndpoints.TryGetValue(field, out var endpoint) && seen.Add("suggest " + endpoint))
                    {
                        foreach (var value in strings)
                        {
                            await HostileForms.SendToJsonAsync(http, endpoint, "q", value, findings);
                            requests++;
                        }

                        fieldsTried.Add($"GET {endpoint} [q] (suggestions): {strings.Count} strings");
                    }
                }
            }
        }

        foreach (var endpoint in jsonEndpoints)
        {
            var path = endpoint[..endpoint.IndexOf('?', StringComparison.Ordinal)];
            if (!seen.Add("suggest " + path))
            {
                continue;
            }

            foreach (var value in strings)
            {
                await HostileForms.SendToJsonAsync(http, path, "q", value, findings);
                requests++;
            }

            fieldsTried.Add($"GET {path} [q] (JSON): {strings.Count} strings");
        }

        // Everything the run saved is shown again on these pages: the lists, the audit log, the public pages.
        foreach (var page in pages)
        {
            var (response, document) = await HostileForms.GetDocumentAsync(http, page);
            requests++;
            if ((int)response.StatusCode >= 500)
            {
                findings.Add($"{page} afterwards: {(int)response.StatusCode}");
            }

            findings.AddRange(HostileForms.MarkupFindings(document, $"{page} afterwards"));
        }

        var errors = fx.Site.Problems.Where(p => p.StartsWith("Error", StringComparison.Ordinal) || p.StartsWith("Critical", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{who}: {fieldsTried.Count} fields, {requests} requests, {clock.Elapsed.TotalSeconds:F1} s; " +
            string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}")));
        foreach (var line in fieldsTried)
        {
            output.WriteLine("  " + line);
        }

        // The discovery found the fields that matter most (a renamed field or a broken form reader shows here).
        foreach (var expected in mustCover)
        {
            Assert.True(fieldsTried.Any(f => Regex.IsMatch(f, expected)), $"No field tried matches {expected}: the discovery missed it.");
        }

        foreach (var logged in fx.Site.Problems.Select(p => p.Length > 600 ? p[..600] : p).Distinct().Take(30))
        {
            output.WriteLine("LOGGED " + logged);
        }

        foreach (var finding in findings.Distinct().Take(200))
        {
            output.WriteLine("FINDING " + finding);
        }

        Assert.True(errors.Count == 0 && findings.Count == 0, $"{findings.Count} findings, {errors.Count} server errors:{Environment.NewLine}{string.Join(Environment.NewLine, findings.Distinct().Take(40))}{Environment.NewLine}{string.Join(Environment.NewLine, errors.Select(e => e.Split(Environment.NewLine)[0]).Distinct().Take(10))}");
    }

    /// <summary>A slice of <see cref="SampleSize"/> strings that starts at a different place for each field, so together the fields see them all.</summary>
    private static List<ProblemString> Sample(IReadOnlyList<ProblemString> strings, string key, int size)
    {
        var start = (int)((uint)StableHash(key) % (uint)strings.Count);
        return [.. Enumerable.Range(0, size).Select(i => strings[(start + (i * 37)) % strings.Count]).Distinct()];
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }

    private static string PathOf(string url) => url.Split('?', 2)[0];

    private static string? Value(DiscoveredForm form, string field) => form.Fields.FirstOrDefault(f => f.Key == field).Value;
}

/// <summary>What the hostile-input run found in the form handling, one test each.</summary>
public sealed class MalformedFormTests(HostileSite fx) : IClassFixture<HostileSite>
{
    /// <summary>
    /// A NUL in any posted value makes the framework refuse the form (antiforgery cannot read it): that is a 400, and the
    /// Swedish error page said so only for GETs — re-executed for the POST, it failed to bind its own code and answered 500.
    /// </summary>
    [Theory]
    [InlineData("/redaktor/amnen", "Input.Name")]
    [InlineData("/redaktor/amnen", "Okand")]
    public async Task Post_NulInAValue_400WithTheSwedishErrorPageAndNothingSaved(string page, string field)
    {
        var before = (await fx.Administrator.GetDocumentAsync(page)).Document.QuerySelectorAll("a").Length;

        var response = await fx.Administrator.PostFormAsync(page, [new("Input.Kind", "Topic"), new("Input.Name", "Nytt ämne"), new(field, "a\0b")]);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.Equal("Felaktig begäran", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(before, (await fx.Administrator.GetDocumentAsync(page)).Document.QuerySelectorAll("a").Length);
    }

    /// <summary>The resident's survey and receipt forms (no antiforgery there) answered 404 to a NUL: the route did not bind either.</summary>
    [Theory]
    [InlineData("/sundsvall/dialog/" + HostileSite.SurveySlug + "/svara", "q1")]
    [InlineData("/sundsvall/dialog", "kvittokod")]
    public async Task ResidentForm_NulInAValue_400WithTheSwedishErrorPage(string page, string field)
    {
        using var response = await fx.Resident.Http.PostAsync(new Uri(page, UriKind.Relative), new StringContent($"{field}=a%00b", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Felaktig begäran", (await Html.ParseAsync(response)).QuerySelector("h1")?.TextContent.Trim());
    }

    /// <summary>A date field given something that is not a date said so in English ("The value 'x' is not valid for NextReview.").</summary>
    [Theory]
    [InlineData("Input.NextReview", "inte ett datum")]
    [InlineData("Input.LastReviewed", "NaN")]
    public async Task NewArticle_NotADateInADateField_SwedishMessageWithoutTheValue(string field, string value)
    {
        var (_, page) = await fx.Publisher.GetDocumentAsync("/redaktor/artiklar/ny");
        var fields = FormFields.Of(page, field).Set("Input.Title", "Promenader").Set(field, value);

        var response = await fx.Publisher.PostFormAsync("/redaktor/artiklar/ny", fields.All);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var messages = (await Html.ParseAsync(response)).QuerySelectorAll(".error-summary a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains(Halsoportal.Web.Features.Shared.SwedishModelBindingMessages.Invalid, messages);
        Assert.DoesNotContain(messages, m => m.Contains("not valid", StringComparison.Ordinal) || m.Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ErrorPage_PostedAnUnreadableForm_Is400NotA500()
    {
        using var response = await fx.Resident.Http.PostAsync(new Uri("/fel/413", UriKind.Relative), new StringContent("a=%00", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Felaktig begäran", (await Html.ParseAsync(response)).QuerySelector("main h1")?.TextContent.Trim());
    }
}
