namespace Halsoportal.Dialog.Invitations;

/// <summary>A printable batch of invitation codes (for a meeting, or a mailing).</summary>
public sealed class InvitationBatch
{
    public int Id { get; set; }

    public int SurveyId { get; set; }

    /// <summary>The editor's name for the batch ("Stormöte Kramfors 12 mars").</summary>
    public string Label { get; set; } = "";

    public int Count { get; set; }

    /// <summary>Swedish date the batch was made.</summary>
    public DateOnly CreatedOn { get; set; }
}

/// <summary>
/// One invitation code, stored only as a hash salted with the survey. <see cref="Burned"/> is set
/// in the same transaction as the response it admitted; no column says which response, or when.
/// </summary>
public sealed class InvitationCode
{
    public int Id { get; set; }

    public int SurveyId { get; set; }

    public int BatchId { get; set; }

    /// <summary>SHA-256 of the survey id and the normalised code.</summary>
    public byte[] CodeHash { get; set; } = [];

    public bool Burned { get; set; }
}
