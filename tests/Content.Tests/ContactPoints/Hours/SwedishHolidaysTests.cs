using Halsoportal.Content.ContactPoints.Hours;

namespace Halsoportal.Content.Tests.ContactPoints.Hours;

public sealed class SwedishHolidaysTests
{
    [Theory]
    [InlineData(1900, "1900-04-15")]
    [InlineData(1954, "1954-04-18")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2049, "2049-04-18")]
    [InlineData(2100, "2100-03-28")]
    [InlineData(2200, "2200-04-06")]
    public void EasterSunday_KnownYears_MatchesCalendar(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, SwedishText.Culture), SwedishHolidays.EasterSunday(year));

    [Fact]
    public void For_2026_ListsEveryHolidayInDateOrder()
    {
        var expected = new (string Date, string Name, HolidayKind Kind)[]
        {
            ("2026-01-01", "Nyårsdagen", HolidayKind.Public),
            ("2026-01-06", "Trettondedag jul", HolidayKind.Public),
            ("2026-04-03", "Långfredagen", HolidayKind.Public),
            ("2026-04-05", "Påskdagen", HolidayKind.Public),
            ("2026-04-06", "Annandag påsk", HolidayKind.Public),
            ("2026-05-01", "Första maj", HolidayKind.Public),
            ("2026-05-14", "Kristi himmelsfärdsdag", HolidayKind.Public),
            ("2026-05-24", "Pingstdagen", HolidayKind.Public),
            ("2026-06-06", "Sveriges nationaldag", HolidayKind.Public),
            ("2026-06-19", "Midsommarafton", HolidayKind.DeFacto),
            ("2026-06-20", "Midsommardagen", HolidayKind.Public),
            ("2026-10-31", "Alla helgons dag", HolidayKind.Public),
            ("2026-12-24", "Julafton", HolidayKind.DeFacto),
            ("2026-12-25", "Juldagen", HolidayKind.Public),
            ("2026-12-26", "Annandag jul", HolidayKind.Public),
            ("2026-12-31", "Nyårsafton", HolidayKind.DeFacto),
        };

        var actual = SwedishHolidays.For(2026);

        Assert.Equal(
            expected.Select(e => new Holiday(DateOnly.Parse(e.Date, SwedishText.Culture), e.Name, e.Kind)),
            actual);
    }

    [Theory]
    [InlineData("2027-03-26", "Långfredagen")]
    [InlineData("2027-03-29", "Annandag påsk")]
    [InlineData("2027-05-06", "Kristi himmelsfärdsdag")]
    [InlineData("2027-05-16", "Pingstdagen")]
    [InlineData("2027-06-25", "Midsommarafton")]
    [InlineData("2027-06-26", "Midsommardagen")]
    [InlineData("2027-11-06", "Alla helgons dag")]
    [InlineData("2025-06-20", "Midsommarafton")]
    [InlineData("2025-11-01", "Alla helgons dag")]
    [InlineData("2024-06-21", "Midsommarafton")]
    [InlineData("2024-05-09", "Kristi himmelsfärdsdag")]
    [InlineData("2028-06-23", "Midsommarafton")]
    [InlineData("2028-11-04", "Alla helgons dag")]
    public void On_MovableHolidays_FallOnTheirDays(string date, string name) =>
        Assert.Equal(name, SwedishHolidays.On(DateOnly.Parse(date, SwedishText.Culture))?.Name);

    [Theory]
    [InlineData("2026-06-18")]
    [InlineData("2026-06-21")]
    [InlineData("2026-12-23")]
    [InlineData("2026-12-27")]
    [InlineData("2026-05-25")] // annandag pingst has not been a holiday since 2005
    [InlineData("2026-11-01")]
    public void On_OrdinaryDays_ReturnsNull(string date) =>
        Assert.Null(SwedishHolidays.On(DateOnly.Parse(date, SwedishText.Culture)));

    [Fact]
    public void For_EveryYear_MidsommarIsFridayAndSaturdayAndAllaHelgonIsSaturday()
    {
        for (var year = SwedishHolidays.MinYear; year <= SwedishHolidays.MaxYear; year++)
        {
            var holidays = SwedishHolidays.For(year);
            var afton = holidays.Single(h => h.Name == "Midsommarafton").Date;
            var dagen = holidays.Single(h => h.Name == "Midsommardagen").Date;
            var allaHelgon = holidays.Single(h => h.Name == "Alla helgons dag").Date;
            var easter = holidays.Single(h => h.Name == "Påskdagen").Date;

            Assert.Equal(DayOfWeek.Friday, afton.DayOfWeek);
            Assert.InRange(afton, new DateOnly(year, 6, 19), new DateOnly(year, 6, 25));
            Assert.Equal(afton.AddDays(1), dagen);
            Assert.Equal(DayOfWeek.Saturday, allaHelgon.DayOfWeek);
            Assert.InRange(allaHelgon, new DateOnly(year, 10, 31), new DateOnly(year, 11, 6));
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
            Assert.Equal(16, holidays.Count);
            Assert.Equal(3, holidays.Count(h => h.Kind == HolidayKind.DeFacto));
        }
    }

    [Fact]
    public void On_AscensionOnFirstOfMay_ReturnsFirstOfMayAndListKeepsBoth()
    {
        // Easter on 23 March 2008 put Kristi himmelsfärdsdag on 1 May.
        var date = new DateOnly(2008, 5, 1);

        Assert.Equal("Första maj", SwedishHolidays.On(date)?.Name);
        Assert.Equal(["Första maj", "Kristi himmelsfärdsdag"], SwedishHolidays.For(2008).Where(h => h.Date == date).Select(h => h.Name));
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    [InlineData(0)]
    public void For_YearOutsideCalendar_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SwedishHolidays.For(year));
        Assert.Throws<ArgumentOutOfRangeException>(() => SwedishHolidays.EasterSunday(year));
    }

    [Fact]
    public void On_DateOutsideCalendar_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SwedishHolidays.On(new DateOnly(2201, 1, 1)));

    [Fact]
    public void For_ManyThreads_SeeTheSameCalendar()
    {
        var results = new IReadOnlyList<Holiday>[64];
        Parallel.For(0, results.Length, i => results[i] = SwedishHolidays.For(2150 + (i % 8)));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(SwedishHolidays.For(2150 + (i % 8)), results[i]);
        }
    }

    [Fact]
    public void For_List_CannotBeChangedByCaller() =>
        Assert.False(SwedishHolidays.For(2026) is Holiday[]);
}
