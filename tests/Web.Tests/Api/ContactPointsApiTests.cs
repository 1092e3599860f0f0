using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Halsoportal.Web.Tests.Api;

/// <summary>
/// <c>/api/v1/contact-points</c> over the 107 demo contact points: every filter changes the answer as it says, the
/// hours come as data with the engine's state for the instant asked, and bad input is a 400 naming the parameter.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class ContactPointsApiTests(SiteFactory site)
{
    private const string List = "/api/v1/contact-points";

    /// <summary>Sunday 14 and Monday 15 March 2027, 10.00 Swedish time.</summary>
    private const string SundayMorning = "2027-03-14T10:00:00+01:00";
    private const string MondayMorning = "2027-03-15T10:00:00+01:00";

    private readonly HttpClient _client = site.CreateSiteClient();

    [Fact]
    public async Task List_WithoutFilters_PagesEveryPublishedContactPointByName()
    {
        var first = await _client.GetJsonAsync(List);
        var all = await _client.GetAllAsync(List);

        Assert.Equal(107, first.GetProperty("totalItems").GetInt32());
        Assert.Equal(20, first.GetProperty("items").GetArrayLength());
        Assert.Equal(6, first.GetProperty("pageCount").GetInt32());
        Assert.Equal(107, all.Select(p => p.GetProperty("id").GetInt32()).Distinct().Count());
        var names = all.Select(p => p.Str("name")).ToList();
        Assert.Equal(names.Order(Halsoportal.Content.SwedishText.Comparer), names);
    }

    [Fact]
    public async Task Item_CarriesContactFactsPremisesAndStructuredHours()
    {
        var point = (await _client.GetAllAsync($"{List}?municipality=sundsvall&type=vardcentral"))
            .First(p => p.Str("name") == "Hälsocentralen Centrum Sundsvall");

        Assert.Equal("/sundsvall/kontakt/" + point.Str("slug"), point.Str("url"));
        Assert.Equal("2281", point.GetProperty("municipality").Str("code"));
        Assert.Equal("region", point.GetProperty("organiser").Str("kind"));
        Assert.InRange(point.GetProperty("coordinates").GetProperty("latitude").GetDouble(), 62, 63);
        Assert.Contains(point.GetProperty("languages").EnumerateArray(), l => l.Str("code") == "sv" && l.Str("name") == "svenska");
        Assert.True(point.GetProperty("accessibility").TryGetProperty("hearingLoop", out _));
        var hours = point.GetProperty("hours");
        var visiting = hours.GetProperty("sessions").EnumerateArray().Single(s => s.Str("kind") == "visiting");
        var monday = visiting.GetProperty("weekly").GetProperty("monday");
        Assert.NotEqual(0, monday.GetArrayLength());
        Assert.Matches("^[0-2][0-9]:[0-5][0-9]$", monday[0].Str("opens"));
        Assert.Contains(hours.GetProperty("holidays").Str("publicHolidays"), new[] { "closed", "asUsual" });
        Assert.True(DateOnly.TryParse(hours.Str("confirmedOn"), CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task OpenAt_OnSundayMorning_KeepsFewerThanOnMondayMorning_AndEveryOneIsOpenThen()
    {
        var sunday = await _client.GetAllAsync($"{List}?openAt={Uri.EscapeDataString(SundayMorning)}");
        var monday = await _client.GetAllAsync($"{List}?openAt={Uri.EscapeDataString(MondayMorning)}");

        Assert.True(monday.Count > sunday.Count, $"{monday.Count} open on Monday, {sunday.Count} on Sunday");
        Assert.True(monday.Count < 107);
        foreach (var point in monday)
        {
            var state = point.GetProperty("state");
            Assert.Equal(DateTimeOffset.Parse(MondayMorning, CultureInfo.InvariantCulture), state.GetProperty("at").GetDateTimeOffset());
            var visiting = state.GetProperty("sessions").EnumerateArray().Single(s => s.Str("kind") == "visiting");
            Assert.True(visiting.GetProperty("isOpen").GetBoolean());
            Assert.True(visiting.GetProperty("closesAt").ValueKind == JsonValueKind.Null
                || visiting.GetProperty("closesAt").GetDateTimeOffset() > DateTimeOffset.Parse(MondayMorning, CultureInfo.InvariantCulture));
            Assert.StartsWith("Öppet nu", visiting.Str("text"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task State_OfAClosedSession_SaysWhenItOpensNext_WithTheSwedishOffset()
    {
        // Without openAt every point is listed, with its state now; a closed session names its next opening.
        var closed = (await _client.GetAllAsync(List)).SelectMany(p => p.GetProperty("state").GetProperty("sessions").EnumerateArray())
            .Where(s => !s.GetProperty("isOpen").GetBoolean() && s.GetProperty("opensAt").ValueKind != JsonValueKind.Null)
            .ToList();
        Assert.NotEmpty(closed);
        Assert.All(closed, s => Assert.Matches(@"\+0[12]:00$", s.Str("opensAt")));
    }

    [Fact]
    public async Task Type_IsAnyOf_AndServiceIsAllOf()
    {
        var dental = await _client.GetAllAsync($"{List}?type=tandvard");
        var bvc = await _client.GetAllAsync($"{List}?type=bvc");
        var both = await _client.GetAllAsync($"{List}?type=tandvard,bvc");
        var vaccination = await _client.GetAllAsync($"{List}?service=vaccination");
        var vaccinationAndTalks = await _client.GetAllAsync($"{List}?service=vaccination&service=halsosamtal");

        Assert.Equal(3, dental.Count);
        Assert.All(dental, p => Assert.Equal("tandvard", p.GetProperty("type").Str("slug")));
        Assert.Equal(dental.Count + bvc.Count, both.Count);
        Assert.Equal(48, vaccination.Count);
        Assert.InRange(vaccinationAndTalks.Count, 1, vaccination.Count - 1);
        Assert.All(vaccinationAndTalks, p => Assert.Superset(
            new HashSet<string> { "vaccination", "halsosamtal" },
            p.GetProperty("services").EnumerateArray().Select(s => s.Str("slug")).ToHashSet()));
    }

    [Fact]
    public async Task Accessibility_RequiresEveryNeedAsAConfirmedYes()
    {
        var all = await _client.GetAllAsync(List);
        var loop = await _client.GetAllAsync($"{List}?accessibility=horslinga");
        var loopAndStepFree = await _client.GetAllAsync($"{List}?accessibility=horslinga&accessibility=entre-utan-trappsteg");

        static bool Yes(JsonElement p, string fact) => p.GetProperty("accessibility").GetProperty(fact).ValueKind == JsonValueKind.True;
        var expected = all.Where(p => Yes(p, "hearingLoop") && Yes(p, "stepFreeEntrance")).Select(p => p.GetProperty("id").GetInt32()).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(all.Count(p => Yes(p, "hearingLoop")), loop.Count);
        Assert.Equal(expected, loopAndStepFree.Select(p => p.GetProperty("id").GetInt32()).Order().ToList());
    }

    [Fact]
    public async Task Language_IsAnyOf()
    {
        var somali = await _client.GetAllAsync($"{List}?language=so");
        var tigrinya = await _client.GetAllAsync($"{List}?language=ti");
        var either = await _client.GetAllAsync($"{List}?language=so,ti");

        Assert.Equal(29, somali.Count);
        Assert.True(either.Count >= Math.Max(somali.Count, tigrinya.Count) && either.Count <= somali.Count + tigrinya.Count);
        Assert.All(either, p => Assert.Contains(p.GetProperty("languages").EnumerateArray(), l => l.Str("code") is "so" or "ti"));
    }

    [Fact]
    public async Task MunicipalityAndRegion_KeepThatAreaOnly_ByCodeOrSlug()
    {
        var sundsvall = await _client.GetAllAsync($"{List}?municipality=sundsvall");
        var byCode = await _client.GetAllAsync($"{List}?municipality=2281");
        var county = await _client.GetAllAsync($"{List}?region=22");
        var countyBySlug = await _client.GetAllAsync($"{List}?region=vasternorrlands-lan");

        Assert.NotEmpty(sundsvall);
        Assert.All(sundsvall, p => Assert.Equal("2281", p.GetProperty("municipality").Str("code")));
        Assert.Equal(sundsvall.Count, byCode.Count);
        Assert.All(county, p => Assert.Equal("22", p.GetProperty("municipality").Str("regionCode")));
        Assert.InRange(county.Count, sundsvall.Count + 1, 106);
        Assert.Equal(county.Count, countyBySlug.Count);
    }

    [Fact]
    public async Task Near_SortsByDistance_AndRadiusKeepsTheCloseOnes()
    {
        const string Sundsvall = "near=62.3908,17.3069";
        var sorted = await _client.GetAllAsync($"{List}?{Sundsvall}");
        var close = await _client.GetAllAsync($"{List}?{Sundsvall}&radiusKm=10");

        var distances = sorted.Select(p => p.GetProperty("distanceKm").GetDouble()).ToList();
        Assert.Equal(107, distances.Count);
        Assert.Equal(distances.Order(), distances);
        Assert.True(distances[0] < 5);
        Assert.InRange(close.Count, 1, 106);
        Assert.All(close, p => Assert.True(p.GetProperty("distanceKm").GetDouble() <= 10));
        Assert.Equal(distances.Count(d => d <= 10), close.Count);
        Assert.Equal(JsonValueKind.Null, (await _client.GetJsonAsync(List)).GetProperty("items")[0].GetProperty("distanceKm").ValueKind);
    }

    [Fact]
    public async Task Get_ById_GivesThePoint_AndAnUnknownIdIs404Problem()
    {
        var first = (await _client.GetJsonAsync(List)).GetProperty("items")[0];
        var id = first.GetProperty("id").GetInt32();

        var point = await _client.GetJsonAsync($"{List}/{id}");
        var missing = await _client.GetProblemAsync($"{List}/99999", HttpStatusCode.NotFound);
        var notANumber = await _client.GetProblemAsync($"{List}/halsocentralen", HttpStatusCode.NotFound);
        var unknownParameter = await _client.GetProblemAsync($"{List}/{id}?openAt=2027-03-15", HttpStatusCode.BadRequest);

        Assert.Equal(first.Str("slug"), point.Str("slug"));
        Assert.Equal(JsonValueKind.Object, point.GetProperty("state").ValueKind);
        Assert.Contains("99999", missing.Str("detail"), StringComparison.Ordinal);
        Assert.Contains(" / ", missing.Str("detail"), StringComparison.Ordinal);
        Assert.Equal("Finns inte / Not found", notANumber.Str("title"));
        Assert.True(unknownParameter.GetProperty("errors").TryGetProperty("openAt", out _));
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "type=sjukhus", "type" },
        { "service=akutmottagning", "service" },
        { "accessibility=ramp", "accessibility" },
        { "accessibility=horslinga,trappa", "accessibility" },
        { "language=klingonska", "language" },
        { "municipality=atlantis", "municipality" },
        { "region=99", "region" },
        { "openAt=imorgon", "openAt" },
        { "openAt=2027-02-30", "openAt" },
        { "near=62.39", "near" },
        { "near=62.39;17.30", "near" },
        { "near=95,17", "near" },
        { "near=62.39,17.30&radiusKm=0", "radiusKm" },
        { "near=62.39,17.30&radiusKm=5000", "radiusKm" },
        { "near=62.39,17.30&radiusKm=tio", "radiusKm" },
        { "radiusKm=5", "radiusKm" },
        { "pageSize=500", "pageSize" },
        { "typ=vardcentral", "typ" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task List_WithBadInput_Is400NamingTheParameterInSwedishAndEnglish(string query, string parameter)
    {
        var problem = await _client.GetProblemAsync($"{List}?{query}", HttpStatusCode.BadRequest);

        var message = problem.GetProperty("errors").GetProperty(parameter)[0].GetString()!;
        Assert.Contains(" / ", message, StringComparison.Ordinal);
    }
}
