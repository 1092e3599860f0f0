using System.Collections.Concurrent;
using Halsoportal.Dialog.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Halsoportal.Dialog.Surveys;

/// <summary>
/// Survey definitions (questions and options) for the submission engine, cached for
/// <see cref="DialogOptions.SurveyCacheSeconds"/> so a thousand submissions a second do not
/// each read the survey. Editors' changes call <see cref="Invalidate"/>; other nodes see them
/// within the cache time.
/// </summary>
public sealed class SurveyCatalog(IDbContextFactory<DialogDbContext> contexts, TimeProvider time, IOptions<DialogOptions> options)
{
    private readonly ConcurrentDictionary<int, (Survey? Survey, long LoadedAt)> _cache = new();

    /// <summary>The survey with its questions and options, read-only; null when there is none.</summary>
    public async Task<Survey?> GetAsync(int surveyId, CancellationToken cancellationToken)
    {
        var ttl = TimeSpan.FromSeconds(options.Value.SurveyCacheSeconds);
        if (_cache.TryGetValue(surveyId, out var cached) && time.GetElapsedTime(cached.LoadedAt) < ttl)
        {
            return cached.Survey;
        }

        var loadedAt = time.GetTimestamp();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.AsNoTracking()
            .Include(s => s.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is not null)
        {
            survey.Questions.Sort((a, b) => a.Order.CompareTo(b.Order));
            foreach (var question in survey.Questions)
            {
                question.Options.Sort((a, b) => a.Order.CompareTo(b.Order));
            }
        }

        _cache[surveyId] = (survey, loadedAt);
        return survey;
    }

    /// <summary>Forgets a survey so the next submission reads it anew.</summary>
    public void Invalidate(int surveyId) => _cache.TryRemove(surveyId, out _);
}
