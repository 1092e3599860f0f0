using Halsoportal.Content.ContactPoints.Hours;
using static Halsoportal.Content.Tests.ContactPoints.Hours.Hours;

namespace Halsoportal.Content.Tests.ContactPoints.Hours;

public sealed class OpeningHoursValidatorTests
{
    private static readonly DateOnly Today = D(2026, 3, 2);

    private static IReadOnlyList<HoursError> Validate(OpeningHours hours, bool allowPastDays = false) =>
        OpeningHoursValidator.Validate(hours, Today, allowPastDays);

    private static OpeningHours Visiting(params WeeklyHours[] weekly) =>
        Only(new Session { Kind = SessionKind.Visiting, Weekly = weekly });

    private static OpeningHours WithSpecial(params SpecialHours[] days) => Office() with { SpecialDays = days };

    private static SpecialHours Special(DateOnly date, string reason = "Personalutbildning", SessionKind? kind = null, params TimeRange[] ranges) =>
        new() { Date = date, Kind = kind, Reason = reason, Ranges = ranges };

    [Fact]
    public void Validate_TypicalHours_HasNoErrors()
    {
        var hours = Office(
            new HolidayRules { Julafton = HolidayRule.ClosesEarly, Nyarsafton = HolidayRule.ClosesEarly, EarlyClosing = T("13:00") },
            Special(Today, "Personalmöte", SessionKind.Phone),
            Special(D(2026, 4, 30), "Valborg", null, R("08:00", "12:00")),
            Special(D(2026, 4, 30), "Telefonen stänger tidigt", SessionKind.Phone, R("08:00", "09:00")));

        Assert.Empty(Validate(hours));
    }

    [Fact]
    public void Validate_ClosingBeforeOpening_IsInverted() =>
        Assert.Equal(
            [new HoursError("Sessions[0].Weekly[1].Range", "Stängningstiden måste vara efter öppningstiden.")],
            Validate(Visiting(new WeeklyHours(DayOfWeek.Monday, R("08:00", "12:00")), new WeeklyHours(DayOfWeek.Tuesday, R("16:00", "08:00")))));

    [Theory]
    [InlineData("22:00", "02:00")]
    [InlineData("18:00", "06:00")]
    [InlineData("18:00", "00:00")]
    [InlineData("00:00", "06:00")]
    public void Validate_RangePastMidnightEndingByMorning_IsAllowed(string opens, string closes) =>
        Assert.Empty(Validate(Visiting(new WeeklyHours(DayOfWeek.Friday, R(opens, closes)))));

    [Theory]
    [InlineData("18:00", "06:01")]
    [InlineData("22:00", "07:00")]
    public void Validate_RangePastMidnightEndingAfterSix_IsInverted(string opens, string closes) =>
        Assert.Equal(
            [new HoursError("Sessions[0].Weekly[0].Range", "Stängningstiden måste vara efter öppningstiden.")],
            Validate(Visiting(new WeeklyHours(DayOfWeek.Friday, R(opens, closes)))));

    [Theory]
    [InlineData("08:00")]
    [InlineData("00:00")]
    public void Validate_OpensEqualsCloses_IsError(string time) =>
        Assert.Equal(
            [new HoursError("Sessions[0].Weekly[0].Range", "Öppnings- och stängningstid kan inte vara samma.")],
            Validate(Visiting(new WeeklyHours(DayOfWeek.Monday, R(time, time)))));

    [Fact]
    public void Validate_OverlapOnSameWeekday_NamesBothRangesAndDay() =>
        Assert.Equal(
            [new HoursError("Sessions[0].Weekly[2].Range", "Tiderna 08.00–12.00 och 11.00–16.00 på måndag överlappar.")],
            Validate(Visiting(
                new WeeklyHours(DayOfWeek.Monday, R("11:00", "16:00")),
                new WeeklyHours(DayOfWeek.Tuesday, R("08:00", "16:00")),
                new WeeklyHours(DayOfWeek.Monday, R("08:00", "12:00")))));

    [Fact]
    public void Validate_TouchingRanges_DoNotOverlap() =>
        Assert.Empty(Validate(Visiting(
            new WeeklyHours(DayOfWeek.Monday, R("08:00", "12:00")),
            new WeeklyHours(DayOfWeek.Monday, R("12:00", "16:00")),
            new WeeklyHours(DayOfWeek.Monday, R("16:00", "00:00")),
            new WeeklyHours(DayOfWeek.Tuesday, R("00:00", "02:00")))));

    [Fact]
    public void Validate_NightRangeSpillingIntoNextDaysRange_Overlaps() =>
        Assert.Equal(
            [
                new HoursError("Sessions[0].Weekly[1].Range", "Tiderna 22.00–02.00 på fredag och 01.00–05.00 på lördag överlappar."),
                new HoursError("Sessions[0].Weekly[3].Range", "Tiderna 23.00–03.00 på söndag och 00.00–08.00 på måndag överlappar."),
            ],
            Validate(Visiting(
                new WeeklyHours(DayOfWeek.Friday, R("22:00", "02:00")),
                new WeeklyHours(DayOfWeek.Saturday, R("01:00", "05:00")),
                new WeeklyHours(DayOfWeek.Monday, R("00:00", "08:00")),
                new WeeklyHours(DayOfWeek.Sunday, R("23:00", "03:00")))));

    [Fact]
    public void Validate_SameTimesInDifferentSessions_AreFine() =>
        Assert.Empty(Validate(Only(
            Session(SessionKind.Visiting, Weekdays, R("08:00", "12:00")),
            Session(SessionKind.Phone, Weekdays, R("08:00", "12:00")))));

    [Fact]
    public void Validate_DuplicateSessionKind_IsError() =>
        Assert.Equal(
            [new HoursError("Sessions[2].Kind", "Telefontider finns redan. Lägg tiderna där i stället.")],
            Validate(Only(
                Session(SessionKind.Phone, Weekdays, R("08:00", "10:00")),
                Session(SessionKind.Visiting, Weekdays, R("08:00", "16:00")),
                Session(SessionKind.Phone, [DayOfWeek.Saturday], R("10:00", "12:00")))));

    [Fact]
    public void Validate_UnknownEnumValues_AreErrors()
    {
        var hours = new OpeningHours
        {
            Sessions = [new Session { Kind = (SessionKind)9, Weekly = [new((DayOfWeek)7, R("08:00", "12:00"))] }],
            Holidays = new HolidayRules { Julafton = (HolidayRule)0 },
        };

        Assert.Equal(
            ["Sessions[0].Kind", "Sessions[0].Weekly[0].Day", "Holidays.Julafton"],
            Validate(hours).Select(e => e.Field));
    }

    [Fact]
    public void Validate_SpecialDayInPast_IsErrorUnlessAllowed()
    {
        var hours = WithSpecial(Special(Today.AddDays(-1)), Special(Today));

        Assert.Equal([new HoursError("SpecialDays[0].Date", "Datumet har redan passerat.")], Validate(hours));
        Assert.Empty(Validate(hours, allowPastDays: true));
    }

    [Fact]
    public void Validate_SameDateTwiceForSameKind_IsError() =>
        Assert.Equal(
            [
                new HoursError("SpecialDays[2].Date", "Det finns redan en avvikelse för besökstider den 24 december 2026."),
                new HoursError("SpecialDays[4].Date", "Det finns redan en avvikelse för alla tider den 24 december 2026."),
            ],
            Validate(WithSpecial(
                Special(D(2026, 12, 24), kind: SessionKind.Visiting),
                Special(D(2026, 12, 24), kind: SessionKind.Phone),
                Special(D(2026, 12, 24), kind: SessionKind.Visiting),
                Special(D(2026, 12, 24)),
                Special(D(2026, 12, 24)))));

    [Fact]
    public void Validate_SameDateForAllAndForOneKind_IsFine() =>
        Assert.Empty(Validate(WithSpecial(Special(D(2026, 12, 24)), Special(D(2026, 12, 24), kind: SessionKind.Phone))));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Validate_SpecialDayWithoutReason_IsError(string? reason) =>
        Assert.Equal(
            [new HoursError("SpecialDays[0].Reason", "Ange en anledning, till exempel ”Personalutbildning”.")],
            Validate(WithSpecial(Special(D(2026, 5, 4), reason!))));

    [Fact]
    public void Validate_ReasonLength_AllowsTwoHundredCharacters()
    {
        Assert.Empty(Validate(WithSpecial(Special(D(2026, 5, 4), new string('å', 200)))));
        Assert.Equal(
            [new HoursError("SpecialDays[0].Reason", "Anledningen får vara högst 200 tecken.")],
            Validate(WithSpecial(Special(D(2026, 5, 4), new string('å', 201)))));
    }

    [Fact]
    public void Validate_SpecialDayRanges_AreCheckedLikeWeeklyOnes() =>
        Assert.Equal(
            [
                new HoursError("SpecialDays[0].Ranges[1]", "Tiderna 08.00–12.00 och 10.00–14.00 den 24 december 2026 överlappar."),
                new HoursError("SpecialDays[0].Ranges[2]", "Stängningstiden måste vara efter öppningstiden."),
                new HoursError("SpecialDays[0].Ranges[3]", "Öppnings- och stängningstid kan inte vara samma."),
            ],
            Validate(WithSpecial(Special(
                D(2026, 12, 24),
                "Julöppet",
                null,
                R("10:00", "14:00"),
                R("08:00", "12:00"),
                R("15:00", "09:00"),
                R("15:00", "15:00")))));

    [Fact]
    public void Validate_SpecialDayForMissingSession_IsError() =>
        Assert.Equal(
            [new HoursError("SpecialDays[0].Kind", "Kontaktpunkten har ingen drop-in att ändra.")],
            Validate(Only(Session(SessionKind.Visiting, Weekdays, R("08:00", "16:00"))) with
            {
                SpecialDays = [Special(D(2026, 5, 4), kind: SessionKind.DropIn)],
            }));

    [Fact]
    public void Validate_SpecialDayBeyondCalendar_IsError() =>
        Assert.Equal(["SpecialDays[0].Date"], Validate(WithSpecial(Special(D(2262, 5, 4)))).Select(e => e.Field));

    [Fact]
    public void Validate_ClosesEarlyWithoutTime_IsError() =>
        Assert.Equal(
            [new HoursError("Holidays.EarlyClosing", "Ange när ni stänger de dagar ni stänger tidigt, till exempel 13.00.")],
            Validate(Office(new HolidayRules { Midsommarafton = HolidayRule.ClosesEarly })));

    [Fact]
    public void Validate_EarlyClosingAtMidnight_IsError() =>
        Assert.Equal(
            [new HoursError("Holidays.EarlyClosing", "Tiden för tidig stängning måste vara efter 00.00.")],
            Validate(Office(new HolidayRules { Julafton = HolidayRule.ClosesEarly, EarlyClosing = T("00:00") })));

    [Fact]
    public void Validate_PublicHolidaysClosingEarly_IsNotAllowed() =>
        Assert.Equal(
            [new HoursError("Holidays.PublicHolidays", "Röda dagar kan inte ha tidig stängning. Välj stängt eller öppet som vanligt.")],
            Validate(Office(new HolidayRules { PublicHolidays = HolidayRule.ClosesEarly, EarlyClosing = T("12:00") })));

    [Fact]
    public void Validate_MissingPiecesFromJson_AreErrorsNotCrashes()
    {
        var hours = new OpeningHours
        {
            Sessions = [null!, new Session { Kind = SessionKind.Phone, Weekly = [null!, new WeeklyHours(DayOfWeek.Monday, null!)] }],
            SpecialDays = [null!, new SpecialHours { Date = D(2026, 5, 4), Reason = "Stängt", Ranges = [null!] }],
        };

        Assert.Equal(
            [
                new HoursError("Sessions[0]", "Uppgifterna saknas."),
                new HoursError("Sessions[1].Weekly[0]", "Uppgifterna saknas."),
                new HoursError("Sessions[1].Weekly[1].Range", "Ange öppnings- och stängningstid."),
                new HoursError("SpecialDays[0]", "Uppgifterna saknas."),
                new HoursError("SpecialDays[1].Ranges[0]", "Ange öppnings- och stängningstid."),
            ],
            Validate(hours));
    }

    [Fact]
    public void Validate_HoursFromJson_RoundTripStaysValid()
    {
        var hours = Office(new HolidayRules { Julafton = HolidayRule.ClosesEarly, EarlyClosing = T("12:00") }, Special(D(2026, 5, 4)));

        Assert.Empty(Validate(OpeningHours.FromJson(hours.ToJson())));
    }
}
