using Halsoportal.Search.Documents;

namespace Halsoportal.Search.Tests;

/// <summary>
/// A small Swedish corpus written for these tests: Sundsvall (2281) and Härnösand (2280) in
/// Västernorrland (22), Jönköping (0680) in Jönköpings län (06), plus national items.
/// </summary>
internal static class SwedishCorpus
{
    public const string Sundsvall = "2281";
    public const string Harnosand = "2280";
    public const string Jonkoping = "0680";
    public const string Vasternorrland = "22";
    public const string JonkopingsLan = "06";

    private static readonly DateTimeOffset Base = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<SearchDocument> Documents { get; } =
    [
        Doc("contactpoint:umo-sundsvall", SearchDocumentType.ContactPoint,
            "Ungdomsmottagningen i Sundsvall",
            "Hit kan du som är 13–25 år komma med frågor om kropp, sex, relationer och hur du mår.",
            "Ungdomsmottagning för unga i Sundsvall. Du kan boka tid eller komma på drop-in på onsdagar. Personalen har tystnadsplikt. Barnmorska, kurator och läkare finns på plats.",
            kommuner: [Sundsvall], region: Vasternorrland, topics: ["sexuell-halsa"], life: ["barn-och-unga"], days: 1),
        Doc("contactpoint:umo-jonkoping", SearchDocumentType.ContactPoint,
            "Ungdomsmottagningen i Jönköping",
            "Ungdomsmottagningen i Jönköping tar emot dig som är 13–22 år.",
            "Vi har öppet måndag till fredag. Du kan prata med oss om preventivmedel, relationer och hur du mår.",
            kommuner: [Jonkoping], region: JonkopingsLan, topics: ["sexuell-halsa"], life: ["barn-och-unga"], days: 2),
        Doc("article:umo-jonkopings-lan", SearchDocumentType.Article,
            "Ungdomsmottagningar i Jönköpings län",
            "Alla kommuner i länet har en ungdomsmottagning.",
            "Här hittar du ungdomsmottagningarna i Jönköpings län och vad de kan hjälpa till med.",
            region: JonkopingsLan, topics: ["sexuell-halsa"], life: ["barn-och-unga"], days: 3),
        Doc("article:umo-nationell", SearchDocumentType.Article,
            "Ungdomsmottagning",
            "Vad gör en ungdomsmottagning?",
            "En ungdomsmottagning är till för unga. Du kan få stöd om sex, relationer, alkohol och psykisk hälsa.",
            topics: ["sexuell-halsa"], life: ["barn-och-unga"], days: 4),
        Doc("article:mottagning-vuxna", SearchDocumentType.Article,
            "Mottagning för vuxna med stress",
            "Den som är stressad kan få hjälp på en mottagning för vuxna.",
            "Mottagning och samtalsstöd för dig som har sömnproblem, oro eller stress i vardagen.",
            topics: ["psykisk-halsa"], life: ["vuxna"], days: 5),
        Doc("article:sluta-snusa", SearchDocumentType.Article,
            "Sluta snusa – så får du hjälp",
            "Vill du sluta snusa? Det finns stöd att få och du behöver inte klara det själv.",
            "Snus innehåller nikotin som gör dig beroende. Många som slutar snusa får hjälp av tobaksavvänjning på vårdcentralen. Nikotinläkemedel kan lindra suget.",
            topics: ["tobak-och-nikotin"], life: ["vuxna"], days: 6),
        Doc("article:sluta-snusa", SearchDocumentType.Article,
            "Sluta snusa",
            "Det är svårt att sluta snusa. Du kan få hjälp.",
            "Snus har nikotin. Vårdcentralen kan hjälpa dig att sluta.",
            topics: ["tobak-och-nikotin"], life: ["vuxna"], days: 6, easyRead: true),
        Doc("article:rokning", SearchDocumentType.Article,
            "Rökning och hälsa",
            "Rökning skadar nästan alla organ i kroppen.",
            "Den som röker löper större risk för hjärtsjukdom och cancer. Det lönar sig alltid att sluta röka.",
            topics: ["tobak-och-nikotin"], life: ["vuxna"], days: 7),
        Doc("article:ryggont", SearchDocumentType.Article,
            "Träning när du har ont i ryggen",
            "Rörelse är ofta det bästa mot ryggont.",
            "Har du ont i ryggen hjälper träning och vardagsmotion oftast mer än vila. En fysioterapeut kan visa övningar som stärker ryggen.",
            topics: ["fysisk-aktivitet"], life: ["vuxna"], days: 8),
        Doc("contactpoint:vc-sundsvall", SearchDocumentType.ContactPoint,
            "Vårdcentralen Centrum, Sundsvall",
            "Vårdcentral i centrala Sundsvall.",
            "Hit vänder du dig när du behöver träffa läkare eller sjuksköterska. Vi erbjuder hälsosamtal och tobaksavvänjning.",
            kommuner: [Sundsvall], region: Vasternorrland, topics: ["tobak-och-nikotin"], life: ["vuxna", "aldre"], days: 9),
        Doc("contactpoint:bvc-haga", SearchDocumentType.ContactPoint,
            "Barnavårdscentralen Haga",
            "Barnavårdscentralen följer ditt barns hälsa och utveckling.",
            "Från födseln till skolstart träffar ni sjuksköterskan regelbundet. Barnet vaccineras enligt vaccinationsprogrammet.",
            kommuner: [Sundsvall], region: Vasternorrland, topics: ["vaccination", "foraldraskap"], life: ["foralder"], days: 10),
        Doc("article:far-vasternorrland", SearchDocumentType.Article,
            "Fysisk aktivitet på recept i Västernorrland",
            "Med fysisk aktivitet på recept kan rörelse bli en del av din behandling.",
            "Din vårdcentral kan skriva ut fysisk aktivitet på recept. Receptet anpassas efter dig.",
            region: Vasternorrland, topics: ["fysisk-aktivitet"], life: ["vuxna"], days: 11),
        Doc("article:far-jonkoping", SearchDocumentType.Article,
            "Fysisk aktivitet på recept i Jönköpings län",
            "FaR finns på alla vårdcentraler i länet.",
            "FaR är ett sätt att behandla med rörelse.",
            region: JonkopingsLan, topics: ["fysisk-aktivitet"], life: ["vuxna"], days: 12),
        Doc("article:traffpunkter-jonkoping", SearchDocumentType.Article,
            "Träffpunkter för äldre i Jönköping",
            "Kom och fika, spela sällskapsspel och träffa nya vänner.",
            "Träffpunkterna är öppna för alla som är seniorer i Jönköpings kommun.",
            kommuner: [Jonkoping], region: JonkopingsLan, topics: ["social-gemenskap"], life: ["aldre"], days: 13),
        Doc("article:barnhalsovard", SearchDocumentType.Article,
            "Barnhälsovården – stöd till dig som förälder",
            "Barnhälsovården erbjuder hälsobesök för alla barn.",
            "Barnen får träffa sjuksköterska och läkare. Barnet vägs och mäts och du får råd om mat och sömn.",
            topics: ["foraldraskap"], life: ["foralder", "barn-och-unga"], days: 14),
        Doc("article:pappa", SearchDocumentType.Article,
            "Tips för en far med små barn",
            "Att bli pappa förändrar livet.",
            "Som nybliven far kan du gå i föräldragrupp.",
            topics: ["foraldraskap"], life: ["foralder"], days: 15),
        Doc("article:somn", SearchDocumentType.Article,
            "Så får du bättre sömn",
            "Sömnen påverkar hur du mår.",
            "Regelbundna tider och mindre skärm på kvällen ger bättre sömn.",
            topics: ["somn"], life: ["vuxna"], days: 16),
        Doc("page:om-webbplatsen", SearchDocumentType.Page,
            "Om webbplatsen",
            "Så fungerar sökningen.",
            "Exempel på kod: <script>alert('hej')</script> visas som text. Sökningen klarar kod & tecken som \"citat\".",
            days: 17),
        Doc("dialog:somn-unga", SearchDocumentType.Dialog,
            "Enkät om sömn och skärmtid bland unga",
            "Berätta hur du sover.",
            "Enkäten tar fem minuter.",
            region: Vasternorrland, topics: ["somn"], life: ["barn-och-unga"], days: 18),
        Doc("contactpoint:umo-harnosand", SearchDocumentType.ContactPoint,
            "Ungdomsmottagningen Härnösand",
            "För dig mellan 13 och 23 år i Härnösand.",
            "Drop-in på tisdagar.",
            kommuner: [Harnosand], region: Vasternorrland, topics: ["sexuell-halsa"], life: ["barn-och-unga"], days: 19),
        Doc("article:youth-clinic", SearchDocumentType.Article,
            "Youth clinic",
            "For young people aged 13 to 25.",
            "The youth clinic (ungdomsmottagning) offers advice about sex and relationships.",
            topics: ["sexuell-halsa"], life: ["barn-och-unga"], days: 20, language: "en"),
    ];

    public static SearchDocument Doc(
        string id,
        SearchDocumentType type,
        string title,
        string ingress,
        string body,
        string[]? kommuner = null,
        string? region = null,
        string[]? topics = null,
        string[]? life = null,
        int days = 0,
        bool easyRead = false,
        string language = "sv") => new()
        {
            Id = id,
            Type = type,
            Title = title,
            Ingress = ingress,
            Body = body,
            Url = "/" + id.Replace(':', '/') + (easyRead ? "/lattlast" : ""),
            KommunCodes = kommuner ?? [],
            RegionCode = region,
            Topics = topics ?? [],
            LifeSituations = life ?? [],
            Updated = Base.AddDays(days),
            IsEasyRead = easyRead,
            Language = language,
        };
}

/// <summary>One in-memory index with the corpus, shared by the read-only tests of a class.</summary>
public sealed class CorpusFixture : IDisposable
{
    public CorpusFixture()
    {
        Index = LuceneSearchIndex.CreateInMemory();
        foreach (var document in SwedishCorpus.Documents)
        {
            Index.Upsert(document);
        }

        Index.Commit(1);
        Service = new LuceneSearchService(Index, new DefaultSynonymSource(), new SearchOptions());
    }

    internal LuceneSearchIndex Index { get; }

    internal LuceneSearchService Service { get; }

    public void Dispose() => Index.Dispose();
}
