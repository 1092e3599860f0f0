namespace Halsoportal.Content.Taxonomy;

/// <summary>The starting vocabularies every install gets; region administrators edit them later.</summary>
public static class DefaultTaxonomy
{
    /// <summary>All default terms in display order.</summary>
    public static IReadOnlyList<TaxonomyTerm> Terms { get; } = Build();

    private static List<TaxonomyTerm> Build()
    {
        var terms = new List<TaxonomyTerm>();
        void Add(TaxonomyKind kind, string slug, string name, string description, params string[] related) =>
            terms.Add(new TaxonomyTerm
            {
                Kind = kind,
                Slug = slug,
                Name = name,
                Description = description,
                SortOrder = terms.Count(t => t.Kind == kind),
                Related = [.. related],
            });
        const string Type = "contactpointtype:";
        const string Service = "service:";

        Add(TaxonomyKind.Topic, "fysisk-aktivitet", "Fysisk aktivitet", "Rörelse i vardagen, träning och fysisk aktivitet på recept.", Service + "fysisk-aktivitet-pa-recept", Type + "fysioterapi", Service + "halsosamtal");
        Add(TaxonomyKind.Topic, "matvanor", "Matvanor", "Mat som ger ork och hälsa, för stora och små.", Service + "kostradgivning", Service + "halsosamtal");
        Add(TaxonomyKind.Topic, "alkohol", "Alkohol", "Om alkohol och hälsa, och var du får stöd att dricka mindre.", Service + "alkoholradgivning", Type + "beroendemottagning");
        Add(TaxonomyKind.Topic, "tobak-och-nikotin", "Tobak och nikotin", "Rökning, snus och andra nikotinprodukter – och hjälp att sluta.", Service + "tobaksavvanjning");
        Add(TaxonomyKind.Topic, "spel-om-pengar", "Spel om pengar", "När spelandet tar över, och stöd för dig och dina närstående.", Service + "spelstod", Type + "beroendemottagning");
        Add(TaxonomyKind.Topic, "somn", "Sömn", "Sömnens betydelse för hälsan och råd för bättre sömn.", Service + "samtalsstod", Type + "vardcentral");
        Add(TaxonomyKind.Topic, "psykisk-halsa", "Psykisk hälsa", "Stress, oro och nedstämdhet – och vad som hjälper.", Service + "samtalsstod", Type + "ungdomsmottagning", Type + "vardcentral");
        Add(TaxonomyKind.Topic, "sexuell-halsa", "Sexuell hälsa", "Relationer, preventivmedel, testning och ungdomsmottagningar.", Type + "ungdomsmottagning", Service + "preventivmedelsradgivning", Service + "sti-testning");
        Add(TaxonomyKind.Topic, "social-gemenskap", "Social gemenskap", "Mötesplatser och sätt att bryta ensamhet.", Type + "traffpunkt-for-aldre", Type + "familjecentral", Service + "oppen-forskola");
        Add(TaxonomyKind.Topic, "foraldraskap", "Föräldraskap", "Stöd till dig som är förälder, från graviditet till tonår.", Type + "bvc", Type + "mvc", Type + "familjecentral", Service + "foraldrastod");
        Add(TaxonomyKind.Topic, "aldres-halsa-och-fallprevention", "Äldres hälsa och fallprevention", "Att hålla sig stark, säker och aktiv som äldre.", Service + "fallprevention", Type + "traffpunkt-for-aldre", Type + "kommunal-halso-och-sjukvard", Type + "anhorigstod");
        Add(TaxonomyKind.Topic, "munhalsa", "Munhälsa", "Tänder och mun genom hela livet.", Type + "tandvard");
        Add(TaxonomyKind.Topic, "vaccination", "Vaccination", "Vaccinationer för barn och vuxna.", Service + "vaccination", Type + "bvc");

        Add(TaxonomyKind.LifeSituation, "barn-och-unga", "Barn och unga", "För barn, unga och dem som möter dem.");
        Add(TaxonomyKind.LifeSituation, "vuxna", "Vuxna", "För dig som är vuxen.");
        Add(TaxonomyKind.LifeSituation, "aldre", "Äldre", "För dig som är äldre.");
        Add(TaxonomyKind.LifeSituation, "foralder", "Förälder", "För dig som är eller ska bli förälder.");
        Add(TaxonomyKind.LifeSituation, "narstaende", "Närstående", "För dig som stöttar någon i din närhet.");

        Add(TaxonomyKind.Arena, "skola", "Skola", "Förskola och skola.");
        Add(TaxonomyKind.Arena, "arbetsplats", "Arbetsplats", "På jobbet.");
        Add(TaxonomyKind.Arena, "hemmet", "Hemmet", "Hemma.");
        Add(TaxonomyKind.Arena, "fritid", "Fritid", "Fritid, föreningsliv och friluftsliv.");

        Add(TaxonomyKind.ContactPointType, "vardcentral", "Vårdcentral och hälsocentral", "Regionens eller en privat vårdgivares mottagning för det mesta inom vård och hälsa.");
        Add(TaxonomyKind.ContactPointType, "kommunal-halso-och-sjukvard", "Kommunal hälso- och sjukvård", "Kommunens sjuksköterskor, arbetsterapeuter och fysioterapeuter, i hemmet och på boenden.");
        Add(TaxonomyKind.ContactPointType, "ungdomsmottagning", "Ungdomsmottagning", "För dig mellan 13 och 25 år: kropp, känslor, relationer och sex.");
        Add(TaxonomyKind.ContactPointType, "bvc", "Barnavårdscentral (BVC)", "Hälsobesök, vaccinationer och stöd för barn från födseln till skolstarten.");
        Add(TaxonomyKind.ContactPointType, "mvc", "Barnmorskemottagning (MVC)", "Graviditet, preventivmedel och cellprovtagning.");
        Add(TaxonomyKind.ContactPointType, "familjecentral", "Familjecentral", "BVC, MVC, öppen förskola och socialtjänstens rådgivning under samma tak.");
        Add(TaxonomyKind.ContactPointType, "traffpunkt-for-aldre", "Träffpunkt för äldre", "Kommunens mötesplatser med gemenskap, aktiviteter och friskvård.");
        Add(TaxonomyKind.ContactPointType, "fysioterapi", "Fysioterapi", "Fysioterapeuter som hjälper dig att röra dig och träna efter dina förutsättningar.");
        Add(TaxonomyKind.ContactPointType, "anhorigstod", "Anhörigstöd", "Stöd till dig som hjälper någon i din närhet.");
        Add(TaxonomyKind.ContactPointType, "folkhalsoenhet", "Folkhälsoenhet", "Regionens och kommunernas folkhälsoarbete: kurser, material och samarbeten.");
        Add(TaxonomyKind.ContactPointType, "tandvard", "Tandvård", "Folktandvården och privata tandläkare.");
        Add(TaxonomyKind.ContactPointType, "beroendemottagning", "Beroendemottagning", "Hjälp vid problem med alkohol, droger, spel eller läkemedel.");

        Add(TaxonomyKind.Service, "halsosamtal", "Hälsosamtal", "Ett samtal om dina levnadsvanor och vad du själv vill ändra på.");
        Add(TaxonomyKind.Service, "tobaksavvanjning", "Tobaksavvänjning", "Stöd att sluta röka eller snusa.");
        Add(TaxonomyKind.Service, "fysisk-aktivitet-pa-recept", "Fysisk aktivitet på recept (FaR)", "Ordinerad rörelse med uppföljning.");
        Add(TaxonomyKind.Service, "vaccination", "Vaccination", "Vaccinationer för barn och vuxna.");
        Add(TaxonomyKind.Service, "preventivmedelsradgivning", "Preventivmedelsrådgivning", "Hjälp att välja preventivmedel.");
        Add(TaxonomyKind.Service, "sti-testning", "Testning för könssjukdomar", "Klamydiatest och andra prover för sexuellt överförbara infektioner.");
        Add(TaxonomyKind.Service, "samtalsstod", "Samtalsstöd", "Samtal med kurator, psykolog eller annan samtalskontakt.");
        Add(TaxonomyKind.Service, "foraldrastod", "Föräldrastöd", "Föräldragrupper och samtal om föräldraskap.");
        Add(TaxonomyKind.Service, "hembesok", "Hembesök", "Personalen kommer hem till dig.");
        Add(TaxonomyKind.Service, "fallprevention", "Balansträning och fallprevention", "Träning och råd som minskar risken att falla.");
        Add(TaxonomyKind.Service, "kostradgivning", "Kostrådgivning", "Råd om mat och matvanor, enskilt eller i grupp.");
        Add(TaxonomyKind.Service, "spelstod", "Stöd vid spelproblem", "Samtal och behandling när spel om pengar blivit ett problem.");
        Add(TaxonomyKind.Service, "alkoholradgivning", "Alkoholrådgivning", "Stöd att dricka mindre eller sluta.");
        Add(TaxonomyKind.Service, "oppen-forskola", "Öppen förskola", "Lek och gemenskap för barn tillsammans med en vuxen.");
        Add(TaxonomyKind.Service, "anhorigsamtal", "Samtal för anhöriga", "Enskilda samtal och samtalsgrupper för närstående.");
        Add(TaxonomyKind.Service, "sprakstod", "Tolk och samtal på flera språk", "Tolk bokas vid behov, och personal som talar flera språk.");
        return terms;
    }
}
