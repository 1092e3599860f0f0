using Halsoportal.Dialog.Surveys;
using static Halsoportal.Dialog.Demo.DemoText;

namespace Halsoportal.Dialog.Demo;

internal static partial class DemoSurveys
{
    /// <summary>Decided: Beslut with a link to the protocol, Sundsvall.</summary>
    private static DemoSurvey RokfriaMiljoer(DateOnly today)
    {
        var opens = today.AddDays(-112);
        var closes = today.AddDays(-80);
        var decided = today.AddDays(-21);
        var d = new DemoSurvey(new Survey
        {
            Slug = "rokfria-miljoer",
            Title = "Rökfria busshållplatser, lekplatser och entréer",
            Purpose = "Sedan 2019 är det förbjudet att röka på bland annat busshållplatser och lekplatser, men många upplever ändå att de störs av rök. "
                + "Sundsvalls kommun vill veta var rök och nikotin stör dig mest och var du tycker att kommunen ska göra mer, "
                + "till exempel med skyltar, askkoppar på rätt avstånd eller fler rökfria platser.",
            PrivacyNotice = Privacy(SundsvallController, SundsvallContact, 365),
            OpensAt = Local(opens, 8),
            ClosesAt = Local(closes, 23, 59),
            Mode = ParticipationMode.Open,
            RetentionDays = 365,
            Kommuner = [new SurveyKommun { KommunCode = "2281" }],
        }, seed: 2281_03)
        {
            Responses = 210,
            AgeShares = [1.1, 27, 39, 26, 6.9],
            AreaShares = [22, 10, 9, 7, 8, 9, 11, 7, 1.4, 2.6, 5, 8],
        };
        d.Add(Background("Hur gammal är du?", AdultAges, required: true), Plan.Age);
        d.Add(Background("Var i kommunen bor du?", SundsvallAreas, required: false), Plan.Area);
        d.Add(Single("Använder du tobak eller nikotin?", ["Nej", "Ja, cigaretter", "Ja, snus eller vitt snus", "Ja, e-cigaretter", "Vill inte svara"], required: false).Unpublished(),
            Plan.Pick(p => p.Age switch { <= 1 => [6, 0.5, 2, 1, 0.5], 2 => [7, 0.8, 1.5, 0.3, 0.4], _ => [8, 1, 0.5, 0.1, 0.4] }, skip: 0.04));
        d.Add(Scale("Hur ofta störs du av rök när du väntar på bussen?", "Aldrig", "Varje gång"),
            Plan.Rate(p => p.Age is 1 or 2 ? 2.9 : 2.5, spread: 1.1));
        d.Add(Multiple("Var tycker du att det ska vara rökfritt?", null,
            ["Busshållplatser", "Lekplatser", "Badplatser", "Idrottsplatser och läktare", "Entréer till kommunens lokaler", "Uteserveringar", "Parker", "Torget"],
            required: true),
            Plan.Many(p => [0.8, 0.9, 0.6, 0.65, 0.7, p.Age >= 3 ? 0.55 : 0.4, 0.3, 0.25]));
        d.Add(Matrix("Hur viktigt är det för dig att det är rökfritt här?", "Inte alls viktigt", "Mycket viktigt",
            ["Lekplatser", "Busshållplatser", "Badplatser", "Uteserveringar"]),
            Plan.Grid(p => p.Age == 1 ? [4.8, 4.2, 4.0, 3.4] : [4.5, 4.0, 3.7, 3.5], spread: 0.8, skip: 0.04, rowSkip: 0.03));
        d.Add(FreeText("Har du fler tankar om rökfria miljöer?", 600), Plan.Text(Rokfritt, 0.3));
        d.Entry(SurveyStage.Open, opens, "Enkäten är öppen",
            $"Nu kan du tycka till om rökfria miljöer i Sundsvall. Enkäten är öppen till och med {Day(closes)}.");
        d.Entry(SurveyStage.Analysing, closes.AddDays(2), "Vi går igenom svaren",
            $"{d.Responses} personer svarade. De flesta vill att lekplatser, busshållplatser och entréer ska vara helt rökfria, och många störs av rök när de väntar på bussen. "
            + "Folkhälsoenheten tar nu fram ett förslag till kommunstyrelsen.");
        d.Entry(SurveyStage.Decided, decided, "Kommunstyrelsen har beslutat",
            "Kommunstyrelsen har beslutat att alla kommunens lekplatser och de 40 mest använda busshållplatserna ska få tydliga skyltar om rökfritt, "
            + "och att askkoppar flyttas minst tio meter från entréerna till kommunens lokaler. Arbetet görs under våren och sommaren.",
            "https://sundsvall.se/kommun-och-politik/moten-och-protokoll/kommunstyrelsen");

        // The results in English too: the translation covers the questions, so the published results read in it.
        d.Translations.Add(DemoTranslations.RokfriaMiljoerEnglish);
        return d;
    }

    /// <summary>Implemented: Genomfört, Jönköping.</summary>
    private static DemoSurvey Simhallar(DateOnly today)
    {
        var opens = today.AddDays(-283);
        var closes = today.AddDays(-250);
        var d = new DemoSurvey(new Survey
        {
            Slug = "oppettider-i-simhallarna",
            Title = "Öppettider i simhallarna",
            Purpose = "Simning är ett av de bästa sätten att röra sig för den som har ont i leder eller rygg, och alla barn behöver lära sig simma. "
                + "Jönköpings kommun ser över öppettiderna i simhallarna och vill veta när du vill bada och vad som är viktigast för dig.",
            PrivacyNotice = Privacy("kultur- och fritidsnämnden i Jönköpings kommun", "kommunens dataskyddsombud via jonkoping.se eller kommunens kontaktcenter", 730),
            OpensAt = Local(opens, 8),
            ClosesAt = Local(closes, 23, 59),
            Mode = ParticipationMode.Open,
            RetentionDays = 730,
            Kommuner = [new SurveyKommun { KommunCode = "0680" }],
        }, seed: 0680_02)
        {
            Responses = 260,
            AgeShares = [7, 30, 38, 24, 1],
            AreaShares = [20, 12, 6, 5, 18, 6, 9, 5, 3, 4, 0.8, 11.2],
        };
        d.Add(Background("Hur gammal är du?", AdultAges, required: true), Plan.Age);
        d.Add(Background("Var bor du?",
            ["Centrum och Öster", "Väster", "Råslätt", "Österängen", "Huskvarna", "Norrahammar", "Bankeryd", "Tenhult", "Gränna", "Taberg", "Lekeryd"],
            required: false), Plan.Area);
        d.Add(Single("Vilken simhall använder du mest?", ["Rosenlundsbadet", "Simhallen i Huskvarna", "Jag badar sällan eller aldrig i kommunens simhallar"]),
            Plan.Pick(p => p.Area == 4 ? [2, 6, 1] : [6, 1.5, 1.5]));
        d.Add(Multiple("När vill du helst simma?", 2,
            ["Tidig morgon före jobb eller skola", "Dagtid på vardagar", "Kvällar efter klockan 19", "Förmiddagar på helgen", "Eftermiddagar på helgen"], required: true),
            Plan.Many(p => p.Age switch
            {
                0 => [0.05, 0.1, 0.5, 0.3, 0.6],
                1 => [0.45, 0.1, 0.45, 0.4, 0.3],
                2 => [0.55, 0.15, 0.35, 0.3, 0.2],
                _ => [0.35, 0.75, 0.05, 0.3, 0.1],
            }));
        d.Add(Scale("Hur nöjd är du med öppettiderna i dag?", "Mycket missnöjd", "Mycket nöjd"),
            Plan.Rate(p => p.Age is 1 or 2 ? 2.4 : 3.2));
        d.Add(Ranking("Vad ska prioriteras när öppettiderna ändras?",
            ["Tidiga morgnar för motionssim", "Familjebad på helger", "Lugna pass för äldre och för den som behöver en lugn miljö",
                "Simskola och simträning för barn", "Kvällar för motionssim"], required: true),
            Plan.Rank(p => p.Age switch { 0 => [0.6, 2, 0.6, 2.5, 2], 1 => [2, 3, 0.8, 2.5, 2], 2 => [3, 1.5, 1, 2, 2.5], _ => [2, 0.8, 4, 1.2, 0.8] }));
        d.Add(Multiple("Behöver du något särskilt för att kunna bada?", null,
            ["Lift eller ramp ner i bassängen", "Ett eget omklädningsrum", "Varmare vatten", "Tider med färre besökare", "Information på fler språk"]),
            Plan.Many(p => p.Age >= 3 ? [0.3, 0.25, 0.55, 0.5, 0.05] : [0.05, 0.2, 0.2, 0.35, 0.1], skip: 0.55));
        d.Add(FreeText("Har du andra synpunkter på simhallarna?", 600), Plan.Text(Simhall, 0.3));
        d.Entry(SurveyStage.Open, opens, "Enkäten är öppen",
            $"Nu kan du tycka till om öppettiderna i simhallarna. Enkäten är öppen till och med {Day(closes)}.");
        d.Entry(SurveyStage.Analysing, closes.AddDays(3), "Vi går igenom svaren",
            $"{d.Responses} personer svarade – tack! Många vill kunna simma tidigt på morgonen, och äldre efterfrågar lugnare pass med varmare vatten. "
            + "Vi jämför nu önskemålen med vad som går att bemanna.");
        d.Entry(SurveyStage.Decided, closes.AddDays(60), "Nämnden har beslutat om nya öppettider",
            "Kultur- och fritidsnämnden har beslutat att Rosenlundsbadet ska öppna redan klockan 06.00 på tisdagar och torsdagar för motionssim, "
            + "och att det blir ett lugnt pass med varmare vatten varje onsdag förmiddag. Ändringarna börjar gälla efter sommaren.",
            "https://www.jonkoping.se/kommun-och-politik/moten-och-protokoll/kultur-och-fritidsnamnden");
        d.Entry(SurveyStage.Implemented, closes.AddDays(150), "De nya öppettiderna gäller nu",
            "Nu gäller de nya öppettiderna. Morgonsimmet på tisdagar och torsdagar har redan många besökare, och onsdagarnas lugna pass fortsätter hela säsongen. "
            + "Vi följer upp besöken under året och berättar här om vi ändrar något.");
        return d;
    }

    /// <summary>Retention has passed: the seeder's retention run deletes the answers and the results come from the snapshot. Kramfors.</summary>
    private static DemoSurvey Halsocentralen(DateOnly today)
    {
        var opens = today.AddDays(-432);
        var closes = today.AddDays(-400);
        var d = new DemoSurvey(new Survey
        {
            Slug = "halsocentralen-nara-dig",
            Title = "Hälsocentralen nära dig – hur når du vården?",
            Purpose = "Vården ska finnas nära dig, även om du bor långt från en hälsocentral. Kramfors kommun och Region Västernorrland vill veta "
                + "hur du tar dig till vården i dag och vilka nya sätt att få vård du kan tänka dig, till exempel videosamtal eller en mobil mottagning som kommer till orten.",
            PrivacyNotice = Privacy("kommunstyrelsen i Kramfors kommun", "kommunens dataskyddsombud på dataskyddsombud@kramfors.se", 365,
                "Regionen får bara den sammanställda statistiken, inga enskilda svar."),
            OpensAt = Local(opens, 8),
            ClosesAt = Local(closes, 23, 59),
            Mode = ParticipationMode.Open,
            RetentionDays = 365,
            Kommuner = [new SurveyKommun { KommunCode = "2282" }],
        }, seed: 2282_01)
        {
            Responses = 140,
            AgeShares = [1.5, 17, 36, 35, 10.5],
            AreaShares = [30, 12, 10, 8, 9, 7, 1.3, 17, 5.7],
        };
        d.Add(Background("Hur gammal är du?", AdultAges, required: true), Plan.Age);
        d.Add(Background("Var bor du?", ["Kramfors centrum", "Bollstabruk", "Nyland", "Ullånger", "Docksta", "Lunde", "Frånö", "Annan ort i kommunen"], required: false),
            Plan.Area);
        d.Add(Single("Hur tar du dig oftast till hälsocentralen?", ["Bil", "Buss", "Färdtjänst", "Till fots eller med cykel", "Någon skjutsar mig"]),
            Plan.Pick(p => p.Age switch { >= 4 => [1, 1, 3, 0.5, 3], 3 => [5, 1.5, 1, 0.8, 1.5], _ => [6, 1.2, 0.1, 1.5, 0.5] }));
        d.Add(Scale("Hur lätt är det att komma i kontakt med hälsocentralen?", "Mycket svårt", "Mycket lätt"),
            Plan.Rate(p => p.Area is 0 ? 3.0 : 2.6));
        d.Add(Multiple("Vilka av de här sätten att få vård kan du tänka dig?", 3,
            ["Videosamtal med läkare eller sjuksköterska", "Chatt via 1177", "En mobil mottagning som kommer till orten", "Drop-in-tider",
                "Hembesök", "Rådgivning på telefon"], required: true),
            Plan.Many(p => p.Age >= 3 ? [0.2, 0.1, 0.6, 0.3, 0.45, 0.5] : [0.55, 0.5, 0.4, 0.5, 0.1, 0.35]));
        d.Add(Matrix("Hur nöjd är du med det här på hälsocentralen?", "Mycket missnöjd", "Mycket nöjd",
            ["Telefontiderna", "Bemötandet", "Väntetiden till ett besök", "Informationen om vad du kan göra själv"], required: true),
            Plan.Grid(p => p.Age >= 3 ? [2.6, 4.1, 2.4, 3.2] : [2.3, 3.8, 2.2, 3.0]));
        d.Add(FreeText("Vad skulle göra det lättare för dig att få vård nära där du bor?", 700), Plan.Text(NaraVard, 0.4));
        d.Entry(SurveyStage.Open, opens, "Enkäten är öppen",
            $"Nu kan du berätta hur du når vården. Enkäten är öppen till och med {Day(closes)}. Du kan också svara på papper på biblioteket.");
        d.Entry(SurveyStage.Analysing, closes.AddDays(3), "Vi går igenom svaren",
            $"{d.Responses} personer svarade. Många har långt till hälsocentralen och har svårt att komma fram på telefon. "
            + "Svaren går nu till den gemensamma arbetsgruppen för nära vård i kommunen och regionen.");
        d.Entry(SurveyStage.Decided, closes.AddDays(70), "Mobil mottagning provas i tre orter",
            "Kommunen och regionen har kommit överens om att under ett år prova en mobil mottagning som besöker Ullånger, Docksta och Nyland varannan vecka. "
            + "Hälsocentralen inför också en tid på dagen då man kan ringa tillbaka.",
            "https://www.kramfors.se/kommun-och-politik/moten-och-protokoll");
        d.Entry(SurveyStage.Implemented, closes.AddDays(200), "Den mobila mottagningen är i gång",
            "Den mobila mottagningen besöker nu Ullånger, Docksta och Nyland. Där kan du ta prover, få hjälp med såromläggning och prata med en sjuksköterska utan att boka tid. "
            + "Svaren i enkäten är raderade enligt det vi lovade, men den sammanställda statistiken finns kvar här.");
        return d;
    }

    /// <summary>Decided, shared by the four GGVV kommuner in Jönköpings län (Gislaved, Gnosjö, Vaggeryd, Värnamo).</summary>
    private static DemoSurvey FysiskAktivitetPaRecept(DateOnly today)
    {
        var opens = today.AddDays(-160);
        var closes = today.AddDays(-130);
        var d = new DemoSurvey(new Survey
        {
            Slug = "fysisk-aktivitet-pa-recept",
            Title = "Fysisk aktivitet på recept – hur går det för dig?",
            Purpose = "Du har fått fysisk aktivitet på recept (FaR) på en vårdcentral i Gislaved, Gnosjö, Vaggeryd eller Värnamo. "
                + "Kommunerna erbjuder aktiviteterna tillsammans med föreningar, och vi vill veta om det har blivit av, vad som har fungerat "
                + "och vad som hade gjort det lättare att fortsätta röra på sig.",
            PrivacyNotice = Privacy("kommunstyrelsen i Värnamo kommun, som håller i enkäten för de fyra kommunerna", "Värnamo kommuns dataskyddsombud via varnamo.se", 365,
                "Vårdcentralerna delade ut en länk till enkäten, men de får aldrig veta vem som har svarat."),
            OpensAt = Local(opens, 8),
            ClosesAt = Local(closes, 23, 59),
            Mode = ParticipationMode.Open,
            RetentionDays = 365,
            Kommuner =
            [
                new SurveyKommun { KommunCode = "0683" }, new SurveyKommun { KommunCode = "0662" },
                new SurveyKommun { KommunCode = "0617" }, new SurveyKommun { KommunCode = "0665" },
            ],
        }, seed: 0683_01)
        {
            Responses = 90,
            AgeShares = [1.5, 14, 44, 33.5, 7],
            AreaShares = [42, 33, 4, 21],
        };
        d.Add(Background("Hur gammal är du?", AdultAges, required: true), Plan.Age);
        d.Add(Background("I vilken kommun bor du?", ["Värnamo", "Gislaved", "Gnosjö", "Vaggeryd"], required: true), Plan.Area);
        d.Add(Multiple("Vilken aktivitet stod på ditt recept?", null,
            ["Promenader", "Styrketräning på gym", "Vattengympa eller simning", "Gruppträning", "Cykling", "Något annat"], required: true),
            Plan.Many(p => p.Age >= 3 ? [0.7, 0.15, 0.45, 0.3, 0.1, 0.1] : [0.5, 0.45, 0.2, 0.3, 0.2, 0.1]));
        d.Add(Single("Hur ofta har du rört dig på det sättet de senaste fyra veckorna?",
            ["Inte alls", "Ungefär en gång i veckan", "Två eller tre gånger i veckan", "Fyra gånger i veckan eller oftare"]),
            Plan.Pick(p => p.Age >= 3 ? [1, 2, 4, 3] : [2, 3, 3.5, 1.5]));
        d.Add(Scale("Hur mycket har receptet hjälpt dig att komma igång?", "Inte alls", "Väldigt mycket", max: 7),
            Plan.Rate(p => p.Age >= 3 ? 5.0 : 4.4, spread: 1.3));
        d.Add(Single("Har någon följt upp hur det går för dig?", ["Ja, vårdcentralen", "Ja, en FaR-ledare i kommunen eller föreningen", "Nej"]),
            Plan.Pick(3, 2, 4));
        d.Add(FreeText("Vad hade gjort det lättare för dig att fortsätta?", 600), Plan.Text(Far, 0.45));
        d.Entry(SurveyStage.Open, opens, "Enkäten är öppen",
            $"Har du fått fysisk aktivitet på recept det senaste året? Berätta hur det har gått. Enkäten är öppen till och med {Day(closes)}.");
        d.Entry(SurveyStage.Analysing, closes.AddDays(4), "Vi går igenom svaren",
            $"{d.Responses} personer svarade. De flesta har kommit igång, men många tappar farten när uppföljningen uteblir. "
            + "Folkhälsosamordnarna i de fyra kommunerna går igenom svaren tillsammans med vårdcentralerna.");
        d.Entry(SurveyStage.Decided, closes.AddDays(70), "Alla får en uppföljning efter sex veckor",
            "Kommunerna och Region Jönköpings län har kommit överens om att alla som får fysisk aktivitet på recept ska erbjudas ett uppföljande samtal efter sex veckor, "
            + "och att kommunerna gemensamt tar fram en lista över aktiviteter som är gratis eller kostar lite.",
            "https://www.varnamo.se/kommun-och-politik/moten-och-protokoll");
        return d;
    }
}
