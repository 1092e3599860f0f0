using System.ComponentModel;
using Halsoportal.Content.Kommuner;
using Halsoportal.Dialog;
using Halsoportal.Dialog.Results;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Dialog;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Api;

/// <summary>
/// <c>GET /api/v1/dialogs</c>, <c>/dialogs/{id}</c> and <c>/dialogs/{id}/results</c>: the public medborgardialoger
/// (those that have opened) and their published results, through the same code path and small-group suppression as
/// the site's results page.
/// </summary>
internal static class DialogsApi
{
    private const string Tag = "Medborgardialoger / Dialogs";

    /// <summary>The query parameters of <c>/api/v1/dialogs</c>.</summary>
    internal sealed record ListParameters(
        [property: FromQuery(Name = "municipality"), Description("Kommunens slug eller kommunkod / municipality slug or SCB code")] string? Municipality,
        [property: FromQuery(Name = "stage"), Description("open, analysing, decided eller done; flera = något av dem / several = any of them")] string? Stage,
        [property: FromQuery(Name = "page"), Description("1 …")] string? Page,
        [property: FromQuery(Name = "pageSize"), Description("1–100, standard 20")] string? PageSize);

    /// <summary>The query parameters of <c>/api/v1/dialogs/{id}/results</c>.</summary>
    internal sealed record ResultsParameters(
        [property: FromQuery(Name = "breakdown"), Description("Dela upp efter en publicerad bakgrundsfråga (dess id) / break down by a published background question (its id)")] string? Breakdown);

    public static RouteGroupBuilder MapDialogsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/dialogs", ListAsync).WithName("ListDialogs").WithTags(Tag)
            .WithSummary("Medborgardialoger som har öppnat, nyaste först / Dialogs that have opened, newest first");
        api.MapGet("/dialogs/{id:int}", GetAsync).WithName("GetDialog").WithTags(Tag).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("En medborgardialog med återkoppling / One dialog with its follow-up timeline");
        api.MapGet("/dialogs/{id:int}/results", ResultsAsync).WithName("GetDialogResults").WithTags(Tag).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Publicerade resultat, små grupper dolda / Published results, small groups hidden");
        return api;
    }

    private static async Task<Results<ApiJson<ApiPage<DialogDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListParameters parameters, HttpRequest request, KommunService kommuner, SurveyService surveys, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = ApiQuery.For<ListParameters>(request);
        var paging = Paging.Read(query);
        var kommun = await query.KommunAsync("municipality", kommuner, cancellationToken);
        var stages = query.AllOf("stage", [.. DialogDto.Stages.Keys]).Select(s => DialogDto.Stages[s]).ToHashSet();
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var places = await KommunerAsync(kommuner, cancellationToken);
        var dialogs = DialogStage.Public(await surveys.ListAsync(kommun?.Code, cancellationToken), now)
            .Where(s => stages.Count == 0 || stages.Contains(DialogStage.Of(s, now)))
            .ToList();
        var page = paging.Of(dialogs);
        return ApiJson.Ok(new ApiPage<DialogDto>([.. page.Items.Select(s => DialogDto.From(s, now, places))], page.Page, page.PageSize, page.TotalItems));
    }

    private static async Task<Results<ApiJson<DialogDto>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [Description("Stabilt id / stable id")] int id, HttpRequest request, KommunService kommuner, SurveyService surveys, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = ApiQuery.For(request);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var now = time.GetUtcNow().UtcDateTime;
        return await OpenedAsync(surveys, id, now, cancellationToken) is { } survey
            ? ApiJson.Ok(DialogDto.From(survey, now, await KommunerAsync(kommuner, cancellationToken)))
            : NoSuchDialog(id);
    }

    private static async Task<Results<ApiJson<DialogResultsDto>, ValidationProblem, ProblemHttpResult>> ResultsAsync(
        [Description("Stabilt id / stable id")] int id, [AsParameters] ResultsParameters parameters, HttpRequest request, SurveyService surveys, ResultsService results, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = ApiQuery.For<ResultsParameters>(request);
        var breakdown = query.WholeNumber("breakdown", 0, 1, int.MaxValue);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (await OpenedAsync(surveys, id, now, cancellationToken) is not { } survey)
        {
            return NoSuchDialog(id);
        }

        if (!DialogStage.ResultsPublished(survey, now))
        {
            return NotPublished(survey, now);
        }

        var answer = await results.GetPublicAsync(id, breakdown == 0 ? null : breakdown, cancellationToken);
        switch (answer.Status)
        {
            case ResultsStatus.Available:
                return ApiJson.Ok(DialogResultsDto.From(answer.Results!));
            case ResultsStatus.UnknownBreakdown:
                query.Fail("breakdown", $"Dialogen har ingen publicerad bakgrundsfråga med id {breakdown}.", "Not a published background question of this dialog.");
                return query.Problem();
            case ResultsStatus.NotYetAvailable:
                return NotPublished(survey, now);
            default:
                return NoSuchDialog(id);
        }
    }

    /// <summary>The survey, when it has opened: before that it is not public, here as on the site.</summary>
    private static async Task<Survey?> OpenedAsync(SurveyService surveys, int id, DateTime now, CancellationToken cancellationToken) =>
        await surveys.GetAsync(id, cancellationToken) is { } survey && survey.OpensAt <= now ? survey : null;

    private static ProblemHttpResult NoSuchDialog(int id) =>
        ApiProblems.NotFound($"Det finns ingen publicerad medborgardialog med id {id}.", "No public dialog has this id.");

    private static ProblemHttpResult NotPublished(Survey survey, DateTime now) =>
        DialogStage.ResultsFrom(survey) is var publishedFrom && publishedFrom > now
            ? ApiProblems.NotFound($"Resultaten är inte publicerade ännu. De publiceras {SwedishTime.Format(publishedFrom)}.", "The results are not published yet.")
            : ApiProblems.NotFound("Dialogen har inga publicerade resultat.", "This dialog publishes no results.");

    private static async Task<Dictionary<string, KommunRef>> KommunerAsync(KommunService kommuner, CancellationToken cancellationToken) =>
        (await kommuner.ListByRegionAsync(cancellationToken)).SelectMany(r => r.Kommuner).ToDictionary(k => k.Code, StringComparer.Ordinal);
}
