using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Shared;

namespace Halsoportal.Web.Features.Dialog;

/// <summary>Where a dialog stands for residents: open, or the latest återkoppling stage after close.</summary>
public static class DialogStage
{
    /// <summary>The stage at <paramref name="now"/>: Open while answers are taken, otherwise the timeline's latest (at least Analysing).</summary>
    public static SurveyStage Of(Survey survey, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(survey);
        if (survey.IsOpenAt(now))
        {
            return SurveyStage.Open;
        }

        var latest = survey.Timeline.Select(t => t.Stage).DefaultIfEmpty(SurveyStage.Analysing).Max();
        return latest == SurveyStage.Open ? SurveyStage.Analysing : latest;
    }

    /// <summary>The stage's Swedish name.</summary>
    public static string Name(SurveyStage stage) => stage switch
    {
        SurveyStage.Open => "Öppen",
        SurveyStage.Analysing => "Analyseras",
        SurveyStage.Decided => "Beslut",
        _ => "Genomfört",
    };

    /// <summary>The stage's name in the page's interface language (Swedish unless English).</summary>
    public static string Name(SurveyStage stage, ChromeText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[stage switch
        {
            SurveyStage.Open => "DialogStageOpen",
            SurveyStage.Analysing => "DialogStageAnalysing",
            SurveyStage.Decided => "DialogStageDecided",
            _ => "DialogStageImplemented",
        }];
    }

    /// <summary>Who may answer, in the page's interface language.</summary>
    public static string WhoMayAnswer(Survey survey, ChromeText text)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(text);
        return text[survey.Mode == ParticipationMode.Open ? "DialogWhoOpen" : "DialogWhoInvitation"];
    }

    /// <summary>Who may answer, as the dialog's page says it.</summary>
    public static string WhoMayAnswer(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return survey.Mode == ParticipationMode.Open ? "Alla som vill." : "Du som har fått en kod på ett kort eller i ett brev från kommunen.";
    }

    /// <summary>From when the public results page shows results: the publication date, never before close.</summary>
    public static DateTime ResultsFrom(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return survey.ResultsPublishedFrom is { } published && published > survey.ClosesAt ? published : survey.ClosesAt;
    }

    /// <summary>True when the public results are out at <paramref name="now"/> and at least one question is published in them.</summary>
    public static bool ResultsPublished(Survey survey, DateTime now) =>
        now >= ResultsFrom(survey) && survey.Questions.Any(q => q.PublishedInResults);

    /// <summary>The public part of a kommun's dialogs: the ones that have opened.</summary>
    public static IEnumerable<Survey> Public(IEnumerable<Survey> surveys, DateTime now) => surveys.Where(s => s.OpensAt <= now);
}
