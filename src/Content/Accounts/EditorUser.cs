using Microsoft.AspNetCore.Identity;

namespace Halsoportal.Content.Accounts;

/// <summary>
/// A person who works in the backoffice. Identity keeps the password hash, lockout and the
/// authenticator key; what they may do lives in <see cref="RoleGrant"/> rows, per kommun.
/// </summary>
public sealed class EditorUser : IdentityUser
{
    /// <summary>Shown in the audit log, version history and review comments.</summary>
    public required string DisplayName { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>UTC. A disabled account cannot log in and its sessions end at the next request.</summary>
    public DateTime? DisabledAt { get; set; }

    /// <summary>The 30-second step of the last authenticator code accepted; a code is never accepted twice.</summary>
    public long? LastTotpStep { get; set; }

    public List<RoleGrant> Grants { get; } = [];
}
