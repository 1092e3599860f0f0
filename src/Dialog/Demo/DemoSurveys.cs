using Halsoportal.Dialog.Surveys;
using static Halsoportal.Dialog.Demo.DemoText;

namespace Halsoportal.Dialog.Demo;

/// <summary>
/// The demo dialogs, every date relative to the seeding moment. One of each state: upcoming
/// (utegym, Sundsvall), open for everyone (trygghet, Sundsvall and Timrå), open with invitation
/// codes (mötesplatser för äldre, Örnsköldsvik), analysing (unga, Jönköping; anhörigstöd,
/// Härnösand), decided (rökfria miljöer, Sundsvall; fysisk aktivitet på recept, Gislaved, Gnosjö,
/// Vaggeryd and Värnamo), implemented (simhallar, Jönköping) and one
/// whose answers retention has deleted (hälsocentralen, Kramfors).
/// </summary>
internal static partial class DemoSurveys
{
    public static IReadOnlyList<DemoSurvey> All(DateTime nowUtc)
    {
        var today = SwedishTime.DateOf(nowUtc);
        return
        [
            Utegym(today),
            TryggaGangvagar(today),
            MotesplatserForAldre(today),
            UngasFritid(today),
            Anhorigstod(today),
            RokfriaMiljoer(today),
            FysiskAktivitetPaRecept(today),
            Simhallar(today),
            Halsocentralen(today),
        ];
    }

    private static readonly string[] SundsvallAreas =
        ["Centrum", "Haga", "Skönsberg", "Nacksta", "Bydalen", "Alnö", "Njurunda", "Matfors", "Stöde", "Kovland", "Annan del av kommunen"];

    private const string SundsvallController = "kommunstyrelsen i Sundsvalls kommun";

    private const string SundsvallContact = "kommunens dataskyddsombud på dataskyddsombud@sundsvall.se eller Kontakt Sundsvall";

    /// <summary>Upcoming: opens in four days, so it is not public yet and has no answers.</summary>
    private static DemoSurvey Utegym(DateOnly today)
    {
        var opens = today.AddDays(4);
        var d = new DemoSurvey(new Survey
        {
            Slug = "utegym-och-motionsspar",
            Title = "Utegym och motionsspår – vad vill du ha nära dig?",
            Purpose = "Sundsvalls kommun ska bygga två nya utegym och rusta upp flera motionsspår de kommande tre åren. "
                + "Vi vill veta var du tränar i dag, vad som hindrar dig från att röra dig mer och vad du tycker att vi ska satsa på först. "
                + "Det tar ungefär fem minuter att svara.",
            PrivacyNotice = Privacy(SundsvallController, SundsvallContact, 365),
            OpensAt = Local(opens, 8),
            ClosesAt = Local(opens.AddDays(30), 23, 59),
            Mode = ParticipationMode.Open,
            RetentionDays = 365,
            Kommuner = [new SurveyKommun { KommunCode = "2281" }],
        }, seed: 2281_01);
        d.Add(Background("Hur gammal är du?", AdultAges, required: true));
        d.Add(Background("Var i kommunen bor du?", SundsvallAreas, required: false));
        d.Add(Single("Hur ofta rör du dig utomhus i minst 30 minuter, till exempel promenerar, springer eller cyklar?",
            ["Varje dag", "Några gånger i veckan", "Någon gång i veckan", "Mer sällan"]));
        d.Add(Multiple("Vad skulle få dig att röra dig mer utomhus?", 3,
            ["Ett utegym nära där jag bor", "Belysta spår och stigar", "Sällskap eller en grupp att träna med", "Tydliga skyltar med slingor och avstånd",
                "Redskap som passar mig som är äldre eller har en funktionsnedsättning", "Toalett och vatten vid spåret"]));
        d.Add(Scale("Hur viktigt är det för dig att motionsspåret är upplyst på kvällen?", "Inte alls viktigt", "Mycket viktigt"));
        d.Add(Ranking("Vilka platser ska få utegym först?",
            ["Sidsjön", "Nackstaparken", "Alnö, vid Vi", "Njurundabommen", "Matfors centrum"]));
        d.Add(FreeText("Har du fler idéer om utegym och motionsspår?", 1000));
        d.Entry(SurveyStage.Open, opens, "Enkäten öppnar " + Day(opens),
            $"Från {Day(opens)} kan du svara på enkäten om utegym och motionsspår. Den är öppen i en månad. "
            + "Under hösten går vi igenom svaren och berättar här vad vi bestämmer.");
        return d;
    }

    /// <summary>Open to everyone, in two kommuner; live results for editors.</summary>
    private static DemoSurvey TryggaGangvagar(DateOnly today)
    {
        var opens = today.AddDays(-12);
        var d = new DemoSurvey(new Survey
        {
            Slug = "trygga-gang-och-cykelvagar",
            Title = "Trygghet och belysning på gång- och cykelvägar",
            Purpose = "Sundsvalls och Timrå kommuner planerar tillsammans ny belysning och röjning längs gång- och cykelvägar. "
                + "Att kunna röra sig ute även när det är mörkt är viktigt för hälsan, och många avstår från promenader under vinterhalvåret för att de känner sig otrygga. "
                + "Berätta var du känner dig trygg och otrygg, så att vi börjar där det behövs mest.",
            PrivacyNotice = Privacy("kommunstyrelsen i Sundsvalls kommun och kommunstyrelsen i Timrå kommun, gemensamt", "dataskyddsombudet i din kommun via sundsvall.se eller timra.se", 365),
            OpensAt = Local(opens, 8),
            ClosesAt = Local(today.AddDays(18), 23, 59),
            Mode = ParticipationMode.Open,
            RetentionDays = 365,
            LiveResults = true,
            Kommuner = [new SurveyKommun { KommunCode = "2281" }, new SurveyKommun { KommunCode = "2262" }],
        }, seed: 2281_02)
        {
            Responses = 160,
            AgeShares = [2, 24, 40, 28, 6],
            AreaShares = [18, 9, 11, 8, 8, 10, 6, 1.2, 12, 6, 5, 1.5, 4],
        };
        d.Add(Background("Hur gammal är du?", AdultAges, required: true), Plan.Age);
        d.Add(Background("Var bor du?",
            ["Sundsvall – centrum", "Sundsvall – Haga", "Sundsvall – Skönsberg", "Sundsvall – Nacksta", "Sundsvall – Alnö", "Sundsvall – Njurunda",
                "Sundsvall – Matfors", "Sundsvall – Stöde", "Timrå – centrum", "Timrå – Sörberge", "Timrå – Söråker", "Timrå – Bergeforsen"],
            required: false), Plan.Area);
        d.Add(Single("Hur tar du dig oftast fram när det är mörkt ute?",
            ["Till fots", "Cykel", "Elsparkcykel", "Buss", "Bil", "Jag är sällan ute när det är mörkt"]),
            Plan.Pick(p => p.Age switch
            {
                0 => [4, 3, 3, 2, 1, 0.3],
                1 => [4, 3, 1, 1, 3, 0.3],
                2 => [4, 2, 0.3, 1, 4, 0.5],
                3 => [5, 1, 0, 1, 3, 1.5],
                _ => [3, 0.3, 0, 1, 1, 4],
            }));
        d.Add(Scale("Hur trygg känner du dig när du går eller cyklar där du bor på kvällen?", "Inte alls trygg", "Mycket trygg"),
            Plan.Rate(p => 3.3 - (p.Age >= 3 ? 0.5 : 0) - (p.Age == 0 ? 0.3 : 0) + (p.Area is 6 or 9 or 10 or 11 ? 0.4 : 0) - (p.Area is 2 or 3 ? 0.4 : 0)));
        d.Add(Matrix("Hur trygga känns de här platserna när det är mörkt?", "Mycket otrygga", "Mycket trygga",
            ["Gångtunnlar", "Parker och grönområden", "Busshållplatser", "Motionsspår och elljusspår", "Gång- och cykelvägar längs större vägar"],
            hint: "Hoppa över det du inte har någon uppfattning om."),
            Plan.Grid(p => p.Age >= 3 ? [1.8, 2.2, 2.7, 2.4, 3.0] : [2.2, 2.7, 3.0, 2.8, 3.3], skip: 0.05, rowSkip: 0.1));
        d.Add(Multiple("Vad skulle göra mest för att du ska känna dig tryggare?", 3,
            ["Bättre belysning", "Röjd växtlighet längs vägen", "Fler människor i rörelse", "Snöröjning och sandning i tid",
                "Trygghetsvandringar där kommunen lyssnar på oss som bor här", "Kameror på utsatta platser", "Nattvandrare"], required: true),
            Plan.Many(p => [0.75, 0.4, 0.3, p.Age >= 3 ? 0.65 : 0.3, 0.15, p.Age >= 2 ? 0.25 : 0.15, p.Age <= 1 ? 0.1 : 0.2]));
        var avoids = d.Add(Single("Finns det någon plats du undviker när det är mörkt?", ["Ja", "Nej", "Vet inte"]),
            Plan.Pick(p => p.Age >= 3 ? [6, 3, 1] : [5, 4, 1]));
        d.Add(FreeText("Vilken plats undviker du, och varför?", 500,
            "Beskriv platsen så att vi hittar den, till exempel en gångtunnel eller en del av ett spår. Skriv inte namn på personer.").When(avoids, 1),
            Plan.Text(AvoidedPlaces, 0.7));
        d.Add(FreeText("Vill du berätta något mer för oss?", 1000), Plan.Text(TryggOther, 0.22));
        d.Entry(SurveyStage.Open, opens, "Enkäten är öppen",
            $"Nu kan du svara på enkäten om trygghet och belysning. Den är öppen till och med {Day(today.AddDays(18))}. "
            + "Du kan också svara på papper i kommunernas kontaktcenter och på biblioteken.");

        // Sundsvall is a finskt förvaltningsområde; the Yiddish text shows a right-to-left translation, and English the
        // translation that has its own interface text.
        d.Translations.Add(DemoTranslations.TryggaGangvagarFinnish);
        d.Translations.Add(DemoTranslations.TryggaGangvagarYiddish);
        d.Translations.Add(DemoTranslations.TryggaGangvagarEnglish);
        return d;
    }

    /// <summary>Open with invitation codes sent by letter; some of the codes are used.</summary>
    private static DemoSurvey MotesplatserForAldre(DateOnly today)
    {
        const int Invited = 400;
        var opens = today.AddDays(-9);
        var d = new DemoSurvey(new Survey
        {
            Slug = "motesplatser-for-aldre",
            Title = "Mötesplatser och gemenskap för dig som är 65 år eller äldre",
            Purpose = "Ensamhet påverkar både hur vi mår och hur vi orkar. Örnsköldsviks kommun vill att fler äldre ska ha en mötesplats nära sig, "
                + $"med aktiviteter som känns meningsfulla. Du har fått en inbjudan med en kod eftersom du är en av {Invited} invånare som har lottats fram. "
                + "Dina svar hjälper oss att bestämma var träffpunkterna ska finnas och vad de ska erbjuda.",
            PrivacyNotice = Privacy("äldreomsorgsnämnden i Örnsköldsviks kommun", "kommunens dataskyddsombud på dataskyddsombud@ornskoldsvik.se", 365,
                "Koden i din inbjudan kan bara användas en gång. Vi sparar den bara i en form som inte går att läsa tillbaka, och vi kan inte se vilken kod som hör till vilka svar."),
            OpensAt = Local(opens, 8),
            ClosesAt = Local(today.AddDays(21), 23, 59),
            Mode = ParticipationMode.Invitation,
            RetentionDays = 365,
            Kommuner = [new SurveyKommun { KommunCode = "2284" }],
        }, seed: 2284_01)
        {
            Responses = 150,
            InvitationCodes = Invited,
            InvitationLabel = $"Brevutskick till {Invited} slumpvis utvalda invånare 65 år och äldre",
            AgeShares = [1.2, 46, 38, 14.8],
            AreaShares = [34, 16, 8, 9, 6, 5, 4, 1, 10, 7],
        };
        d.Add(Background("Hur gammal är du?", ["Under 65 år", "65–74 år", "75–84 år", "85 år eller äldre"], required: true), Plan.Age);
        d.Add(Background("Var bor du?",
            ["Centrala Örnsköldsvik", "Domsjö och Själevad", "Husum", "Bjästa", "Bredbyn", "Gideå", "Köpmanholmen", "Trehörningsjö", "Annan ort i kommunen"],
            required: false), Plan.Area);
        d.Add(Single("Hur bor du?", ["Ensam", "Med make, maka eller sambo", "Med barn eller andra i familjen", "På särskilt boende"], required: false).Unpublished(),
            Plan.Pick(p => p.Age switch
            {
                0 => [1, 4, 2, 0.1],
                1 => [3, 6, 0.5, 0.1],
                2 => [5, 4, 0.4, 0.4],
                _ => [6, 2, 0.5, 1.5],
            }, skip: 0.05));
        d.Add(Scale("Hur ofta känner du dig ensam?", "Aldrig", "Mycket ofta"),
            Plan.Rate(p => 2.3 + (p.Age == 2 ? 0.3 : p.Age == 3 ? 0.7 : 0) + (p.Area is 5 or 6 or 7 or 8 ? 0.3 : 0), spread: 1.0));
        d.Add(Multiple("Vilka aktiviteter skulle du vilja vara med på?", 3,
            ["Promenadgrupp", "Sittgympa och balansträning", "Gemensamma luncher", "Hjälp med mobil och surfplatta", "Sång, musik och dans",
                "Studiecirklar och föreläsningar", "Utflykter i naturen", "Att göra en insats som volontär"], required: true),
            Plan.Many(p => p.Age <= 1
                ? [0.5, 0.25, 0.3, 0.35, 0.25, 0.3, 0.4, 0.25]
                : [0.25, 0.5, 0.55, 0.4, 0.3, 0.2, 0.15, 0.05]));
        d.Add(Ranking("Vad är viktigast för att du ska ta dig till en mötesplats?",
            ["Att den ligger nära där jag bor", "Att jag kan åka dit med buss eller färdtjänst", "Att lokalen fungerar med rullator och rullstol",
                "Att det kostar lite eller ingenting", "Att jag känner någon som är där"], required: true),
            Plan.Rank(p => p.Age >= 2 ? [3, 2.5, 3, 1.2, 1.5] : [3, 1.2, 0.8, 1.5, 2]));
        var visited = d.Add(Single("Har du varit på någon av kommunens träffpunkter det senaste året?", ["Ja", "Nej"]),
            Plan.Pick(p => p.Age >= 2 ? [4, 6] : [2.5, 7.5]));
        d.Add(Matrix("Vad tycker du om träffpunkten du har varit på?", "Mycket dåligt", "Mycket bra",
            ["Bemötandet", "Aktiviteterna", "Öppettiderna", "Lokalen"], required: true).When(visited, 1),
            Plan.Grid(_ => [4.3, 3.8, 3.1, 3.5], spread: 0.8));
        d.Add(FreeText("Vad skulle få dig att känna dig mer delaktig i gemenskapen där du bor?", 800), Plan.Text(Gemenskap, 0.35));
        d.Entry(SurveyStage.Open, opens, "Enkäten är öppen",
            $"{Invited} slumpvis utvalda invånare som är 65 år eller äldre har fått en inbjudan med en kod i brevlådan. "
            + "Du som har fått en inbjudan kan svara på webben eller få hjälp att svara på någon av kommunens träffpunkter.");
        return d;
    }

    /// <summary>Closed recently: Analyseras, in Jönköping.</summary>
    private static DemoSurvey UngasFritid(DateOnly today)
    {
        var opens = today.AddDays(-44);
        var closes = today.AddDays(-9);
        var d = new DemoSurvey(new Survey
        {
            Slug = "ungas-fritid-och-halsa",
            Title = "Din fritid och hur du mår",
            Purpose = "Jönköpings kommun vill veta hur unga mellan 13 och 25 år har det på fritiden och hur de mår. "
                + "Svaren använder vi när vi planerar fritidsgårdar, idrottshallar och stöd för den som mår dåligt. "
                + "Du bestämmer själv vilka frågor du svarar på, och ingen kan se vad just du har svarat.",
            PrivacyNotice = Privacy("kultur- och fritidsnämnden i Jönköpings kommun", "kommunens dataskyddsombud via jonkoping.se eller kommunens kontaktcenter", 365),
            OpensAt = Local(opens, 8),
            ClosesAt = Local(closes, 23, 59),
            Mode = ParticipationMode.Open,
            RetentionDays = 365,
            Kommuner = [new SurveyKommun { KommunCode = "0680" }],
        }, seed: 0680_01)
        {
            Responses = 280,
            AgeShares = [0.8, 33, 38, 27, 1.2],
            AreaShares = [17, 13, 8, 6, 16, 7, 9, 5, 4, 4, 1, 10],
        };
        d.Add(Background("Hur gammal är du?", ["12 år eller yngre", "13–15 år", "16–19 år", "20–25 år", "26 år eller äldre"], required: true), Plan.Age);
        d.Add(Background("Var bor du?",
            ["Centrum och Öster", "Väster", "Råslätt", "Österängen", "Huskvarna", "Norrahammar", "Bankeryd", "Tenhult", "Gränna", "Taberg", "Lekeryd"],
            required: false), Plan.Area);
        d.Add(Scale("Hur mår du för det mesta?", "Mycket dåligt", "Mycket bra"),
            Plan.Rate(p => p.Age switch { 1 => 3.7, 2 => 3.2, 3 => 3.4, _ => 3.5 } + (p.Area is 2 or 3 ? -0.2 : 0)));
        d.Add(Single("Hur ofta känner du dig stressad?", ["Nästan aldrig", "Någon gång i månaden", "Varje vecka", "Nästan varje dag"], required: false).Unpublished(),
            Plan.Pick(p => p.Age switch { 1 => [3, 4, 3, 1.5], 2 => [1.5, 3, 4, 3], _ => [2, 3.5, 3.5, 2] }, skip: 0.08));
        d.Add(Multiple("Vad gör du på din fritid?", 4,
            ["Idrottar i en förening", "Tränar på egen hand", "Spelar datorspel", "Umgås med vänner", "Musik, teater eller konst",
                "Är ute i naturen", "Är på fritidsgården", "Jobbar extra"], required: true),
            Plan.Many(p => p.Age switch
            {
                1 => [0.55, 0.2, 0.5, 0.7, 0.2, 0.15, 0.2, 0.03],
                2 => [0.35, 0.35, 0.45, 0.75, 0.15, 0.15, 0.1, 0.3],
                _ => [0.2, 0.5, 0.35, 0.65, 0.15, 0.25, 0.02, 0.4],
            }));
        d.Add(Matrix("Hur nöjd är du med det här där du bor?", "Mycket missnöjd", "Mycket nöjd",
            ["Fritidsgårdar och mötesplatser", "Möjligheter att idrotta utan att vara med i en förening", "Bussar på kvällar och helger",
                "Platser där man bara kan hänga", "Kultur, till exempel musik och teater"], required: true),
            Plan.Grid(p => p.Area is 8 or 9 or 10 ? [2.6, 2.4, 1.8, 2.5, 2.3] : [3.1, 2.7, 2.9, 2.6, 3.0]));
        d.Add(Ranking("Vad ska kommunen satsa på först?",
            ["Öppna idrottshallar på kvällar och helger", "Längre öppettider på fritidsgårdarna", "Gratis aktiviteter på sommarlovet",
                "Någon att prata med, på plats eller på nätet", "Fler trygga platser att hänga på"]),
            Plan.Rank(p => p.Age == 1 ? [2, 2.5, 3, 1.5, 2] : [2.5, 1, 2, 3, 2], skip: 0.1));
        var talked = d.Add(Single("Har du det senaste året pratat med någon vuxen om hur du mår?", ["Ja", "Nej", "Vill inte svara"], required: false),
            Plan.Pick(p => p.Age == 1 ? [4, 5, 1] : [5, 4, 1], skip: 0.1));
        d.Add(Multiple("Vem pratade du med?", null,
            ["Förälder eller annan vuxen i familjen", "Kurator eller skolsköterska", "Ungdomsmottagningen", "Vårdcentralen", "Chatt eller stödlinje på telefon", "Någon annan"],
            required: true).When(talked, 1),
            Plan.Many(p => p.Age == 1 ? [0.8, 0.4, 0.1, 0.05, 0.1, 0.1] : [0.6, 0.25, 0.3, 0.25, 0.15, 0.15]));
        d.Add(FreeText("Vad skulle göra din fritid bättre?", 600), Plan.Text(Fritid, 0.4));
        d.Entry(SurveyStage.Open, opens, "Enkäten är öppen",
            $"Nu kan du som är mellan 13 och 25 år svara på enkäten om fritid och hälsa. Den är öppen till och med {Day(closes)}. "
            + "Vi besöker också skolor och fritidsgårdar så att fler får chansen att svara.");
        d.Entry(SurveyStage.Analysing, closes.AddDays(2), "Vi går igenom svaren",
            $"Enkäten har stängt och {d.Responses} personer svarade – tack! Nu går vi igenom svaren tillsammans med ungdomsrådet. "
            + "Resultatet presenteras för kultur- och fritidsnämnden, och vi berättar här vad som händer sedan.");
        return d;
    }

    /// <summary>Closed a few weeks ago: Analyseras, a small survey in Härnösand.</summary>
    private static DemoSurvey Anhorigstod(DateOnly today)
    {
        var opens = today.AddDays(-70);
        var closes = today.AddDays(-40);
        var d = new DemoSurvey(new Survey
        {
            Slug = "stod-till-dig-som-hjalper-en-narstaende",
            Title = "Stöd till dig som hjälper en närstående",
            Purpose = "Många i Härnösand hjälper en partner, förälder, barn eller vän som är sjuk, gammal eller har en funktionsnedsättning. "
                + "Det är ett viktigt arbete som också kan vara tungt. Vi vill veta vilket stöd du behöver för att orka och må bra själv, "
                + "så att kommunens anhörigstöd blir lättare att hitta och använda.",
            PrivacyNotice = Privacy("socialnämnden i Härnösands kommun", "kommunens dataskyddsombud på dataskyddsombud@harnosand.se", 365),
            OpensAt = Local(opens, 8),
            ClosesAt = Local(closes, 23, 59),
            Mode = ParticipationMode.Open,
            RetentionDays = 365,
            Kommuner = [new SurveyKommun { KommunCode = "2280" }],
        }, seed: 2280_01)
        {
            Responses = 64,
            AgeShares = [1.5, 12, 45, 32, 9.5],
        };
        d.Add(Background("Hur gammal är du?", AdultAges, required: true), Plan.Age);
        d.Add(Single("Vem hjälper du?", ["Min partner", "Min förälder", "Mitt barn", "En annan släkting", "En vän eller granne"]),
            Plan.Pick(p => p.Age switch { <= 1 => [1, 3, 3, 1, 0.5], 2 => [2, 5, 2, 1, 0.5], _ => [6, 0.5, 1, 0.5, 1] }));
        d.Add(Scale("Hur ofta känner du att du orkar med det du gör för din närstående?", "Nästan aldrig", "Nästan alltid"),
            Plan.Rate(p => p.Age >= 3 ? 2.8 : 3.2, spread: 1.0));
        d.Add(Matrix("Hur väl känner du till det här stödet?", "Inte alls", "Mycket väl",
            ["Anhörigkonsulentens samtal", "Avlösning i hemmet", "Korttidsvistelse", "Anhöriggrupper", "Utbildning för anhöriga"]),
            Plan.Grid(_ => [2.6, 2.2, 2.8, 1.9, 1.6], spread: 1.0, skip: 0.05, rowSkip: 0.05));
        d.Add(Multiple("Vilket stöd skulle hjälpa dig mest?", 2,
            ["Någon att prata med", "Avlösning så att jag får tid för mig själv", "Hjälp att förstå vart jag ska vända mig",
                "Träffa andra i samma situation", "Stöd på kvällar och helger"], required: true),
            Plan.Many(p => [0.4, 0.6, 0.45, 0.25, p.Age <= 2 ? 0.35 : 0.15]));
        d.Add(FreeText("Vad vill du att vi ska veta om hur det är att vara anhörig?", 1000), Plan.Text(Anhorig, 0.5));
        d.Entry(SurveyStage.Open, opens, "Enkäten är öppen",
            "Nu kan du som hjälper en närstående berätta vilket stöd du behöver. Du kan också svara på papper – ring kommunens anhörigkonsulent så skickar vi en enkät.");
        d.Entry(SurveyStage.Analysing, closes.AddDays(3), "Vi går igenom svaren",
            "Tack till alla som svarade! Anhörigkonsulenterna går nu igenom svaren och tar fram förslag till socialnämnden. "
            + "Vi räknar med att kunna berätta om förslagen efter sommaren.");
        return d;
    }
}
