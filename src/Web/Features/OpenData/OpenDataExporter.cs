using System.Text.Json;
using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.Kommuner;
using Halsoportal.Dialog.Results;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Api;
using Halsoportal.Web.Features.Dialog;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Halsoportal.Web.Features.OpenData;

/// <summary>
/// Writes the open-data files from what is published now: the same DTOs as the API, and dialog results through the
/// public results code path (<see cref="ResultsService.GetPublicAsync"/>), so the files never show more than the site.
/// </summary>
public sealed class OpenDataExporter(
    OpenDataFiles files,
    ContactPointFinder finder,
    KommunService kommuner,
    SurveyService surveys,
    ResultsService results,
    IOptions<OpenDataOptions> options,
    IOptions<HttpJsonOptions> jsonOptions,
    TimeProvider time)
{
    private readonly JsonSerializerOptions _json = new(jsonOptions.Value.SerializerOptions) { WriteIndented = true };

    /// <summary>Writes every file; each one replaces its old version at once.</summary>
    public async Task ExportAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var licence = new LicenceDto(options.Value.Licence.Name, options.Value.Licence.Url);

        var points = (await finder.ListPublishedAsync(null, null, cancellationToken))
            .Select(p => ContactPointDto.From(ContactPointFinder.At(p, now), now, state: false))
            .ToList();
        await files.WriteAsync(OpenDataFiles.ContactPointsJson, (stream, token) =>
            JsonSerializer.SerializeAsync(stream, new ContactPointsFile(now, licence, points.Count, points), _json, token), now, cancellationToken);
        await files.WriteAsync(OpenDataFiles.ContactPointsCsv, (stream, token) =>
            ContactPointCsv.WriteAsync(stream, points, jsonOptions.Value.SerializerOptions, token), now, cancellationToken);

        var dialogs = await DialogResultsAsync(now.UtcDateTime, cancellationToken);
        await files.WriteAsync(OpenDataFiles.DialogResultsJson, (stream, token) =>
            JsonSerializer.SerializeAsync(stream, new DialogResultsFile(now, licence, dialogs), _json, token), now, cancellationToken);
    }

    private async Task<List<DialogResultsEntry>> DialogResultsAsync(DateTime now, CancellationToken cancellationToken)
    {
        var places = (await kommuner.ListByRegionAsync(cancellationToken)).SelectMany(r => r.Kommuner).ToDictionary(k => k.Code, StringComparer.Ordinal);
        var entries = new List<DialogResultsEntry>();
        foreach (var survey in DialogStage.Public(await surveys.ListAsync(null, cancellationToken), now).Where(s => DialogStage.ResultsPublished(s, now)))
        {
            var overall = await results.GetPublicAsync(survey.Id, null, cancellationToken);
            if (overall.Status != ResultsStatus.Available)
            {
                continue;
            }

            var breakdowns = new List<DialogResultsDto>();
            foreach (var question in survey.Questions.Where(q => q.IsBackground && q.PublishedInResults).OrderBy(q => q.Order))
            {
                var broken = await results.GetPublicAsync(survey.Id, question.Id, cancellationToken);
                if (broken.Status == ResultsStatus.Available)
                {
                    breakdowns.Add(DialogResultsDto.From(broken.Results!));
                }
            }

            entries.Add(new DialogResultsEntry(DialogDto.From(survey, now, places), DialogResultsDto.From(overall.Results!), breakdowns));
        }

        return entries;
    }
}
