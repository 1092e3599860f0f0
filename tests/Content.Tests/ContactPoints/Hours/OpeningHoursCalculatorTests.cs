using Halsoportal.Content.ContactPoints.Hours;
using static Halsoportal.Content.Tests.ContactPoints.Hours.Hours;

namespace Halsoportal.Content.Tests.ContactPoints.Hours;

public sealed class OpeningHoursCalculatorTests
{
    private static readonly SessionKind Visiting = SessionKind.Visiting;

    // ScheduleFor

    [Fact]
    public void ScheduleFor_OrdinaryWeekday_ReturnsWeeklyRangesInOrder()
    {
        var day = OpeningHoursCalculator.ScheduleFor(Office(), Visiting, D(2026, 3, 2));

        Assert.Equal([R("08:00", "12:00"), R("13:00", "16:00")], day.Ranges);
        Assert.Null(day.Deviation);
        Assert.Equal(D(2026, 3, 2), day.Date);
    }

    [Fact]
    public void ScheduleFor_Weekend_IsClosedWithoutDeviation()
    {
        var day = OpeningHoursCalculator.ScheduleFor(Office(), Visiting, D(2026, 3, 7));

        Assert.True(day.IsClosed);
        Assert.Null(day.Deviation);
    }

    [Fact]
    public void ScheduleFor_SessionKindMissing_IsEmptyWithoutDeviation()
    {
        var hours = Only(Session(SessionKind.Phone, Weekdays, R("08:00", "10:00")));

        var day = OpeningHoursCalculator.ScheduleFor(hours, SessionKind.DropIn, D(2026, 12, 24));

        Assert.Empty(day.Ranges);
        Assert.Null(day.Deviation);
    }

    [Fact]
    public void ScheduleFor_PublicHolidayClosed_DeviationIsHolidayName()
    {
        var day = OpeningHoursCalculator.ScheduleFor(Office(), Visiting, D(2026, 4, 3));

        Assert.True(day.IsClosed);
        Assert.Equal("Långfredagen", day.Deviation);
    }

    [Fact]
    public void ScheduleFor_PublicHolidayAsUsual_IsNoDeviation()
    {
        var hours = Office(new HolidayRules { PublicHolidays = HolidayRule.AsUsual });

        var day = OpeningHoursCalculator.ScheduleFor(hours, Visiting, D(2026, 5, 14));

        Assert.Equal([R("08:00", "12:00"), R("13:00", "16:00")], day.Ranges);
        Assert.Null(day.Deviation);
    }

    [Fact]
    public void ScheduleFor_HolidayOnDayClosedAnyway_IsNoDeviation()
    {
        // Påskdagen is a Sunday; the office is closed on Sundays regardless.
        var day = OpeningHoursCalculator.ScheduleFor(Office(), Visiting, D(2026, 4, 5));

        Assert.True(day.IsClosed);
        Assert.Null(day.Deviation);
    }

    [Fact]
    public void ScheduleFor_ClosesEarly_CutsRangesAndDropsThoseStartingLater()
    {
        var hours = Office(new HolidayRules { Julafton = HolidayRule.ClosesEarly, EarlyClosing = T("11:00") });

        var day = OpeningHoursCalculator.ScheduleFor(hours, Visiting, D(2026, 12, 24));

        Assert.Equal([R("08:00", "11:00")], day.Ranges);
        Assert.Equal("Julafton", day.Deviation);
    }

    [Fact]
    public void ScheduleFor_ClosesEarlyAtStartOfRange_DropsThatRange()
    {
        var hours = Office(new HolidayRules { Nyarsafton = HolidayRule.ClosesEarly, EarlyClosing = T("13:00") });

        var day = OpeningHoursCalculator.ScheduleFor(hours, Visiting, D(2026, 12, 31));

        Assert.Equal([R("08:00", "12:00")], day.Ranges);
        Assert.Equal("Nyårsafton", day.Deviation);
    }

    [Fact]
    public void ScheduleFor_ClosesEarly_CutsRangeThatRunsPastMidnight()
    {
        var hours = Only(Session(Visiting, [DayOfWeek.Friday], R("18:00", "02:00"))) with
        {
            Holidays = new HolidayRules { Midsommarafton = HolidayRule.ClosesEarly, EarlyClosing = T("20:00") },
        };

        var day = OpeningHoursCalculator.ScheduleFor(hours, Visiting, D(2026, 6, 19));

        Assert.Equal([R("18:00", "20:00")], day.Ranges);
        Assert.Equal("Midsommarafton", day.Deviation);
    }

    [Fact]
    public void ScheduleFor_ClosesEarlyWithoutTime_IsAsUsual()
    {
        var hours = Office(new HolidayRules { Julafton = HolidayRule.ClosesEarly });

        var day = OpeningHoursCalculator.ScheduleFor(hours, Visiting, D(2026, 12, 24));

        Assert.Equal([R("08:00", "12:00"), R("13:00", "16:00")], day.Ranges);
        Assert.Null(day.Deviation);
    }

    [Fact]
    public void ScheduleFor_EachDeFactoHoliday_UsesItsOwnRule()
    {
        var hours = Office(new HolidayRules
        {
            Midsommarafton = HolidayRule.AsUsual,
            Julafton = HolidayRule.Closed,
            Nyarsafton = HolidayRule.ClosesEarly,
            EarlyClosing = T("12:00"),
        });

        Assert.Null(OpeningHoursCalculator.ScheduleFor(hours, Visiting, D(2026, 6, 19)).Deviation);
        Assert.Empty(OpeningHoursCalculator.ScheduleFor(hours, Visiting, D(2026, 12, 24)).Ranges);
        Assert.Equal([R("08:00", "12:00")], OpeningHoursCalculator.ScheduleFor(hours, Visiting, D(2026, 12, 31)).Ranges);
    }

    [Fact]
    public void ScheduleFor_SpecialDays_BeatHolidaysAndKindBeatsAll()
    {
        var hours = Office(
            null,
            new SpecialHours { Date = D(2026, 12, 24), Ranges = [R("10:00", "12:00")], Reason = "Julöppet" },
            new SpecialHours { Date = D(2026, 12, 24), Kind = SessionKind.Phone, Reason = "Telefonen är stängd" });

        var visiting = OpeningHoursCalculator.ScheduleFor(hours, Visiting, D(2026, 12, 24));
        var phone = OpeningHoursCalculator.ScheduleFor(hours, SessionKind.Phone, D(2026, 12, 24));
        var dropIn = OpeningHoursCalculator.ScheduleFor(hours, SessionKind.DropIn, D(2026, 12, 24));

        Assert.Equal([R("10:00", "12:00")], visiting.Ranges);
        Assert.Equal("Julöppet", visiting.Deviation);
        Assert.Empty(phone.Ranges);
        Assert.Equal("Telefonen är stängd", phone.Deviation);
        Assert.Equal([R("10:00", "12:00")], dropIn.Ranges);
        Assert.Equal("Julöppet", dropIn.Deviation);
    }

    [Fact]
    public void ScheduleFor_SpecialDayForOtherKind_LeavesSessionAlone()
    {
        var hours = Office(null, new SpecialHours { Date = D(2026, 3, 3), Kind = SessionKind.Phone, Reason = "Personalmöte" });

        var day = OpeningHoursCalculator.ScheduleFor(hours, Visiting, D(2026, 3, 3));

        Assert.Equal(2, day.Ranges.Count);
        Assert.Null(day.Deviation);
    }

    [Fact]
    public void ScheduleFor_SpecialDayWithUsualHours_IsStillADeviation()
    {
        var hours = Office(null, new SpecialHours
        {
            Date = D(2026, 3, 3),
            Ranges = [R("13:00", "16:00"), R("08:00", "12:00")],
            Reason = " Ny adress från i dag ",
        });

        var day = OpeningHoursCalculator.ScheduleFor(hours, Visiting, D(2026, 3, 3));

        Assert.Equal([R("08:00", "12:00"), R("13:00", "16:00")], day.Ranges);
        Assert.Equal("Ny adress från i dag", day.Deviation);
    }

    // Deviations and Week

    [Fact]
    public void Deviations_AroundChristmas_ListsDaysThatDiffer()
    {
        var hours = Office(null, new SpecialHours { Date = D(2026, 12, 28), Reason = "Inventering" });

        var days = OpeningHoursCalculator.Deviations(hours, Visiting, D(2026, 12, 20), 14);

        Assert.Equal(
            [
                (D(2026, 12, 24), "Julafton"),
                (D(2026, 12, 25), "Juldagen"),
                (D(2026, 12, 28), "Inventering"),
                (D(2026, 12, 31), "Nyårsafton"),
                (D(2027, 1, 1), "Nyårsdagen"),
            ],
            days.Select(d => (d.Date, d.Deviation!)));
        Assert.All(days, d => Assert.True(d.IsClosed));
    }

    [Fact]
    public void Deviations_NoDays_IsEmptyAndNegativeThrows()
    {
        Assert.Empty(OpeningHoursCalculator.Deviations(Office(), Visiting, D(2026, 12, 24), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => OpeningHoursCalculator.Deviations(Office(), Visiting, D(2026, 12, 24), -1));
    }

    [Fact]
    public void Week_ReturnsSevenConsecutiveDays()
    {
        var week = OpeningHoursCalculator.Week(Office(), SessionKind.DropIn, D(2026, 3, 2));

        Assert.Equal(Enumerable.Range(0, 7).Select(i => D(2026, 3, 2).AddDays(i)), week.Select(d => d.Date));
        Assert.Equal([false, false, false, true, false, false, false], week.Select(d => d.Ranges.Count > 0));
    }

    // StatusAt

    [Fact]
    public void StatusAt_DuringRange_IsOpenUntilItsEnd()
    {
        var status = OpeningHoursCalculator.StatusAt(Office(), Visiting, At(2026, 3, 2, 10, 0));

        Assert.True(status.IsOpen);
        Assert.Equal(Wall(2026, 3, 2, 12, 0), status.ClosesAt);
        Assert.Equal(DateTimeKind.Unspecified, status.ClosesAt!.Value.Kind);
        Assert.Null(status.OpensAt);
        Assert.Equal(TimeSpan.FromHours(2), status.ClosesIn);
        Assert.False(status.ClosesSoon);
        Assert.Null(status.TodayDeviation);
    }

    [Fact]
    public void StatusAt_Lunch_IsClosedAndOpensLaterToday()
    {
        var status = OpeningHoursCalculator.StatusAt(Office(), Visiting, At(2026, 3, 2, 12, 30));

        Assert.False(status.IsOpen);
        Assert.Equal(Wall(2026, 3, 2, 13, 0), status.OpensAt);
        Assert.Null(status.ClosesAt);
        Assert.Null(status.ClosesIn);
        Assert.False(status.ClosesSoon);
    }

    [Fact]
    public void StatusAt_ExactlyAtOpeningAndClosing_OpensIncludedClosesExcluded()
    {
        Assert.True(OpeningHoursCalculator.StatusAt(Office(), Visiting, At(2026, 3, 2, 8, 0)).IsOpen);
        Assert.False(OpeningHoursCalculator.StatusAt(Office(), Visiting, At(2026, 3, 2, 16, 0)).IsOpen);
    }

    [Fact]
    public void StatusAt_FridayEvening_OpensOnMonday()
    {
        var status = OpeningHoursCalculator.StatusAt(Office(), Visiting, At(2026, 3, 6, 17, 0));

        Assert.False(status.IsOpen);
        Assert.Equal(Wall(2026, 3, 9, 8, 0), status.OpensAt);
    }

    [Fact]
    public void StatusAt_OvernightRange_IsOpenBeforeAndAfterMidnight()
    {
        var hours = Only(Session(Visiting, [DayOfWeek.Friday], R("22:00", "02:00")));

        var friday = OpeningHoursCalculator.StatusAt(hours, Visiting, At(2026, 3, 6, 23, 0));
        var saturday = OpeningHoursCalculator.StatusAt(hours, Visiting, At(2026, 3, 7, 1, 0));
        var later = OpeningHoursCalculator.StatusAt(hours, Visiting, At(2026, 3, 7, 2, 0));

        Assert.True(friday.IsOpen);
        Assert.Equal(Wall(2026, 3, 7, 2, 0), friday.ClosesAt);
        Assert.Equal(TimeSpan.FromHours(3), friday.ClosesIn);
        Assert.True(saturday.IsOpen);
        Assert.Equal(Wall(2026, 3, 7, 2, 0), saturday.ClosesAt);
        Assert.False(later.IsOpen);
        Assert.Equal(Wall(2026, 3, 13, 22, 0), later.OpensAt);
    }

    [Fact]
    public void StatusAt_RangesChainedOverMidnight_ReportFinalEnd()
    {
        var hours = Only(new Session
        {
            Kind = Visiting,
            Weekly =
            [
                new(DayOfWeek.Friday, R("18:00", "00:00")),
                new(DayOfWeek.Saturday, R("00:00", "02:00")),
                new(DayOfWeek.Saturday, R("02:00", "04:00")),
            ],
        });

        var status = OpeningHoursCalculator.StatusAt(hours, Visiting, At(2026, 3, 6, 23, 0));

        Assert.True(status.IsOpen);
        Assert.Equal(Wall(2026, 3, 7, 4, 0), status.ClosesAt);
    }

    [Fact]
    public void StatusAt_OvernightIntoClosedHoliday_StaysOpenUntilRangeEnds()
    {
        // Thursday night into midsommarafton: the range belongs to Thursday, an ordinary day; Friday's own night is off.
        var hours = Only(Session(Visiting, [DayOfWeek.Thursday, DayOfWeek.Friday], R("22:00", "02:00")));

        var status = OpeningHoursCalculator.StatusAt(hours, Visiting, At(2026, 6, 19, 1, 0));

        Assert.True(status.IsOpen);
        Assert.Equal(Wall(2026, 6, 19, 2, 0), status.ClosesAt);
        Assert.Equal("Midsommarafton", status.TodayDeviation);
        Assert.Equal(Wall(2026, 6, 25, 22, 0), OpeningHoursCalculator.StatusAt(hours, Visiting, At(2026, 6, 19, 3, 0)).OpensAt);
    }

    [Fact]
    public void StatusAt_AlwaysOpen_HasNoClosingTime()
    {
        var hours = Only(Session(Visiting, EveryDay, R("00:00", "12:00"), R("12:00", "00:00"))) with
        {
            Holidays = new HolidayRules
            {
                PublicHolidays = HolidayRule.AsUsual,
                Julafton = HolidayRule.AsUsual,
                Nyarsafton = HolidayRule.AsUsual,
                Midsommarafton = HolidayRule.AsUsual,
            },
        };

        var status = OpeningHoursCalculator.StatusAt(hours, Visiting, At(2026, 12, 24, 3, 0));

        Assert.True(status.IsOpen);
        Assert.Null(status.ClosesAt);
        Assert.Null(status.ClosesIn);
        Assert.False(status.ClosesSoon);
    }

    [Fact]
    public void StatusAt_NothingAhead_IsClosedWithoutOpening()
    {
        var empty = Only(new Session { Kind = Visiting });

        var status = OpeningHoursCalculator.StatusAt(empty, Visiting, At(2026, 3, 2, 10, 0));
        var missing = OpeningHoursCalculator.StatusAt(empty, SessionKind.Phone, At(2026, 3, 2, 10, 0));

        Assert.Equal(new SessionStatus(false, null, null, null), status);
        Assert.Equal(new SessionStatus(false, null, null, null), missing);
    }

    [Fact]
    public void StatusAt_LongClosure_FindsOpeningWithinFourteenDaysOnly()
    {
        static SpecialHours Closed(DateOnly date) => new() { Date = date, Reason = "Renovering" };
        var from = D(2026, 3, 2);
        var thirteen = Office(null, [.. Enumerable.Range(0, 14).Select(i => Closed(from.AddDays(i)))]);
        var fifteen = Office(null, [.. Enumerable.Range(0, 15).Select(i => Closed(from.AddDays(i)))]);

        var reopens = OpeningHoursCalculator.StatusAt(thirteen, Visiting, At(2026, 3, 2, 9, 0));
        var tooFar = OpeningHoursCalculator.StatusAt(fifteen, Visiting, At(2026, 3, 2, 9, 0));

        Assert.Equal(Wall(2026, 3, 16, 8, 0), reopens.OpensAt);
        Assert.Equal("Renovering", reopens.TodayDeviation);
        Assert.False(tooFar.IsOpen);
        Assert.Null(tooFar.OpensAt);
    }

    [Fact]
    public void StatusAt_DayBeforeMidsommarafton2027_ClosesSoonAndTomorrowIsDeviation()
    {
        var hours = Only(Session(Visiting, Weekdays, R("08:00", "18:00")));
        var now = new DateTimeOffset(2027, 6, 24, 17, 55, 0, TimeSpan.FromHours(2));

        var status = OpeningHoursCalculator.StatusAt(hours, Visiting, now);
        var week = OpeningHoursCalculator.Week(hours, Visiting, D(2027, 6, 24));
        var afterClosing = OpeningHoursCalculator.StatusAt(hours, Visiting, now.AddMinutes(10));

        Assert.True(status.IsOpen);
        Assert.Equal(Wall(2027, 6, 24, 18, 0), status.ClosesAt);
        Assert.Equal(TimeSpan.FromMinutes(5), status.ClosesIn);
        Assert.True(status.ClosesSoon);
        Assert.Null(status.TodayDeviation);
        Assert.Equal("Öppet nu · stänger snart, 18.00", OpeningStatusText.Describe(Visiting, status, now));

        Assert.Equal(D(2027, 6, 25), week[1].Date);
        Assert.Equal("Midsommarafton", week[1].Deviation);
        Assert.True(week[1].IsClosed);
        Assert.Equal(
            [(D(2027, 6, 25), "Midsommarafton")],
            OpeningHoursCalculator.Deviations(hours, Visiting, D(2027, 6, 24), 7).Select(d => (d.Date, d.Deviation!)));

        Assert.Equal(Wall(2027, 6, 28, 8, 0), afterClosing.OpensAt);
        Assert.Equal("Stängt · öppnar måndag 08.00", OpeningStatusText.Describe(Visiting, afterClosing, now.AddMinutes(10)));
    }

    // Daylight saving: 2026-03-29 02.00 → 03.00 and 2026-10-25 03.00 → 02.00 in Europe/Stockholm.

    [Fact]
    public void StatusAt_SpringForward_ClosesInCountsRealTime()
    {
        var hours = Only(Session(Visiting, [DayOfWeek.Sunday], R("01:00", "04:00")));

        var atOne = OpeningHoursCalculator.StatusAt(hours, Visiting, Utc(2026, 3, 29, 0, 0));
        var afterJump = OpeningHoursCalculator.StatusAt(hours, Visiting, Utc(2026, 3, 29, 1, 30));

        Assert.True(atOne.IsOpen);
        Assert.Equal(Wall(2026, 3, 29, 4, 0), atOne.ClosesAt);
        Assert.Equal(TimeSpan.FromHours(2), atOne.ClosesIn);
        Assert.True(afterJump.IsOpen);
        Assert.Equal(TimeSpan.FromMinutes(30), afterJump.ClosesIn);
        Assert.True(afterJump.ClosesSoon);
    }

    [Fact]
    public void StatusAt_SpringForward_ClosingInSkippedHourHappensWhenClockJumps()
    {
        var hours = Only(Session(Visiting, [DayOfWeek.Sunday], R("00:00", "02:30")));

        var before = OpeningHoursCalculator.StatusAt(hours, Visiting, Utc(2026, 3, 29, 0, 30));
        var after = OpeningHoursCalculator.StatusAt(hours, Visiting, Utc(2026, 3, 29, 1, 0));

        Assert.True(before.IsOpen);
        Assert.Equal(Wall(2026, 3, 29, 2, 30), before.ClosesAt);
        Assert.Equal(TimeSpan.FromMinutes(30), before.ClosesIn);
        Assert.False(after.IsOpen);
    }

    [Fact]
    public void StatusAt_FallBack_RangeLastsFourHoursRealTime()
    {
        var hours = Only(Session(Visiting, [DayOfWeek.Sunday], R("01:00", "04:00")));

        var atOne = OpeningHoursCalculator.StatusAt(hours, Visiting, Utc(2026, 10, 24, 23, 0));
        var firstHalfPastTwo = OpeningHoursCalculator.StatusAt(hours, Visiting, Utc(2026, 10, 25, 0, 30));
        var secondHalfPastTwo = OpeningHoursCalculator.StatusAt(hours, Visiting, Utc(2026, 10, 25, 1, 30));

        Assert.Equal(TimeSpan.FromHours(4), atOne.ClosesIn);
        Assert.True(firstHalfPastTwo.IsOpen);
        Assert.Equal(TimeSpan.FromHours(2.5), firstHalfPastTwo.ClosesIn);
        Assert.True(secondHalfPastTwo.IsOpen);
        Assert.Equal(TimeSpan.FromHours(1.5), secondHalfPastTwo.ClosesIn);
        Assert.Equal(Wall(2026, 10, 25, 4, 0), secondHalfPastTwo.ClosesAt);
    }

    [Fact]
    public void StatusAt_FallBack_ClosingInRepeatedHourIsNextOccurrence()
    {
        var hours = Only(Session(Visiting, [DayOfWeek.Sunday], R("01:00", "02:45")));

        // 02.30 summer time (00.30 UTC): closes at the first 02.45.
        var first = OpeningHoursCalculator.StatusAt(hours, Visiting, Utc(2026, 10, 25, 0, 30));

        // 02.30 winter time (01.30 UTC): by the wall clock it is open again, until the second 02.45.
        var second = OpeningHoursCalculator.StatusAt(hours, Visiting, Utc(2026, 10, 25, 1, 30));

        Assert.Equal(TimeSpan.FromMinutes(15), first.ClosesIn);
        Assert.Equal(TimeSpan.FromMinutes(15), second.ClosesIn);
    }

    [Theory]
    [InlineData(2026, 3, 28)]
    [InlineData(2026, 10, 24)]
    public void StatusAt_EveryFiveMinutesAcrossChangeDay_NeverThrowsAndStaysConsistent(int year, int month, int day)
    {
        var hours = Only(
            Session(Visiting, EveryDay, R("01:30", "02:30"), R("02:45", "03:15"), R("22:00", "02:15")),
            Session(SessionKind.Phone, EveryDay, R("02:00", "03:00")),
            Session(SessionKind.DropIn, EveryDay, R("00:00", "00:00")));
        var start = new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero);

        for (var instant = start; instant < start.AddDays(2); instant = instant.AddMinutes(5))
        {
            foreach (var kind in Enum.GetValues<SessionKind>())
            {
                var status = OpeningHoursCalculator.StatusAt(hours, kind, instant);
                var text = OpeningStatusText.Describe(kind, status, instant);

                Assert.False(string.IsNullOrEmpty(text));
                if (status.IsOpen && status.ClosesAt is not null)
                {
                    Assert.InRange(status.ClosesIn!.Value, TimeSpan.Zero, TimeSpan.FromDays(OpeningHoursCalculator.LookAheadDays + 1));
                }
                else if (!status.IsOpen)
                {
                    Assert.NotNull(status.OpensAt);
                }
            }
        }
    }

    [Fact]
    public void StatusAt_HoursWithNullListsFromJson_AreClosedNotCrashes()
    {
        var hours = OpeningHours.FromJson("{\"sessions\":[null,{\"kind\":\"Phone\",\"weekly\":null}],\"specialDays\":null}");

        Assert.Equal(new SessionStatus(false, null, null, null), OpeningHoursCalculator.StatusAt(hours, SessionKind.Phone, Utc(2026, 3, 2, 9, 0)));
    }

    [Fact]
    public void StatusAt_TodaysHoliday_IsTodayDeviation()
    {
        var status = OpeningHoursCalculator.StatusAt(Office(), Visiting, At(2026, 12, 24, 9, 0));

        Assert.False(status.IsOpen);
        Assert.Equal("Julafton", status.TodayDeviation);
        Assert.Equal(Wall(2026, 12, 28, 8, 0), status.OpensAt);
    }
}
