using System.ComponentModel.DataAnnotations;

namespace Halsoportal.Web.Features.Editor.Account;

/// <summary>Editor sign-in settings (<c>Halsoportal:Editors</c>).</summary>
internal sealed class EditorSignInOptions
{
    public const string SectionName = "Halsoportal:Editors";

    /// <summary>
    /// Sign-in attempts (password or code) each client address may post per minute before it
    /// gets 429. Lockout protects each account; this protects against one address trying many.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "Halsoportal:Editors:LoginAttemptsPerMinute ska vara ett heltal från 1 till 100000.")]
    public int LoginAttemptsPerMinute { get; set; } = 10;
}
