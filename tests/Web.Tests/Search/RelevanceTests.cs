using System.Globalization;
using Halsoportal.Content.Kommuner;
using Halsoportal.Search.Querying;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Halsoportal.Web.Tests.Search;

/// <summary>
/// The judged query set (relevance.tsv, written for this project over the demo content): what
/// residents type — typos, missing å/ä/ö, abbreviations, compounds, everyday phrasing — must put a
/// right answer in the top three. Reports success@3 and MRR, overall and per kind.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class RelevanceTests(SiteFactory site, ITestOutputHelper output)
{
    /// <summary>The bar the suite holds; raise it as search improves, never lower it quietly.</summary>
    private const double MinimumSuccessAt3 = 0.95;
    private const double MinimumMeanReciprocalRank = 0.90;

    private sealed record Judgement(string Query, string? Kommun, string[] Expected, string Kind);

    [Fact]
    public async Task JudgedQueries_OverDemoContent_MeetTheBar()
    {
        var judgements = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Search", "relevance.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(f => new Judgement(f[0], f[1] == "-" ? null : f[1], f[2].Split('|'), f[3]))
            .ToList();
        Assert.True(judgements.Count >= 60, $"{judgements.Count} judged queries; at least 60 are required.");

        await using var scope = site.Services.CreateAsyncScope();
        var kommuner = scope.ServiceProvider.GetRequiredService<KommunService>();
        var search = scope.ServiceProvider.GetRequiredService<ISearchService>();
        var ranks = new List<(Judgement Judgement, int Rank, string Top)>();
        foreach (var judgement in judgements)
        {
            var kommun = judgement.Kommun is null ? null : await kommuner.FindBySlugAsync(judgement.Kommun, CancellationToken.None)
                ?? throw new InvalidOperationException($"Unknown kommun {judgement.Kommun} in relevance.tsv");
            var result = search.Search(new SearchRequest
            {
                Query = judgement.Query,
                Resident = kommun is null ? null : new ResidentScope(kommun.Code, kommun.RegionCode),
                EasyRead = false,
                PageSize = 10,
                IncludeFacets = false,
            });
            var slugs = result.Hits.Select(h => SlugOf(h.Url)).ToList();
            var rank = slugs.FindIndex(s => judgement.Expected.Contains(s)) + 1;
            ranks.Add((judgement, rank, string.Join(", ", slugs.Take(3))));
        }

        var successAt3 = ranks.Count(r => r.Rank is >= 1 and <= 3) / (double)ranks.Count;
        var mrr = ranks.Average(r => r.Rank == 0 ? 0 : 1.0 / r.Rank);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ranks.Count} queries: success@3 {successAt3:P1}, MRR {mrr:F3}"));
        foreach (var kind in ranks.GroupBy(r => r.Judgement.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {kind.Key,-13} {kind.Count(),3} queries  success@3 {kind.Count(r => r.Rank is >= 1 and <= 3) / (double)kind.Count():P0}  MRR {kind.Average(r => r.Rank == 0 ? 0 : 1.0 / r.Rank):F2}"));
        }

        var misses = ranks.Where(r => r.Rank is 0 or > 3).Select(r => $"  ”{r.Judgement.Query}” ({r.Judgement.Kommun ?? "-"}, {r.Judgement.Kind}): expected {r.Judgement.Expected[0]} at rank {(r.Rank == 0 ? "none" : r.Rank)}; top 3: {r.Top}").ToList();
        output.WriteLine($"Misses ({misses.Count}):\n{string.Join('\n', misses)}");

        Assert.True(successAt3 >= MinimumSuccessAt3 && mrr >= MinimumMeanReciprocalRank,
            string.Create(CultureInfo.InvariantCulture, $"success@3 {successAt3:P1} (bar {MinimumSuccessAt3:P0}), MRR {mrr:F3} (bar {MinimumMeanReciprocalRank:F2}).\n{string.Join('\n', misses)}"));
    }

    private static string SlugOf(string url)
    {
        var path = url.EndsWith("/lattlast", StringComparison.Ordinal) ? url[..^"/lattlast".Length] : url;
        return path[(path.LastIndexOf('/') + 1)..];
    }
}
