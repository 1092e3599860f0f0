namespace Halsoportal.Dialog.Surveys;

/// <summary>How people take part in a survey.</summary>
public enum ParticipationMode
{
    /// <summary>Anyone may answer (the web layer rate-limits).</summary>
    Open = 0,

    /// <summary>Every answer burns a one-time printed invitation code.</summary>
    Invitation = 1,
}

/// <summary>
/// A medborgardialog survey: what it asks, when, of whom, and what came of it. Times are UTC;
/// people see and enter them as Swedish local time.
/// </summary>
public sealed class Survey
{
    public int Id { get; set; }

    /// <summary>URL segment, unique across the install (<c>/{kommun}/dialog/{slug}</c>).</summary>
    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>Why the kommun asks: shown before the first question.</summary>
    public string Purpose { get; set; } = "";

    /// <summary>What is stored, for how long and why (required).</summary>
    public string PrivacyNotice { get; set; } = "";

    /// <summary>First moment answers are accepted (UTC).</summary>
    public DateTime OpensAt { get; set; }

    /// <summary>Answers are accepted strictly before this moment (UTC).</summary>
    public DateTime ClosesAt { get; set; }

    public ParticipationMode Mode { get; set; }

    /// <summary>Answers are deleted this many days after <see cref="ClosesAt"/>; aggregated results stay.</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>Editors may see results while the survey is open (otherwise only after close).</summary>
    public bool LiveResults { get; set; }

    /// <summary>Groups with fewer respondents than this are hidden in results (default 5).</summary>
    public int SuppressionThreshold { get; set; } = 5;

    /// <summary>When the public results page shows the published questions (UTC); null means at close.</summary>
    public DateTime? ResultsPublishedFrom { get; set; }

    /// <summary>Swedish date the retention job deleted the answers; results come from the snapshot since then.</summary>
    public DateOnly? AnswersDeletedOn { get; set; }

    /// <summary>
    /// Concurrency token: raised by every editor change, so a save built on an older reading is
    /// refused instead of silently overwriting someone else's change.
    /// </summary>
    public int Version { get; set; }

    public List<SurveyKommun> Kommuner { get; set; } = [];

    public List<Question> Questions { get; set; } = [];

    public List<SurveyStatusEntry> Timeline { get; set; } = [];

    /// <summary>The survey's texts in other languages (see <see cref="SurveyTranslations"/>).</summary>
    public List<SurveyTranslationText> Translations { get; set; } = [];

    /// <summary>True when answers are accepted at <paramref name="now"/>.</summary>
    public bool IsOpenAt(DateTime now) => now >= OpensAt && now < ClosesAt;

    /// <summary>The moment the answers are due for deletion.</summary>
    public DateTime RetentionEndsAt => ClosesAt.AddDays(RetentionDays);
}

/// <summary>A kommun the survey belongs to (SCB code); a survey has one or more.</summary>
public sealed class SurveyKommun
{
    public int SurveyId { get; set; }

    public string KommunCode { get; set; } = "";
}

/// <summary>The återkoppling stages, in order.</summary>
public enum SurveyStage
{
    /// <summary>Öppen: answers are being collected.</summary>
    Open = 0,

    /// <summary>Analyseras: closed, the kommun works through the answers.</summary>
    Analysing = 1,

    /// <summary>Beslut: a decision was taken.</summary>
    Decided = 2,

    /// <summary>Genomfört: the decision was carried out.</summary>
    Implemented = 3,
}

/// <summary>One dated entry of the public status timeline (öppen → analyseras → beslut → genomfört).</summary>
public sealed class SurveyStatusEntry
{
    public int Id { get; set; }

    public int SurveyId { get; set; }

    public SurveyStage Stage { get; set; }

    /// <summary>Swedish date of the entry.</summary>
    public DateOnly Date { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Plain-language summary.</summary>
    public string Text { get; set; } = "";

    /// <summary>Optional link to the decision (protocol, decision page).</summary>
    public string? DecisionUrl { get; set; }
}
