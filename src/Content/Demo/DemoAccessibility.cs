using Halsoportal.Content.Accessibility;

namespace Halsoportal.Content.Demo;

/// <summary>
/// The demo install's accessibility statement data: the assessment of 23 November 2026 and the gaps known
/// then. They are real gaps of this code base, not examples.
/// </summary>
public static class DemoAccessibility
{
    /// <summary>The day the demo's statement was made and the service assessed.</summary>
    public static readonly DateOnly AssessedOn = new(2026, 11, 23);

    /// <summary>The open gaps at that assessment.</summary>
    public static List<AccessibilityGap> BuildGaps(DateTime nowUtc) =>
    [
        new()
        {
            Title = "Webbplatsen har inte granskats av personer som använder hjälpmedel",
            Description = "Automatiska tester hittar bara en del av alla brister. Webbplatsen har ännu inte granskats av personer som i vardagen använder skärmläsare, förstoringsprogram eller taligenkänning, och inte heller i andra webbläsare än Chromium. Vi kan därför inte lova att allt fungerar med alla hjälpmedel.",
            PlannedFix = new DateOnly(2027, 5, 31),
            UpdatedAt = nowUtc,
            UpdatedBy = "Hälsoportal",
            Version = 1,
        },
        new()
        {
            Title = "I redaktörernas verktyg kan fokus hamna fel efter länken ”Hoppa till innehållet”",
            Description = "Om en redaktör först använder länken ”Hoppa till innehållet” och sedan skickar ett formulär med fel, hamnar fokus överst i innehållet i stället för på listan över fel. Felen visas och går att nå med tangentbordet, men det tar fler steg. Det gäller bara inloggade redaktörer, inte invånarnas sidor.",
            WcagCriterion = "2.4.3",
            PlannedFix = new DateOnly(2027, 2, 28),
            UpdatedAt = nowUtc,
            UpdatedBy = "Hälsoportal",
            Version = 1,
        },
        new()
        {
            Title = "Alla artiklar finns inte på lättläst svenska",
            Description = "Lättläst svenska är inget krav i lagen, men vi vill att alla artiklar ska ha en lättläst version. I dag har bara en del av artiklarna det. De som har det visar länken ”Läs texten på lättläst svenska” högst upp.",
            UpdatedAt = nowUtc,
            UpdatedBy = "Hälsoportal",
            Version = 1,
        },
    ];
}
