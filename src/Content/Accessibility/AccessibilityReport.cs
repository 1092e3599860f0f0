namespace Halsoportal.Content.Accessibility;

/// <summary>
/// A resident's report of an accessibility problem ("Rapportera brist i tillgänglighet"). Holds what the
/// resident wrote and, only if they chose to give it, how to answer them; never an address, user agent or
/// account. Administrators read it in the backoffice and mark it handled.
/// </summary>
public sealed class AccessibilityReport
{
    public int Id { get; set; }

    /// <summary>The ärendenummer shown on the receipt: random, so it reveals nothing about other reports.</summary>
    public required string Reference { get; init; }

    /// <summary>UTC.</summary>
    public DateTime ReceivedAt { get; init; }

    /// <summary>Which page or part of the site, as the resident put it.</summary>
    public string? Where { get; init; }

    /// <summary>What did not work.</summary>
    public required string Description { get; init; }

    /// <summary>The resident's name, if given.</summary>
    public string? Name { get; init; }

    /// <summary>An e-mail address for the answer, if given.</summary>
    public string? Email { get; init; }

    /// <summary>UTC; null until an administrator marks the report handled.</summary>
    public DateTime? HandledAt { get; set; }

    public string? HandledBy { get; set; }
}
