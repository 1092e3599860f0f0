using Halsoportal.Content.Editing;

namespace Halsoportal.Content.Accounts;

/// <summary>How an account action ended. Nothing in <see cref="AccountService"/> throws for these.</summary>
public enum AccountStatus
{
    /// <summary>Done and committed, with its audit entry.</summary>
    Done,

    /// <summary>There was nothing to do (the grant was already there, the account already disabled …); nothing was written.</summary>
    Unchanged,

    /// <summary>No account with that e-mail address or id.</summary>
    NotFound,

    /// <summary>The input has field errors; nothing was written.</summary>
    Invalid,

    /// <summary>Not allowed for this account (an administrator who tries to turn off two-step verification).</summary>
    Forbidden,
}

/// <summary>The outcome of an account action.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="UserId">The account acted on, when there is one.</param>
/// <param name="Errors">
/// For <see cref="AccountStatus.Invalid"/>: the field (<c>Email</c>, <c>DisplayName</c>,
/// <c>Password</c>, <c>Role</c>, <c>Kommun</c>, <c>Region</c>, <c>Code</c>) and, in Swedish, what is wrong.
/// </param>
/// <param name="RecoveryCodes">When two-step verification was turned on or renewed: the codes, to show once.</param>
/// <param name="Grant">For grant and revoke: the grant as resolved ("redaktör i Sundsvall").</param>
public sealed record AccountResult(
    AccountStatus Status,
    string? UserId = null,
    IReadOnlyList<FieldError>? Errors = null,
    IReadOnlyList<string>? RecoveryCodes = null,
    GrantRow? Grant = null)
{
    public IReadOnlyList<FieldError> FieldErrors => Errors ?? [];

    public bool Succeeded => Status is AccountStatus.Done or AccountStatus.Unchanged;

    public static AccountResult NotFound { get; } = new(AccountStatus.NotFound);

    public static AccountResult Invalid(params FieldError[] errors) => new(AccountStatus.Invalid, Errors: errors);

    public static AccountResult Invalid(IReadOnlyList<FieldError> errors) => new(AccountStatus.Invalid, Errors: errors);
}

/// <summary>
/// Who performs an account action, as the audit log names them. The operator verbs act as
/// <see cref="Operator"/>; a backoffice page acts as the signed-in user.
/// </summary>
public sealed record AccountActor(string? UserId, string Name)
{
    /// <summary>The operator at the command line (<see cref="AuditEntry.OperatorName"/>).</summary>
    public static AccountActor Operator { get; } = new(null, AuditEntry.OperatorName);

    /// <summary>A signed-in user acting on their own account or as an administrator.</summary>
    public static AccountActor Of(EditorAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return new(access.UserId, access.DisplayName);
    }
}

/// <summary>A new account. The password is checked against the Identity password policy and never stored in clear.</summary>
public sealed record NewEditorUser(string? Email, string? DisplayName, string? Password);

/// <summary>
/// A role to grant or revoke. <see cref="Kommun"/> is an SCB code ("2281"), a name or a slug
/// ("Sundsvall", "ornskoldsvik") for <see cref="EditorRole.Editor"/> and
/// <see cref="EditorRole.Publisher"/>; <see cref="Region"/> a länskod ("22") or a name
/// ("Västernorrland", "Region Västernorrland") for <see cref="EditorRole.RegionAdmin"/>.
/// </summary>
public sealed record RoleChange(string? Email, EditorRole Role, string? Kommun = null, string? Region = null);

/// <summary>One grant as people read it: the role and the place's name.</summary>
public sealed record GrantRow(EditorRole Role, string? KommunCode, string? RegionCode, string PlaceName)
{
    /// <summary>"redaktör i Sundsvall", "regionadministratör i Västernorrlands län", "systemadministratör".</summary>
    public string Describe() => KommunCode is null && RegionCode is null
        ? EditorRoles.Name(Role)
        : $"{EditorRoles.Name(Role)} i {PlaceName}";
}

/// <summary>An account with its grants, for the user list and the account page.</summary>
public sealed record EditorUserRow(
    string Id,
    string DisplayName,
    string Email,
    IReadOnlyList<GrantRow> Grants,
    bool TwoFactorEnabled,
    DateTime CreatedAt,
    DateTime? DisabledAt)
{
    /// <summary>Holds a role that requires two-step verification.</summary>
    public bool IsAdministrator => Grants.Any(g => EditorRoles.IsAdministrator(g.Role));
}

/// <summary>
/// What the two-step set-up page shows. <see cref="SharedKey"/> is null until the user has
/// asked for a key (creating one changes state, so it is a POST, never a GET).
/// </summary>
public sealed record AuthenticatorSetup(bool Enabled, string Email, string? SharedKey, string? AuthenticatorUri, int RecoveryCodesLeft)
{
    /// <summary>The key in groups of four, lower case, the way authenticator apps ask for it.</summary>
    public string? FormattedKey => SharedKey is null ? null : FormatKey(SharedKey);

    /// <summary>"ABCDEFGH…" → "abcd efgh …".</summary>
    public static string FormatKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var lower = key.ToLowerInvariant();
        return string.Join(' ', Enumerable.Range(0, (lower.Length + 3) / 4).Select(i => lower.Substring(i * 4, Math.Min(4, lower.Length - (i * 4)))));
    }
}
