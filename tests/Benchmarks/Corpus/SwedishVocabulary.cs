namespace Halsoportal.Benchmarks.Corpus;

/// <summary>
/// Word lists written for the benchmark corpus: real Swedish, health-promotion vocabulary. The
/// generator ranks them (function words and a few core words first, then everyday words, health
/// words, rare words and a long tail of compounds) and draws from a Zipf distribution over the
/// ranks, so "och" and "hälsa" are everywhere while "klamydia" and "sömndagbok" are rare — the
/// shape that decides how much work a broad query costs.
/// </summary>
internal static class SwedishVocabulary
{
    /// <summary>Rank order matters: the first words are the most frequent ones.</summary>
    public static readonly string[] Top =
    [
        "och", "i", "att", "det", "som", "en", "på", "är", "för", "av", "med", "till", "du", "den",
        "har", "kan", "om", "inte", "hälsa", "ett", "de", "tid", "vi", "eller", "hjälp", "så", "man",
        "från", "vård", "när", "din", "barn", "dig", "hur", "stöd", "sig", "men", "också", "mår", "mer",
        "alla", "många", "bara", "efter", "vid", "hälsan", "hos", "under", "mellan", "utan", "även",
        "genom", "barnen", "mot", "vara", "blir", "finns", "få", "får", "ska", "vill", "kommer",
        "behöver", "bör", "ofta", "lite", "mycket", "varje", "någon", "något", "några", "här", "där",
        "nu", "alltid", "ibland", "redan", "sedan", "dina", "ditt", "ni", "vad", "vilka", "varför",
        "både", "än", "samma", "andra", "annat", "egen", "egna", "själv", "tillsammans", "kanske",
        "gärna", "ungefär", "minst",
    ];

    /// <summary>Everyday words: common, but not in every text.</summary>
    public static readonly string[] Everyday =
    [
        "dag", "dagen", "dagar", "vecka", "veckan", "veckor", "år", "året", "månad", "timme", "timmar",
        "minuter", "kväll", "kvällen", "morgon", "morgonen", "natt", "natten", "helg", "helgen",
        "vardag", "vardagen", "liv", "livet", "kropp", "kroppen", "kroppens", "människor", "person",
        "personer", "familj", "familjen", "vänner", "kompisar", "hem", "hemma", "jobbet", "arbetet",
        "skolan", "förskolan", "fritiden", "sätt", "saker", "frågor", "fråga", "svar", "råd", "tips",
        "information", "kunskap", "möjlighet", "möjligheter", "skillnad", "behov", "bra", "bättre",
        "bäst", "viktigt", "viktiga", "enkelt", "enkla", "svårt", "svåra", "lätt", "lättare", "vanligt",
        "vanliga", "stor", "stora", "små", "liten", "nya", "ny", "gamla", "god", "gott", "goda", "hela",
        "första", "sista", "olika", "flera", "fler", "färre", "mindre", "större", "längre", "kortare",
        "snabbt", "långsamt", "tidigt", "sent", "prata", "pratar", "frågar", "berätta", "berättar",
        "hitta", "hittar", "börja", "börjar", "sluta", "slutar", "göra", "gör", "gjort", "ta", "tar",
        "ge", "ger", "äta", "äter", "dricka", "dricker", "sova", "sover", "gå", "går", "cykla", "leka",
        "vila", "vilar", "hjälpa", "hjälper", "känna", "känner", "tänka", "tänker", "märka", "märker",
        "orka", "orkar", "klara", "klarar", "välja", "väljer", "testa", "prova", "läsa", "läser",
        "skriva", "ringa", "ringer", "besöka", "boka", "bokar", "söka", "söker", "träffa", "träffar",
        "möta", "fungera", "fungerar", "påverka", "påverkar", "minska", "minskar", "öka", "ökar",
        "undvika", "förebygga", "förebygger", "må", "ork", "glädje", "lust", "energi", "humör", "mat",
        "maten", "måltid", "frukost", "lunch", "middag", "kaffe", "vatten", "frukt", "grönsaker",
        "socker", "promenad", "promenader", "ute", "utomhus", "inomhus", "naturen", "skogen", "sommar",
        "vintern", "våren", "hösten", "ljus", "mörker", "väder", "stad", "byn", "kommunen", "regionen",
        "länet", "Sverige", "svenska", "språk", "telefon", "mobilen", "datorn", "internet", "appen",
        "webbplatsen", "sidan", "adress", "öppettider", "öppet", "stängt", "gratis", "kostnad",
        "kostar", "pengar", "avgift", "ålder", "unga", "ung", "vuxna", "vuxen", "äldre", "pensionärer",
        "föräldrar", "förälder", "mamma", "pappa", "bebis", "bebisen", "tonåringar", "elever", "elev",
        "studenter", "anhöriga", "närstående", "grannar", "kollegor", "chefen", "personal",
        "personalen", "medarbetare", "ledare", "grupp", "gruppen", "grupper", "träff", "möte", "möten",
        "samtal", "samtalet", "kontakt", "kontakta", "ring", "mejl", "brev", "drop-in", "besök",
        "besöket", "tider", "boka tid", "väntetid", "kön", "trygg", "trygghet", "säker", "lugnt",
        "glad", "ledsen", "arg", "rädd", "nyfiken", "stolt", "sliten", "pigg", "frisk", "sjuk",
    ];

    /// <summary>Health-promotion and care vocabulary, compounds and inflected forms included.</summary>
    public static readonly string[] Health =
    [
        "vårdcentral", "vårdcentralen", "vårdcentraler", "sjukvård", "sjukvården", "mottagning",
        "mottagningen", "mottagningar", "ungdomsmottagning", "ungdomsmottagningen",
        "ungdomsmottagningar", "barnavårdscentral", "barnavårdscentralen", "mödravårdscentral",
        "mödravårdscentralen", "barnhälsovård", "barnhälsovården", "elevhälsa", "elevhälsan",
        "skolsköterska", "skolsköterskan", "skolläkare", "tandvård", "tandvården", "folktandvården",
        "tandläkare", "tandläkaren", "tandhygienist", "tänder", "tänderna", "tandborste", "tandkräm",
        "fluor", "karies", "munhälsa", "läkare", "läkaren", "sjuksköterska", "sjuksköterskan",
        "distriktssköterska", "barnmorska", "barnmorskan", "kurator", "kuratorn", "psykolog",
        "psykologen", "fysioterapeut", "arbetsterapeut", "apotek", "apoteket", "recept", "läkemedel",
        "medicin", "mediciner", "egenvård", "rådgivning", "behandling", "behandlingen",
        "undersökning", "provtagning", "remiss", "vaccination", "vaccinationer", "vaccin", "vaccinet",
        "vaccinera", "vaccinationsprogrammet", "influensa", "influensavaccin", "förkylning", "feber",
        "hosta", "infektion", "infektioner", "allergi", "astma", "eksem", "diabetes", "blodtryck",
        "högt blodtryck", "hjärta", "hjärtat", "stroke", "cancer", "övervikt", "fetma", "vikten",
        "kolesterol", "blodsocker", "smärta", "smärtan", "ont", "värk", "ryggen", "rygg", "ryggont",
        "nacken", "axlarna", "huvudvärk", "migrän", "magen", "magont", "yrsel", "trötthet", "trött",
        "sömn", "sömnen", "sömnproblem", "sömnbrist", "sova bättre", "somna", "vakna", "mardrömmar",
        "snarkning", "stress", "stressen", "stressad", "ångest", "oro", "orolig", "nedstämdhet",
        "depression", "psykisk hälsa", "psykisk ohälsa", "psykiska", "mående", "välbefinnande",
        "självkänsla", "ensamhet", "ensam", "gemenskap", "sammanhang", "relationer", "relation",
        "kärlek", "sex", "sexuell hälsa", "preventivmedel", "p-piller", "kondom", "kondomer",
        "graviditet", "gravid", "förlossning", "amning", "föräldraskap", "föräldrastöd",
        "föräldragrupp", "familjecentral", "familjecentralen", "fysisk aktivitet", "fysiskt aktiv",
        "fysisk aktivitet på recept", "motion", "motionera", "träna", "tränar", "träning",
        "styrketräning", "konditionsträning", "vardagsmotion", "stillasittande", "rörelse",
        "röra på sig", "balans", "balansträning", "fallolyckor", "fall", "fallprevention", "promenera",
        "simning", "cykling", "yoga", "gympa", "seniorgympa", "friluftsliv", "spontanidrott",
        "idrott", "föreningar", "förening", "föreningsliv", "matvanor", "kost", "kostråd", "näring",
        "fullkorn", "fibrer", "protein", "fett", "salt", "sötsaker", "läsk", "energidryck",
        "energidrycker", "frukt och grönt", "måltider", "mellanmål", "skolmaten", "alkohol",
        "alkoholen", "dricka mindre", "berusning", "riskbruk", "beroende", "missbruk", "narkotika",
        "droger", "cannabis", "doping", "tobak", "rökning", "röka", "sluta röka", "rökstopp", "snus",
        "snusa", "sluta snusa", "snusar", "nikotin", "nikotinläkemedel", "tobaksavvänjning",
        "e-cigaretter", "vitt snus", "spel", "spel om pengar", "spelberoende", "spelproblem",
        "skärmtid", "skärmar", "sociala medier", "digital vana", "hörsel", "syn", "ögonen", "hud",
        "solskydd", "solen", "D-vitamin", "järnbrist", "tandhälsa", "munhygien", "hälsosamtal",
        "hälsokontroll", "hälsoundersökning", "levnadsvanor", "levnadsvanorna", "livsstil",
        "förebyggande", "prevention", "hälsofrämjande", "folkhälsa", "folkhälsan", "jämlik hälsa",
        "äldres hälsa", "äldreomsorg", "hemtjänst", "hemtjänsten", "särskilt boende", "anhörigstöd",
        "anhörigkonsulent", "träffpunkt", "träffpunkter", "mötesplats", "mötesplatser",
        "fritidsgård", "fritidsgårdar", "ungdomar", "kris", "krisstöd", "självmordstankar",
        "stödlinje", "jourhavande", "akut", "akuten", "1177", "vårdguiden", "e-tjänster",
        "videobesök", "digitalt vårdmöte", "journalen", "patient", "patienter", "patienten",
        "sjukskrivning", "rehabilitering", "återhämtning", "utmattning", "arbetsmiljö",
        "företagshälsovård", "tolk", "tolken", "tillgänglighet", "funktionsnedsättning", "demens",
        "minnet", "anhörig", "KBT", "internetbehandling", "samtalsstöd", "gruppsamtal", "stödgrupp",
        "kurser", "kurs", "föreläsning", "föreläsningar",
    ];

    /// <summary>Rare, specific words: what a selective query looks for.</summary>
    public static readonly string[] Rare =
    [
        "klamydia", "gonorré", "hiv", "hepatit", "syfilis", "könssjukdomar", "mammografi", "cellprov",
        "livmoderhalscancer", "prostatacancer", "hudcancer", "melanom", "födelsemärken", "osteoporos",
        "benskörhet", "höftfraktur", "artros", "reumatism", "tinnitus", "hörapparat", "hörselskydd",
        "glasögon", "linser", "grå starr", "celiaki", "glutenfri", "laktosintolerans", "laktosfri",
        "nötallergi", "pollenallergi", "pollen", "anafylaxi", "adrenalinpenna", "inhalator",
        "kikhosta", "mässling", "rotavirus", "pneumokocker", "vattkoppor", "bältros", "TBE",
        "fästingar", "fästingbett", "borrelia", "myggor", "getingstick", "solbränna", "värmebölja",
        "värmeslag", "köldskador", "halka", "halkskydd", "broddar", "reflexväst", "reflexer",
        "cykelhjälm", "flytväst", "drunkning", "simkunnighet", "brandvarnare", "förgiftning",
        "brännskador", "skållning", "barnsäkerhet", "bilbarnstol", "babysim", "gulsot", "kolik",
        "barnmat", "bröstmjölk", "nappflaska", "välling", "gröt", "trotsålder", "pubertet", "mens",
        "mensvärk", "endometrios", "klimakteriet", "övergångsbesvär", "inkontinens", "bäckenbotten",
        "knipövningar", "prostata", "fertilitet", "missfall", "abort", "dagen-efter-piller",
        "spiral", "p-stav", "vasektomi", "ätstörning", "anorexi", "bulimi", "hetsätning",
        "självskada", "ADHD", "autism", "dyslexi", "logoped", "språkstörning", "stamning", "fotvård",
        "diabetesfot", "insulin", "blodsockermätare", "dialys", "njurar", "levern", "fettlever",
        "gallsten", "reflux", "magkatarr", "förstoppning", "diarré", "kräksjuka", "calicivirus",
        "handhygien", "handsprit", "munskydd", "smittskydd", "pandemi", "hjärtstartare", "HLR",
        "hjärt-lungräddning", "blodpropp", "förmaksflimmer", "pacemaker", "kranskärl", "KOL",
        "spirometri", "syrgas", "nikotinplåster", "nikotintuggummi", "snusstopp", "alkoholvanor",
        "promille", "bakfylla", "rattfylleri", "langning", "kokain", "amfetamin", "opioider",
        "naloxon", "sprutbyte", "spelpaus", "lotter", "nätkasino", "sportspel", "skuldrådgivning",
        "budgetrådgivning", "bostadslöshet", "kvinnofrid", "barnahus", "orosanmälan",
        "socialtjänsten", "familjerätt", "familjerådgivning", "parterapi", "sorg", "sorgbearbetning",
        "palliativ vård", "hospice", "närståendepenning", "hjälpmedel", "rollator", "rullstol",
        "trygghetslarm", "matdistribution", "dagverksamhet", "korttidsboende", "växelvård",
        "seniorboende", "pensionärsföreningar", "dietist", "dietisten", "kiropraktor", "naprapat",
        "akupunktur", "massage",
    ];

    /// <summary>First halves of the generated compound tail (with their linking forms).</summary>
    public static readonly string[] CompoundModifiers =
    [
        "ungdoms", "barn", "äldre", "familje", "hälso", "kost", "sömn", "rygg", "tand", "tränings",
        "motions", "rök", "snus", "alkohol", "spel", "stress", "smärt", "vård", "föräldra", "skol",
        "fritids", "senior", "anhörig", "kris", "samtals", "mat", "vikt", "balans", "nikotin", "mun",
        "hjärt", "diabetes", "allergi", "astma", "vaccinations", "graviditets", "förlossnings",
        "amnings", "ensamhets", "natur", "frilufts", "promenad", "cykel", "sim", "dans", "yoga",
        "kvälls", "helg", "sommar", "vinter",
    ];

    /// <summary>Second halves: indefinite and definite form.</summary>
    public static readonly (string Indefinite, string Definite)[] CompoundHeads =
    [
        ("mottagning", "mottagningen"), ("rådgivning", "rådgivningen"), ("grupp", "gruppen"),
        ("stöd", "stödet"), ("samtal", "samtalet"), ("kurs", "kursen"), ("träff", "träffen"),
        ("program", "programmet"), ("guide", "guiden"), ("plan", "planen"), ("dagbok", "dagboken"),
        ("app", "appen"), ("linje", "linjen"), ("center", "centret"), ("kontroll", "kontrollen"),
        ("kunskap", "kunskapen"), ("arbete", "arbetet"), ("coach", "coachen"), ("vecka", "veckan"),
        ("dag", "dagen"), ("café", "caféet"), ("skola", "skolan"), ("lots", "lotsen"),
        ("team", "teamet"), ("projekt", "projektet"), ("satsning", "satsningen"),
        ("utbildning", "utbildningen"), ("material", "materialet"), ("broschyr", "broschyren"),
        ("film", "filmen"), ("podd", "podden"), ("enkät", "enkäten"), ("policy", "policyn"),
    ];

    /// <summary>Topic slugs (as in the demo taxonomy) with words that texts on the topic use a lot.</summary>
    public static readonly (string Slug, string Name, string[] Words)[] Topics =
    [
        ("fysisk-aktivitet", "Fysisk aktivitet",
        [
            "fysisk aktivitet", "träning", "motion", "rörelse", "promenad", "promenader", "styrketräning",
            "konditionsträning", "vardagsmotion", "stillasittande", "fysisk aktivitet på recept", "FaR",
            "fysioterapeut", "pulsen", "muskler", "kondition", "gympa", "cykla", "simning", "yoga",
            "spontanidrott", "idrott", "föreningar", "aktivitetsbok", "stegräknare", "trappan",
        ]),
        ("matvanor", "Matvanor",
        [
            "matvanor", "mat", "måltider", "frukost", "lunch", "middag", "mellanmål", "frukt och grönt",
            "grönsaker", "fullkorn", "fibrer", "socker", "salt", "fett", "läsk", "energidrycker",
            "kostråd", "dietist", "matlåda", "tallriksmodellen", "skolmaten", "näring", "vikten",
            "portioner", "baljväxter", "fisk",
        ]),
        ("alkohol", "Alkohol",
        [
            "alkohol", "alkoholen", "dricka mindre", "berusning", "riskbruk", "beroende", "alkoholvanor",
            "promille", "bakfylla", "langning", "standardglas", "vin", "öl", "sprit", "nykter",
            "alkoholfri", "fest", "mängden", "rattfylleri", "Alkohollinjen",
        ]),
        ("tobak-och-nikotin", "Tobak och nikotin",
        [
            "snus", "snusa", "sluta snusa", "snusar", "rökning", "röka", "sluta röka", "rökstopp", "nikotin",
            "tobak", "tobaksavvänjning", "nikotinläkemedel", "nikotinplåster", "nikotintuggummi",
            "e-cigaretter", "vitt snus", "suget", "abstinens", "rökfri", "snusfri", "cigaretter",
            "Sluta-röka-linjen", "snusstopp", "beroende",
        ]),
        ("spel-om-pengar", "Spel om pengar",
        [
            "spel", "spel om pengar", "spelberoende", "spelproblem", "spelpaus", "lotter", "nätkasino",
            "sportspel", "skulder", "skuldrådgivning", "budgetrådgivning", "pengar", "insatser",
            "Stödlinjen", "spelandet", "förluster",
        ]),
        ("somn", "Sömn",
        [
            "sömn", "sömnen", "sova", "sover", "sova bättre", "somna", "vakna", "sömnproblem", "sömnbrist",
            "mardrömmar", "snarkning", "trötthet", "trött", "natten", "kvällen", "sovrummet", "läggdags",
            "sömnrytm", "dagsljus", "koffein", "vila", "återhämtning",
        ]),
        ("psykisk-halsa", "Psykisk hälsa",
        [
            "psykisk hälsa", "psykisk ohälsa", "stress", "stressen", "stressad", "ångest", "oro", "orolig",
            "nedstämdhet", "depression", "mående", "självkänsla", "samtalsstöd", "KBT", "internetbehandling",
            "kurator", "psykolog", "krisstöd", "självmordstankar", "jourhavande", "utmattning", "återhämtning",
            "känslor", "tankar",
        ]),
        ("sexuell-halsa", "Sexuell hälsa",
        [
            "sexuell hälsa", "sex", "relationer", "relation", "kärlek", "preventivmedel", "p-piller",
            "kondom", "kondomer", "klamydia", "testning", "ungdomsmottagning", "ungdomsmottagningen",
            "barnmorska", "UMO", "samtycke", "könssjukdomar", "hiv", "spiral", "dagen-efter-piller",
            "graviditetstest", "identitet",
        ]),
        ("social-gemenskap", "Social gemenskap",
        [
            "gemenskap", "ensamhet", "ensam", "träffpunkt", "träffpunkter", "mötesplats", "mötesplatser",
            "föreningsliv", "förening", "studiecirkel", "volontär", "fika", "sammanhang", "grannar",
            "vänner", "aktiviteter", "programmet", "pensionärsföreningar",
        ]),
        ("foraldraskap", "Föräldraskap",
        [
            "föräldraskap", "föräldrar", "förälder", "föräldrastöd", "föräldragrupp", "barnavårdscentral",
            "barnavårdscentralen", "BVC", "barnhälsovård", "familjecentral", "familjecentralen", "bebis",
            "bebisen", "amning", "graviditet", "gravid", "mödravårdscentral", "MVC", "förlossning",
            "tonåringar", "trotsålder", "sömnen", "gränser", "bråk",
        ]),
        ("aldres-halsa-och-fallprevention", "Äldres hälsa och fallprevention",
        [
            "äldre", "äldres hälsa", "fallolyckor", "fall", "fallprevention", "balans", "balansträning",
            "seniorgympa", "hemtjänst", "hemtjänsten", "äldreomsorg", "trygghetslarm", "rollator",
            "hjälpmedel", "halka", "broddar", "benskörhet", "läkemedel", "demens", "minnet",
            "anhörigstöd", "pensionärer", "dagverksamhet", "styrka",
        ]),
        ("munhalsa", "Munhälsa",
        [
            "tandvård", "tandvården", "folktandvården", "tandläkare", "tandläkaren", "tandhygienist",
            "tänder", "tänderna", "tandborste", "tandkräm", "fluor", "karies", "munhälsa", "munhygien",
            "tandhälsa", "tandköttet", "borsta", "kvällen", "sötsaker", "mellanmål",
        ]),
        ("vaccination", "Vaccination",
        [
            "vaccination", "vaccinationer", "vaccin", "vaccinet", "vaccinera", "vaccinationsprogrammet",
            "influensa", "influensavaccin", "mässling", "kikhosta", "pneumokocker", "rotavirus", "TBE",
            "dos", "doser", "sprutan", "skydd", "smittskydd", "barnhälsovården", "elevhälsan",
            "sjuksköterskan",
        ]),
    ];

    /// <summary>Life-situation slugs of the demo taxonomy.</summary>
    public static readonly string[] LifeSituations = ["barn-och-unga", "vuxna", "aldre", "foralder", "narstaende"];

    /// <summary>Audiences for titles ("… för äldre").</summary>
    public static readonly string[] Audiences =
    [
        "barn", "unga", "ungdomar", "vuxna", "äldre", "föräldrar", "gravida", "anhöriga", "seniorer",
        "studenter", "nyblivna föräldrar", "dig som arbetar",
    ];

    /// <summary>Title patterns for articles; {0} is a topic word, {1} an audience, {2} a place.</summary>
    public static readonly string[] ArticleTitles =
    [
        "{0} – det här behöver du veta", "Så får du hjälp med {0}", "Frågor och svar om {0}",
        "{0} för {1}", "{0} i vardagen", "Råd om {0} för {1}", "Stöd kring {0} i {2}", "{0} i {2}",
        "När {0} blir ett problem", "Tio tips om {0}", "{0} och hälsa", "Prata om {0}",
    ];

    /// <summary>Kinds of contact point and how their names start.</summary>
    public static readonly string[] ContactPointNames =
    [
        "Vårdcentralen {0}", "Ungdomsmottagningen {0}", "Barnavårdscentralen {0}", "Folktandvården {0}",
        "Familjecentralen {0}", "Träffpunkt {0}", "Mödravårdscentralen {0}", "Hälsocentralen {0}",
        "Fritidsgården {0}", "Apoteket {0}", "Stödlinjen för anhöriga i {0}", "Fysioterapin {0}",
    ];

    /// <summary>Questions for dialogs (surveys); {0} is a topic word, {1} a place.</summary>
    public static readonly string[] DialogTitles =
    [
        "Vad tycker du om {0} i {1}?", "Hur mår unga i {1}?", "Enkät om {0}", "Tyck till om {0}",
        "Berätta om din vardag i {1}", "Hur ska {1} arbeta med {0}?",
    ];

    /// <summary>The site's own pages.</summary>
    public static readonly string[] PageTitles =
    [
        "Om webbplatsen", "Tillgänglighetsredogörelse", "Så behandlar vi personuppgifter", "Kontakta oss",
        "Lättläst om webbplatsen", "Nyhetsbrev", "Cookies och kakor", "Hitta rätt i vården",
    ];

    /// <summary>Street names for contact points.</summary>
    public static readonly string[] Streets =
    [
        "Storgatan", "Kyrkogatan", "Nygatan", "Skolgatan", "Järnvägsgatan", "Torggatan", "Parkvägen",
        "Sjövägen", "Strandgatan", "Vårdvägen", "Björkvägen", "Industrigatan",
    ];
}
