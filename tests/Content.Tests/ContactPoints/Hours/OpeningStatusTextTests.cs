using Halsoportal.Content.ContactPoints.Hours;
using static Halsoportal.Content.Tests.ContactPoints.Hours.Hours;

namespace Halsoportal.Content.Tests.ContactPoints.Hours;

public sealed class OpeningStatusTextTests
{
    // Monday 2 March 2026, 10.00 in Sweden.
    private static readonly DateTimeOffset Monday = At(2026, 3, 2, 10, 0);

    private static SessionStatus Open(DateTime closes, TimeSpan left) => new(true, closes, null, null, left);

    private static SessionStatus Closed(DateTime? opens) => new(false, null, opens, null);

    [Theory]
    [InlineData(SessionKind.Visiting, "Besökstider")]
    [InlineData(SessionKind.Phone, "Telefontider")]
    [InlineData(SessionKind.DropIn, "Drop-in")]
    public void SessionName_EachKind_IsSwedishHeading(SessionKind kind, string expected) =>
        Assert.Equal(expected, OpeningStatusText.SessionName(kind));

    [Fact]
    public void Describe_Open_ShowsClosingTime() =>
        Assert.Equal(
            "Öppet nu · stänger 16.00",
            OpeningStatusText.Describe(SessionKind.Visiting, Open(Wall(2026, 3, 2, 16, 0), TimeSpan.FromHours(6)), Monday));

    [Fact]
    public void Describe_OpenClosingWithinHalfHour_SaysSoon() =>
        Assert.Equal(
            "Öppet nu · stänger snart, 16.00",
            OpeningStatusText.Describe(SessionKind.Visiting, Open(Wall(2026, 3, 2, 16, 0), TimeSpan.FromMinutes(30)), At(2026, 3, 2, 15, 30)));

    [Fact]
    public void Describe_OpenClosingInThirtyOneMinutes_IsNotSoon() =>
        Assert.Equal(
            "Öppet nu · stänger 16.00",
            OpeningStatusText.Describe(SessionKind.Visiting, Open(Wall(2026, 3, 2, 16, 0), TimeSpan.FromMinutes(31)), At(2026, 3, 2, 15, 29)));

    [Theory]
    [InlineData(2026, 3, 2, 13, "Stängt · öppnar 13.00")]
    [InlineData(2026, 3, 3, 8, "Stängt · öppnar i morgon 08.00")]
    [InlineData(2026, 3, 4, 8, "Stängt · öppnar onsdag 08.00")]
    [InlineData(2026, 3, 8, 9, "Stängt · öppnar söndag 09.00")]
    [InlineData(2026, 3, 9, 8, "Stängt · öppnar 9 mars 08.00")]
    public void Describe_Closed_SaysWhenItOpens(int year, int month, int day, int hour, string expected) =>
        Assert.Equal(expected, OpeningStatusText.Describe(SessionKind.Visiting, Closed(Wall(year, month, day, hour)), Monday));

    [Fact]
    public void Describe_ClosedOverNewYear_NamesDateWithoutYear() =>
        Assert.Equal(
            "Stängt · öppnar 7 januari 08.00",
            OpeningStatusText.Describe(SessionKind.Visiting, Closed(Wall(2027, 1, 7, 8)), At(2026, 12, 23, 17, 0)));

    [Fact]
    public void Describe_ClosedWithNothingAhead_SaysClosed()
    {
        Assert.Equal("Stängt", OpeningStatusText.Describe(SessionKind.Visiting, Closed(null), Monday));
        Assert.Equal("Ingen telefontid nu", OpeningStatusText.Describe(SessionKind.Phone, Closed(null), Monday));
        Assert.Equal("Ingen drop-in nu", OpeningStatusText.Describe(SessionKind.DropIn, Closed(null), Monday));
    }

    [Fact]
    public void Describe_Phone_UsesTelefontid()
    {
        Assert.Equal(
            "Telefontid nu · till 12.00",
            OpeningStatusText.Describe(SessionKind.Phone, Open(Wall(2026, 3, 2, 12, 0), TimeSpan.FromHours(2)), Monday));
        Assert.Equal(
            "Telefontid nu · slutar snart, 12.00",
            OpeningStatusText.Describe(SessionKind.Phone, Open(Wall(2026, 3, 2, 12, 0), TimeSpan.FromMinutes(10)), At(2026, 3, 2, 11, 50)));
        Assert.Equal(
            "Ingen telefontid nu · nästa i morgon 08.00",
            OpeningStatusText.Describe(SessionKind.Phone, Closed(Wall(2026, 3, 3, 8)), Monday));
    }

    [Fact]
    public void Describe_DropIn_UsesDropIn()
    {
        Assert.Equal(
            "Drop-in nu · till 19.00",
            OpeningStatusText.Describe(SessionKind.DropIn, Open(Wall(2026, 3, 5, 19, 0), TimeSpan.FromHours(3)), At(2026, 3, 5, 16, 0)));
        Assert.Equal(
            "Ingen drop-in nu · nästa torsdag 15.00",
            OpeningStatusText.Describe(SessionKind.DropIn, Closed(Wall(2026, 3, 5, 15)), Monday));
    }

    [Fact]
    public void Describe_OpenPastMidnight_ShowsTimeOnlyAndMidnightAs24()
    {
        var late = At(2026, 3, 6, 23, 0);

        Assert.Equal(
            "Öppet nu · stänger 02.00",
            OpeningStatusText.Describe(SessionKind.Visiting, Open(Wall(2026, 3, 7, 2, 0), TimeSpan.FromHours(3)), late));
        Assert.Equal(
            "Öppet nu · stänger 24.00",
            OpeningStatusText.Describe(SessionKind.Visiting, Open(Wall(2026, 3, 7, 0, 0), TimeSpan.FromHours(1)), late));
    }

    [Fact]
    public void Describe_OpenUntilTomorrowMorning_SaysTomorrow() =>
        Assert.Equal(
            "Öppet nu · stänger i morgon 09.00",
            OpeningStatusText.Describe(SessionKind.Visiting, Open(Wall(2026, 3, 3, 9, 0), TimeSpan.FromHours(23)), Monday));

    [Fact]
    public void Describe_OpenForDays_NamesClosingDay() =>
        Assert.Equal(
            "Öppet nu · stänger onsdag 16.00",
            OpeningStatusText.Describe(SessionKind.Visiting, Open(Wall(2026, 3, 4, 16, 0), TimeSpan.FromHours(54)), Monday));

    [Fact]
    public void Describe_OpenWithoutKnownClosing_SaysOpen() =>
        Assert.Equal("Öppet nu", OpeningStatusText.Describe(SessionKind.Visiting, new SessionStatus(true, null, null, null), Monday));

    [Fact]
    public void Describe_FromCalculator_AcrossMidnightInUtc()
    {
        var hours = Only(Session(SessionKind.Visiting, [DayOfWeek.Friday], R("22:00", "02:00")));
        var now = Utc(2026, 3, 6, 23, 30); // 00.30 Saturday in Sweden

        var status = OpeningHoursCalculator.StatusAt(hours, SessionKind.Visiting, now);

        Assert.Equal("Öppet nu · stänger 02.00", OpeningStatusText.Describe(SessionKind.Visiting, status, now));
    }

    [Fact]
    public void Day_Ranges_AreJoinedWithCommas()
    {
        var day = new DaySchedule(D(2026, 3, 2), [R("08:00", "12:00"), R("13:00", "16:30")], null);

        Assert.Equal("08.00–12.00, 13.00–16.30", OpeningStatusText.Day(day));
    }

    [Fact]
    public void Day_NoRanges_IsClosed() =>
        Assert.Equal("Stängt", OpeningStatusText.Day(new DaySchedule(D(2026, 12, 24), [], "Julafton")));

    [Theory]
    [InlineData("18:00", "00:00", "18.00–24.00")]
    [InlineData("22:00", "02:00", "22.00–02.00")]
    [InlineData("00:00", "06:05", "00.00–06.05")]
    public void Range_FormatsSwedishTimes(string opens, string closes, string expected) =>
        Assert.Equal(expected, OpeningStatusText.Range(R(opens, closes)));

    [Theory]
    [InlineData(DayOfWeek.Monday, "måndag")]
    [InlineData(DayOfWeek.Saturday, "lördag")]
    [InlineData(DayOfWeek.Sunday, "söndag")]
    public void WeekdayName_IsLowerCaseSwedish(DayOfWeek day, string expected) =>
        Assert.Equal(expected, OpeningStatusText.WeekdayName(day));
}
