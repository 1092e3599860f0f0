using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Editing.Checks;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Halsoportal.Content.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Transfer;

/// <summary>What the import will do with one article; worked out for the whole file before anything is written.</summary>
/// <param name="Number">1-based place in the file.</param>
/// <param name="ExternalId">The article's id in the file.</param>
/// <param name="OwnerValue">"kommun:2262", "region:22" or "nationell", as <see cref="ArticleEditingService.CreateAsync"/> takes it.</param>
/// <param name="OwnerName">"Timrå", "Region Västernorrland", "Hela landet": for progress lines.</param>
/// <param name="Draft">The text and metadata to save.</param>
/// <param name="ArticleId">The existing article, or null for a new one.</param>
/// <param name="BaseVersion">The existing article's newest version when planned (the optimistic-concurrency base).</param>
/// <param name="SaveText">True when a new version is saved (always for a new article).</param>
/// <param name="Release">Publish, send for review, or neither, after saving.</param>
/// <param name="Outcome">Ny, ändrad or oförändrad.</param>
internal sealed record ImportPlanItem(
    int Number,
    string ExternalId,
    string OwnerValue,
    string OwnerName,
    ArticleDraft Draft,
    int? ArticleId,
    int BaseVersion,
    bool SaveText,
    ImportRelease Release,
    ImportOutcome Outcome);

/// <summary>
/// Checks every article of a file against the same rules an editor's save and publish meet
/// (<see cref="ArticleDraftValidator"/> and <see cref="PublishCheckService"/>), resolves owners,
/// kommuner and terms, finds existing articles by external id and decides per article what the
/// import does. Reads only.
/// </summary>
internal sealed class ImportPlanner(ContentDbContext db, PublishCheckService checks)
{
    /// <summary>Prefix of the external ids the export gives articles that had none (<c>halsoportal:{slug}</c>).</summary>
    public const string OwnIdPrefix = "halsoportal:";

    private static readonly Dictionary<string, string> JsonFieldOf = new(StringComparer.Ordinal)
    {
        [nameof(ArticleDraft.Title)] = "title",
        [nameof(ArticleDraft.Ingress)] = "ingress",
        [nameof(ArticleDraft.Body)] = "body",
        [nameof(ArticleDraft.EasyReadTitle)] = "easyRead.title",
        [nameof(ArticleDraft.EasyReadIngress)] = "easyRead.ingress",
        [nameof(ArticleDraft.EasyReadBody)] = "easyRead.body",
        [nameof(ArticleDraft.ResponsibleUnit)] = "responsibleUnit",
        [nameof(ArticleDraft.LastReviewed)] = "lastReviewed",
        [nameof(ArticleDraft.NextReview)] = "nextReview",
        [nameof(ArticleDraft.KommunCodes)] = "showAlsoIn",
        [nameof(ArticleDraft.Terms)] = "topics",
        ["Topics"] = "topics",
        ["LifeSituations"] = "lifeSituations",
        [nameof(ArticleDraft.ImageMediaId)] = "bild (artikelns huvudbild i Hälsoportal)",
        ["Owner"] = "owner",
    };

    public async Task<(List<ImportPlanItem> Plan, List<ImportProblem> Problems)> PlanAsync(
        IReadOnlyList<ReadArticle> articles, EditorAccess access, CancellationToken cancellationToken)
    {
        var facts = await Facts.LoadAsync(db, cancellationToken);
        var existing = await FindExistingAsync(articles, cancellationToken);
        var plan = new List<ImportPlanItem>();
        var problems = new List<ImportProblem>();
        var claimed = new Dictionary<int, int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var read in articles)
        {
            if (read.Record.ExternalId.Length > 0 && !seen.Add(read.Record.ExternalId))
            {
                // The reader has reported the repeated id; one problem per mistake is enough.
                continue;
            }

            var found = existing.GetValueOrDefault(read.Record.ExternalId);
            if (found is not null && !claimed.TryAdd(found.Article.Id, read.Number))
            {
                problems.Add(new ImportProblem(read.Number, read.Record.ExternalId, $"externalId: gäller samma artikel (”{found.Article.Slug}”) som artikel {claimed[found.Article.Id]} i filen."));
                continue;
            }

            var item = await PlanArticleAsync(read, found, facts, access, problems, cancellationToken);
            if (item is not null)
            {
                plan.Add(item);
            }
        }

        return (plan, problems);
    }

    private async Task<ImportPlanItem?> PlanArticleAsync(
        ReadArticle read, Existing? found, Facts facts, EditorAccess access, List<ImportProblem> problems, CancellationToken cancellationToken)
    {
        var record = read.Record;
        var reported = new HashSet<string>(read.BadFields, StringComparer.Ordinal);
        var problemsBefore = problems.Count;
        void Problem(string field, string message)
        {
            reported.Add(field);
            problems.Add(new ImportProblem(read.Number, record.ExternalId, $"{field}: {message}"));
        }

        var owner = reported.Contains("owner") ? null : ResolveOwner(record.Owner, facts, Problem);
        var draft = BuildDraft(record, owner, found, facts, Problem);

        if (found is not null && owner is not null && found.Article.Owner != owner.Owner)
        {
            Problem("owner", $"artikeln finns redan och ägs av {facts.OwnerName(found.Article.Owner)}. Ägaren kan inte ändras genom import.");
        }

        // The editor's own rules, with the editor's own messages, under the file's field names.
        var errors = ArticleDraftValidator.Validate(draft, owner?.Owner ?? ItemOwner.National, access, facts.TermKeys, facts.KommunNames);
        foreach (var error in errors)
        {
            var field = JsonFieldOf.GetValueOrDefault(error.Field, error.Field);
            if (!reported.Contains(field) && !(owner is null && field == "showAlsoIn"))
            {
                Problem(field, error.Message);
            }
        }

        if (problems.Count > problemsBefore || owner is null)
        {
            return null;
        }

        var (outcome, saveText, release) = Decide(draft, record.Published, owner.RequiresReview, found);
        if (release != ImportRelease.None)
        {
            // Publishing runs these checks again; finding a block now keeps the file all-or-nothing.
            var report = await checks.RunAsync(draft, cancellationToken);
            foreach (var finding in report.Findings.Where(f => f.Severity == PublishCheckSeverity.Blocking))
            {
                var field = JsonFieldOf.GetValueOrDefault(finding.Field, finding.Field);
                var where = finding.Line is { } line ? $"{field}, rad {line}" : field;
                problems.Add(new ImportProblem(read.Number, record.ExternalId, $"{where}: {finding.Message} (hindrar publicering; sätt \"published\": false för att importera texten som utkast)"));
            }

            if (problems.Count > problemsBefore)
            {
                return null;
            }
        }

        return new ImportPlanItem(
            read.Number, record.ExternalId, owner.Value, owner.Name, draft,
            found?.Article.Id, found?.Article.DraftVersion ?? 0, saveText, release, outcome);
    }

    /// <summary>
    /// Compares the file with what the site has. A published article is compared with its
    /// published text (what the export writes for it), so that a draft an editor is working on
    /// does not make an unchanged file count as changed; an unpublished one with its newest version.
    /// An import never takes an article off the site: <c>"published": false</c> saves a draft.
    /// </summary>
    private static (ImportOutcome Outcome, bool SaveText, ImportRelease Release) Decide(ArticleDraft draft, bool publish, bool requiresReview, Existing? found)
    {
        var release = !publish ? ImportRelease.None : requiresReview ? ImportRelease.SentForReview : ImportRelease.Published;
        if (found is null)
        {
            return (ImportOutcome.Created, true, release);
        }

        var article = found.Article;
        var sameAsNewest = Same(found.Newest, draft);
        if (!publish)
        {
            return sameAsNewest ? (ImportOutcome.Unchanged, false, ImportRelease.None) : (ImportOutcome.Updated, true, ImportRelease.None);
        }

        if (article.PublishedAt is not null && Same(ArticleDraft.FromArticle(article), draft))
        {
            return (ImportOutcome.Unchanged, false, ImportRelease.None);
        }

        if (sameAsNewest && requiresReview && article.ReviewState == ReviewState.Requested)
        {
            // Already waiting for the kommun's publisher: asking again would change nothing.
            return (ImportOutcome.Unchanged, false, ImportRelease.None);
        }

        // Version 0 is the text from before the editor existed: it must be saved once to be published.
        return (ImportOutcome.Updated, !sameAsNewest || article.DraftVersion == 0, release);
    }

    /// <summary>Equal in everything the format carries (the image and translations are not part of it); lists compare as sets.</summary>
    internal static bool Same(ArticleDraft a, ArticleDraft b) =>
        a.Title == b.Title
        && a.Ingress == b.Ingress
        && a.Body == b.Body
        && (a.EasyReadTitle ?? "") == (b.EasyReadTitle ?? "")
        && (a.EasyReadIngress ?? "") == (b.EasyReadIngress ?? "")
        && (a.EasyReadBody ?? "") == (b.EasyReadBody ?? "")
        && a.Scope == b.Scope
        && (a.Scope != ArticleScope.Region || a.RegionCode == b.RegionCode)
        && a.KommunCodes.ToHashSet(StringComparer.Ordinal).SetEquals(b.KommunCodes)
        && a.Terms.ToHashSet(StringComparer.Ordinal).SetEquals(b.Terms)
        && a.LastReviewed == b.LastReviewed
        && a.NextReview == b.NextReview
        && a.ResponsibleUnit == b.ResponsibleUnit;

    private static ResolvedOwner? ResolveOwner(string value, Facts facts, Action<string, string> problem)
    {
        var text = value.Trim();
        if (text == OwnerValue.National)
        {
            return new ResolvedOwner(ItemOwner.National, OwnerValue.National, "Hela landet", false);
        }

        var (kind, place) = text.Split(':', 2) is [var k, var p] ? (k.Trim(), p.Trim()) : ("", "");
        switch (kind)
        {
            case "kommun":
                if (facts.FindKommun(place) is { } kommun)
                {
                    return new ResolvedOwner(ItemOwner.OfKommun(kommun.Code, kommun.RegionCode), OwnerValue.Of(kommun.Code, kommun.RegionCode), kommun.Name, kommun.RequiresReview);
                }

                problem("owner", UnknownKommun(place));
                return null;
            case "region":
                if (facts.FindRegion(place) is { } region)
                {
                    return new ResolvedOwner(ItemOwner.OfRegion(region.Code), OwnerValue.Of(null, region.Code), region.OrganisationName, false);
                }

                problem("owner", $"det finns ingen region med länskoden eller namnet ”{place}”.");
                return null;
            default:
                problem("owner", text.Length == 0
                    ? "saknas. Skriv vem som äger artikeln: \"kommun:2281\" (kommunkoden), \"region:22\" (länskoden) eller \"nationell\"."
                    : $"”{text}” går inte att tolka. Skriv \"kommun:2281\" (kommunkoden), \"region:22\" (länskoden) eller \"nationell\".");
                return null;
        }
    }

    private static ArticleDraft BuildDraft(ArticleRecord record, ResolvedOwner? owner, Existing? found, Facts facts, Action<string, string> problem)
    {
        var kommunCodes = new List<string>();
        if (owner?.Owner.KommunCode is { } ownerKommun)
        {
            kommunCodes.Add(ownerKommun);
        }

        foreach (var place in record.ShowAlsoIn)
        {
            if (facts.FindKommun(place) is { } kommun)
            {
                if (!kommunCodes.Contains(kommun.Code))
                {
                    kommunCodes.Add(kommun.Code);
                }
            }
            else
            {
                problem("showAlsoIn", UnknownKommun(place));
            }
        }

        if (owner is not null && owner.Owner.KommunCode is null && record.ShowAlsoIn.Count > 0)
        {
            problem("showAlsoIn", owner.Owner.RegionCode is null
                ? "en nationell artikel visas i hela landet; ta bort showAlsoIn."
                : "en regional artikel visas i regionens alla kommuner; ta bort showAlsoIn.");
        }

        var terms = new List<string>();
        Terms(record.Topics, TaxonomyKind.Topic, "topics", "inget ämne", facts, terms, problem);
        Terms(record.LifeSituations, TaxonomyKind.LifeSituation, "lifeSituations", "ingen livssituation", facts, terms, problem);
        Terms(record.Arenas, TaxonomyKind.Arena, "arenas", "ingen arena", facts, terms, problem);

        var easy = record.EasyRead;
        var hasEasyRead = easy is not null && !(string.IsNullOrWhiteSpace(easy.Title) && string.IsNullOrWhiteSpace(easy.Ingress) && string.IsNullOrWhiteSpace(easy.Body));
        var scope = owner?.Owner switch
        {
            { KommunCode: not null } => ArticleScope.Kommuner,
            { RegionCode: not null } => ArticleScope.Region,
            _ => ArticleScope.National,
        };
        return new ArticleDraft
        {
            Title = record.Title,
            Ingress = record.Ingress,
            Body = record.Body,
            EasyReadTitle = hasEasyRead ? easy!.Title : null,
            EasyReadIngress = hasEasyRead ? easy!.Ingress : null,
            EasyReadBody = hasEasyRead ? easy!.Body : null,
            Scope = scope,
            RegionCode = scope == ArticleScope.Region ? owner!.Owner.RegionCode : null,
            KommunCodes = scope == ArticleScope.Kommuner ? kommunCodes : [],
            Terms = terms,
            LastReviewed = record.LastReviewed,
            NextReview = record.NextReview,
            ResponsibleUnit = record.ResponsibleUnit,

            // Images are not in the format: an update keeps the image the article has.
            ImageMediaId = found?.Newest.ImageMediaId,

            // Nor are translations (format version 1): an update keeps those the article has.
            Translations = found?.Newest.Translations ?? [],
        };
    }

    private static void Terms(IReadOnlyList<string> slugs, TaxonomyKind kind, string field, string none, Facts facts, List<string> terms, Action<string, string> problem)
    {
        foreach (var slug in slugs)
        {
            var key = ArticleDraft.TermKey(kind, slug);
            if (facts.TermKeys.Contains(key))
            {
                if (!terms.Contains(key))
                {
                    terms.Add(key);
                }
            }
            else
            {
                problem(field, $"det finns {none} ”{slug}”. Välj bland: {string.Join(", ", facts.SlugsOf(kind))}.");
            }
        }
    }

    private static string UnknownKommun(string place) => place.All(char.IsAsciiDigit)
        ? $"det finns ingen kommun med kommunkoden {place}."
        : $"det finns ingen kommun som heter ”{place}”. Skriv kommunkoden, till exempel 2281 för Sundsvall.";

    /// <summary>
    /// Existing articles by the file's external ids. An id the export made up
    /// (<c>halsoportal:{slug}</c>) also finds the article with that slug when it has no external
    /// id: an install seeded with the same demo content, for example.
    /// </summary>
    private async Task<Dictionary<string, Existing>> FindExistingAsync(IReadOnlyList<ReadArticle> articles, CancellationToken cancellationToken)
    {
        var ids = articles.Select(a => a.Record.ExternalId).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var byId = await Load(db.Articles.Where(a => a.ExternalId != null && ids.Contains(a.ExternalId)))
            .ToDictionaryAsync(a => a.ExternalId!, StringComparer.Ordinal, cancellationToken);
        var slugs = ids.Where(id => !byId.ContainsKey(id) && id.StartsWith(OwnIdPrefix, StringComparison.Ordinal))
            .Select(id => id[OwnIdPrefix.Length..]).ToList();
        var bySlug = await Load(db.Articles.Where(a => a.ExternalId == null && slugs.Contains(a.Slug)))
            .ToDictionaryAsync(a => OwnIdPrefix + a.Slug, StringComparer.Ordinal, cancellationToken);

        var existing = new Dictionary<string, Existing>(StringComparer.Ordinal);
        foreach (var (id, article) in byId.Concat(bySlug))
        {
            existing[id] = new Existing(article, await NewestAsync(article, cancellationToken));
        }

        return existing;

        static IQueryable<Article> Load(IQueryable<Article> query) =>
            query.AsNoTracking().Include(a => a.Texts).Include(a => a.Kommuner).Include(a => a.Terms).AsSplitQuery();
    }

    /// <summary>The newest saved version, or the published text of an article never opened in the editor.</summary>
    internal async Task<ArticleDraft> NewestAsync(Article article, CancellationToken cancellationToken)
    {
        if (article.DraftVersion == 0)
        {
            return ArticleDraft.FromArticle(article);
        }

        var data = await db.ContentVersions.AsNoTracking()
            .Where(v => v.ItemType == ContentItemType.Article && v.ItemId == article.Id && v.Number == article.DraftVersion)
            .Select(v => v.Data)
            .FirstAsync(cancellationToken);
        return ArticleDraft.FromJson(data);
    }

    private sealed record Existing(Article Article, ArticleDraft Newest);

    private sealed record ResolvedOwner(ItemOwner Owner, string Value, string Name, bool RequiresReview);

    private sealed record KommunFact(string Code, string Name, string Slug, string RegionCode, bool RequiresReview);

    private sealed record RegionFact(string Code, string Name, string OrganisationName);

    /// <summary>The reference data every article is checked against, read once per file.</summary>
    private sealed class Facts
    {
        private readonly Dictionary<string, KommunFact> _kommunByCode;
        private readonly List<RegionFact> _regions;
        private readonly List<TaxonomyTerm> _terms;

        private Facts(List<KommunFact> kommuner, List<RegionFact> regions, List<TaxonomyTerm> terms)
        {
            _kommunByCode = kommuner.ToDictionary(k => k.Code, StringComparer.Ordinal);
            _regions = regions;
            _terms = terms;
            KommunNames = kommuner.ToDictionary(k => k.Code, k => k.Name, StringComparer.Ordinal);
            TermKeys = terms.Select(t => ArticleDraft.TermKey(t.Kind, t.Slug)).ToHashSet(StringComparer.Ordinal);
        }

        public IReadOnlyDictionary<string, string> KommunNames { get; }

        public HashSet<string> TermKeys { get; }

        public static async Task<Facts> LoadAsync(ContentDbContext db, CancellationToken cancellationToken) => new(
            await db.Kommuner.AsNoTracking().Select(k => new KommunFact(k.Code, k.Name, k.Slug, k.RegionCode, k.RequiresReview)).ToListAsync(cancellationToken),
            await db.Regions.AsNoTracking().Select(r => new RegionFact(r.Code, r.Name, r.OrganisationName)).ToListAsync(cancellationToken),
            await db.TaxonomyTerms.AsNoTracking().Where(t => TaxonomyKinds.ForArticles.Contains(t.Kind)).OrderBy(t => t.Kind).ThenBy(t => t.SortOrder).ToListAsync(cancellationToken));

        /// <summary>By SCB code, or by the whole name or slug ("Örnsköldsvik", "ornskoldsvik") – never by a beginning: a file must be unambiguous.</summary>
        public KommunFact? FindKommun(string place) =>
            _kommunByCode.GetValueOrDefault(place)
            ?? _kommunByCode.Values.FirstOrDefault(k => SwedishText.Comparer.Equals(k.Name, place))
            ?? _kommunByCode.Values.FirstOrDefault(k => k.Slug == place);

        public RegionFact? FindRegion(string place) =>
            _regions.FirstOrDefault(r => r.Code == place || SwedishText.Comparer.Equals(r.Name, place) || SwedishText.Comparer.Equals(r.OrganisationName, place));

        public IEnumerable<string> SlugsOf(TaxonomyKind kind) => _terms.Where(t => t.Kind == kind).Select(t => t.Slug);

        public string OwnerName(ItemOwner owner) => owner switch
        {
            { KommunCode: { } code } => KommunNames.GetValueOrDefault(code, code),
            { RegionCode: { } code } => _regions.FirstOrDefault(r => r.Code == code)?.OrganisationName ?? code,
            _ => "hela landet (nationell)",
        };
    }
}
