using System.Globalization;

namespace Halsoportal.Dialog.Surveys;

/// <summary>
/// One text of a survey in another language than Swedish: the title, the purpose, the privacy notice, a question's
/// text, hint or scale end, or an option's label (see <see cref="SurveyTranslations"/> for the keys). Answers never
/// refer to these: an option answered in Finnish is the same option, with the same id, as in Swedish.
/// </summary>
public sealed class SurveyTranslationText
{
    public int SurveyId { get; set; }

    /// <summary>BCP 47 code of the language ("fi", "yi"); which codes exist is the web layer's list.</summary>
    public string Language { get; set; } = "";

    /// <summary>Which text: <c>title</c>, <c>purpose</c>, <c>privacy</c>, <c>q12</c>, <c>q12:hint</c>, <c>q12:min</c>, <c>q12:max</c>, <c>o41</c>.</summary>
    public string Key { get; set; } = "";

    public string Text { get; set; } = "";
}

/// <summary>What a text is, for the editor's form.</summary>
public enum TranslatableTextKind
{
    Title,
    Purpose,
    PrivacyNotice,
    Question,
    Hint,
    ScaleMinLabel,
    ScaleMaxLabel,
    Option,
}

/// <summary>One Swedish text a resident reads, which a complete translation must have.</summary>
/// <param name="Key">The key its translations are stored under.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Source">The Swedish text.</param>
/// <param name="MaxLength">The longest translation accepted (the Swedish field's limit).</param>
/// <param name="Question">The question it belongs to (null for the survey's own texts).</param>
public sealed record TranslatableText(string Key, TranslatableTextKind Kind, string Source, int MaxLength, Question? Question);

/// <summary>
/// The texts of a survey that a translation covers, and a survey seen in one of its languages. A translation is shown
/// to residents only when it is complete: every text the Swedish survey has now is translated (a question added
/// later makes it incomplete again until that question is translated too).
/// </summary>
public static class SurveyTranslations
{
    public const string TitleKey = "title";

    public const string PurposeKey = "purpose";

    public const string PrivacyKey = "privacy";

    /// <summary>The longest language code stored.</summary>
    public const int MaxLanguageLength = 8;

    /// <summary>Every text a translation of <paramref name="survey"/> needs, in reading order.</summary>
    public static IReadOnlyList<TranslatableText> Texts(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var texts = new List<TranslatableText>
        {
            new(TitleKey, TranslatableTextKind.Title, survey.Title, 200, null),
            new(PurposeKey, TranslatableTextKind.Purpose, survey.Purpose, 4000, null),
            new(PrivacyKey, TranslatableTextKind.PrivacyNotice, survey.PrivacyNotice, 8000, null),
        };
        foreach (var question in survey.Questions.OrderBy(q => q.Order))
        {
            texts.Add(new(QuestionKey(question.Id), TranslatableTextKind.Question, question.Text, 1000, question));
            if (!string.IsNullOrWhiteSpace(question.Hint))
            {
                texts.Add(new(QuestionKey(question.Id) + ":hint", TranslatableTextKind.Hint, question.Hint, 1000, question));
            }

            if (question.UsesScale && !string.IsNullOrWhiteSpace(question.ScaleMinLabel))
            {
                texts.Add(new(QuestionKey(question.Id) + ":min", TranslatableTextKind.ScaleMinLabel, question.ScaleMinLabel, 100, question));
            }

            if (question.UsesScale && !string.IsNullOrWhiteSpace(question.ScaleMaxLabel))
            {
                texts.Add(new(QuestionKey(question.Id) + ":max", TranslatableTextKind.ScaleMaxLabel, question.ScaleMaxLabel, 100, question));
            }

            foreach (var option in question.Options.OrderBy(o => o.Order))
            {
                texts.Add(new(OptionKey(option.Id), TranslatableTextKind.Option, option.Text, 500, question));
            }
        }

        return texts;
    }

    /// <summary>The languages the survey has any translated text in, complete or not, in code order.</summary>
    public static IReadOnlyList<string> Languages(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return [.. survey.Translations.Select(t => t.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The translated texts of one language by key (blank ones left out).</summary>
    public static IReadOnlyDictionary<string, string> TextsIn(Survey survey, string language)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return survey.Translations.Where(t => t.Language == language && !string.IsNullOrWhiteSpace(t.Text))
            .ToDictionary(t => t.Key, t => t.Text, StringComparer.Ordinal);
    }

    /// <summary>How many of the survey's texts the language still lacks (0: complete, shown to residents).</summary>
    public static int MissingCount(Survey survey, string language)
    {
        var translated = TextsIn(survey, language);
        return Texts(survey).Count(t => !translated.ContainsKey(t.Key));
    }

    /// <summary>True when every text of the survey is translated into <paramref name="language"/>.</summary>
    public static bool IsComplete(Survey survey, string language) =>
        survey.Translations.Any(t => t.Language == language) && MissingCount(survey, language) == 0;

    /// <summary>The languages residents may answer in besides Swedish: the complete translations, in code order.</summary>
    public static IReadOnlyList<string> CompleteLanguages(Survey survey) => [.. Languages(survey).Where(l => IsComplete(survey, l))];

    /// <summary>
    /// A copy of the survey with its texts in <paramref name="language"/>; null when that translation is not complete.
    /// Ids, types, limits and conditions are the Swedish survey's, so answers to the copy are answers to the survey.
    /// The timeline and kommuner are shared with the original (they are not translated).
    /// </summary>
    public static Survey? Localize(Survey survey, string language)
    {
        ArgumentNullException.ThrowIfNull(survey);
        if (!IsComplete(survey, language))
        {
            return null;
        }

        var texts = TextsIn(survey, language);
        return new Survey
        {
            Id = survey.Id,
            Slug = survey.Slug,
            Title = texts[TitleKey],
            Purpose = texts[PurposeKey],
            PrivacyNotice = texts[PrivacyKey],
            OpensAt = survey.OpensAt,
            ClosesAt = survey.ClosesAt,
            Mode = survey.Mode,
            RetentionDays = survey.RetentionDays,
            LiveResults = survey.LiveResults,
            SuppressionThreshold = survey.SuppressionThreshold,
            ResultsPublishedFrom = survey.ResultsPublishedFrom,
            AnswersDeletedOn = survey.AnswersDeletedOn,
            Version = survey.Version,
            Kommuner = survey.Kommuner,
            Timeline = survey.Timeline,
            Translations = survey.Translations,
            Questions = [.. survey.Questions.Select(q => new Question
            {
                Id = q.Id,
                SurveyId = q.SurveyId,
                Order = q.Order,
                Type = q.Type,
                Text = texts[QuestionKey(q.Id)],
                Hint = string.IsNullOrWhiteSpace(q.Hint) ? q.Hint : texts[QuestionKey(q.Id) + ":hint"],
                Required = q.Required,
                IsBackground = q.IsBackground,
                PublishedInResults = q.PublishedInResults,
                MaxChoices = q.MaxChoices,
                ScaleMin = q.ScaleMin,
                ScaleMax = q.ScaleMax,
                ScaleMinLabel = q.UsesScale && !string.IsNullOrWhiteSpace(q.ScaleMinLabel) ? texts[QuestionKey(q.Id) + ":min"] : q.ScaleMinLabel,
                ScaleMaxLabel = q.UsesScale && !string.IsNullOrWhiteSpace(q.ScaleMaxLabel) ? texts[QuestionKey(q.Id) + ":max"] : q.ScaleMaxLabel,
                MaxLength = q.MaxLength,
                ShowWhenQuestionId = q.ShowWhenQuestionId,
                ShowWhenOptionId = q.ShowWhenOptionId,
                Options = [.. q.Options.Select(o => new QuestionOption { Id = o.Id, QuestionId = o.QuestionId, Order = o.Order, Text = texts[OptionKey(o.Id)] })],
            })],
        };
    }

    /// <summary>The key of a question's text.</summary>
    public static string QuestionKey(int questionId) => "q" + questionId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The key of an option's label.</summary>
    public static string OptionKey(int optionId) => "o" + optionId.ToString(CultureInfo.InvariantCulture);
}
