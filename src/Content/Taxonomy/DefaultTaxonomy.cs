namespace Halsoportal.Content.Taxonomy;

/// <summary>The starting vocabularies every install gets; region administrators edit them later.</summary>
public static class DefaultTaxonomy
{
    /// <summary>All default terms in display order.</summary>
    public static IReadOnlyList<TaxonomyTerm> Terms { get; } = Build();

    private static List<TaxonomyTerm> Build()
    {
        var terms = new List<TaxonomyTerm>();
        void Add(TaxonomyKind kind, string slug, string name, string description) =>
            terms.Add(new TaxonomyTerm
            {
                Kind = kind,
                Slug = slug,
                Name = name,
                Description = description,
                SortOrder = terms.Count(t => t.Kind == kind),
            });

        Add(TaxonomyKind.Topic, "fysisk-aktivitet", "Fysisk aktivitet", "Rörelse i vardagen, träning och fysisk aktivitet på recept.");
        Add(TaxonomyKind.Topic, "matvanor", "Matvanor", "Mat som ger ork och hälsa, för stora och små.");
        Add(TaxonomyKind.Topic, "alkohol", "Alkohol", "Om alkohol och hälsa, och var du får stöd att dricka mindre.");
        Add(TaxonomyKind.Topic, "tobak-och-nikotin", "Tobak och nikotin", "Rökning, snus och andra nikotinprodukter – och hjälp att sluta.");
        Add(TaxonomyKind.Topic, "spel-om-pengar", "Spel om pengar", "När spelandet tar över, och stöd för dig och dina närstående.");
        Add(TaxonomyKind.Topic, "somn", "Sömn", "Sömnens betydelse för hälsan och råd för bättre sömn.");
        Add(TaxonomyKind.Topic, "psykisk-halsa", "Psykisk hälsa", "Stress, oro och nedstämdhet – och vad som hjälper.");
        Add(TaxonomyKind.Topic, "sexuell-halsa", "Sexuell hälsa", "Relationer, preventivmedel, testning och ungdomsmottagningar.");
        Add(TaxonomyKind.Topic, "social-gemenskap", "Social gemenskap", "Mötesplatser och sätt att bryta ensamhet.");
        Add(TaxonomyKind.Topic, "foraldraskap", "Föräldraskap", "Stöd till dig som är förälder, från graviditet till tonår.");
        Add(TaxonomyKind.Topic, "aldres-halsa-och-fallprevention", "Äldres hälsa och fallprevention", "Att hålla sig stark, säker och aktiv som äldre.");
        Add(TaxonomyKind.Topic, "munhalsa", "Munhälsa", "Tänder och mun genom hela livet.");
        Add(TaxonomyKind.Topic, "vaccination", "Vaccination", "Vaccinationer för barn och vuxna.");

        Add(TaxonomyKind.LifeSituation, "barn-och-unga", "Barn och unga", "För barn, unga och dem som möter dem.");
        Add(TaxonomyKind.LifeSituation, "vuxna", "Vuxna", "För dig som är vuxen.");
        Add(TaxonomyKind.LifeSituation, "aldre", "Äldre", "För dig som är äldre.");
        Add(TaxonomyKind.LifeSituation, "foralder", "Förälder", "För dig som är eller ska bli förälder.");
        Add(TaxonomyKind.LifeSituation, "narstaende", "Närstående", "För dig som stöttar någon i din närhet.");

        Add(TaxonomyKind.Arena, "skola", "Skola", "Förskola och skola.");
        Add(TaxonomyKind.Arena, "arbetsplats", "Arbetsplats", "På jobbet.");
        Add(TaxonomyKind.Arena, "hemmet", "Hemmet", "Hemma.");
        Add(TaxonomyKind.Arena, "fritid", "Fritid", "Fritid, föreningsliv och friluftsliv.");
        return terms;
    }
}
