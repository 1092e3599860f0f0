using System.Security.Claims;
using Halsoportal.Content.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Halsoportal.Web.Features.Editor.Account;

/// <summary>How a sign-in step ended. The pages turn it into one Swedish message each.</summary>
public enum EditorSignInStatus
{
    /// <summary>Signed in: a new server-side session exists.</summary>
    SignedIn,

    /// <summary>The password was right; the authenticator code comes next.</summary>
    RequiresCode,

    /// <summary>Wrong e-mail address, password or code — deliberately not which.</summary>
    Failed,

    /// <summary>Too many failures: locked for a while (said the same way for addresses without an account).</summary>
    LockedOut,

    /// <summary>The code step without a password step before it, or after it expired.</summary>
    NoPendingSignIn,
}

/// <summary>
/// Editor sign-in and sign-out on top of Identity's <see cref="SignInManager{TUser}"/>: the same
/// answer and the same work for unknown and disabled accounts, lockout, the second factor, and
/// an audit entry for every session that starts or ends.
/// </summary>
public sealed partial class EditorSignInService(
    SignInManager<EditorUser> signInManager,
    UnknownAccounts unknownAccounts,
    AccountService accounts,
    ILogger<EditorSignInService> logger)
{
    private UserManager<EditorUser> Users => signInManager.UserManager;

    /// <summary>The first step: e-mail address and password.</summary>
    public async Task<EditorSignInStatus> PasswordAsync(string email, string password, CancellationToken cancellationToken)
    {
        var user = await Users.FindByEmailAsync(email);
        if (user is null || user.DisabledAt is not null)
        {
            unknownAccounts.VerifyPassword(password);
            var locked = unknownAccounts.IsLockedOut(email) || unknownAccounts.RecordFailure(email);
            LogFailed(logger);
            return locked ? EditorSignInStatus.LockedOut : EditorSignInStatus.Failed;
        }

        if (await Users.IsLockedOutAsync(user))
        {
            // Identity answers a locked account without hashing; pay the same cost as every other answer.
            unknownAccounts.VerifyPassword(password);
            LogLockedOut(logger);
            return EditorSignInStatus.LockedOut;
        }

        var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return await MapAsync(result, user.Id, withSecondFactor: false, cancellationToken);
    }

    /// <summary>
    /// The second step: a six-digit authenticator code, or one of the recovery codes (each works once).
    /// </summary>
    public async Task<EditorSignInStatus> CodeAsync(string code, CancellationToken cancellationToken)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null || user.DisabledAt is not null)
        {
            return EditorSignInStatus.NoPendingSignIn;
        }

        if (await Users.IsLockedOutAsync(user))
        {
            // Checked here because Identity's recovery-code sign-in does not look at lockout at all.
            LogLockedOut(logger);
            return EditorSignInStatus.LockedOut;
        }

        var typed = new string([.. code.Where(c => !char.IsWhiteSpace(c) && c != '-')]).ToUpperInvariant();
        SignInResult result;
        if (typed.Length == 6 && typed.All(char.IsAsciiDigit))
        {
            result = await signInManager.TwoFactorAuthenticatorSignInAsync(typed, isPersistent: false, rememberClient: false);
        }
        else
        {
            // Identity stores recovery codes as "XXXXX-XXXXX"; people type them any which way.
            var recovery = typed.Length == 10 ? $"{typed[..5]}-{typed[5..]}" : typed;
            result = await signInManager.TwoFactorRecoveryCodeSignInAsync(recovery);
            if (!result.Succeeded && !result.IsLockedOut)
            {
                // A wrong recovery code counts like a wrong authenticator code (Identity does not count it).
                await Users.AccessFailedAsync(user);
                if (await Users.IsLockedOutAsync(user))
                {
                    result = SignInResult.LockedOut;
                }
            }
        }

        return await MapAsync(result, user.Id, withSecondFactor: true, cancellationToken);
    }

    /// <summary>True when the password step is done and the code step may show.</summary>
    public async Task<bool> HasPendingCodeStepAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is { DisabledAt: null };

    /// <summary>Ends the session on the server (the session row goes) and records it.</summary>
    public async Task SignOutAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var userId = Users.GetUserId(principal);
        await signInManager.SignOutAsync();
        if (userId is not null)
        {
            await accounts.RecordSignOutAsync(userId, cancellationToken);
            LogSignedOut(logger);
        }
    }

    /// <summary>
    /// Re-issues the signed-in user's ticket after their security stamp changed (two-step
    /// verification on or off), in the same session: otherwise the stamp check would end it.
    /// </summary>
    public async Task RefreshAsync(ClaimsPrincipal principal)
    {
        var user = await Users.GetUserAsync(principal);
        if (user is not null)
        {
            await signInManager.RefreshSignInAsync(user);
        }
    }

    private async Task<EditorSignInStatus> MapAsync(SignInResult result, string userId, bool withSecondFactor, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            await accounts.RecordSignInAsync(userId, withSecondFactor, cancellationToken);
            LogSignedIn(logger, withSecondFactor);
            return EditorSignInStatus.SignedIn;
        }

        if (result.RequiresTwoFactor)
        {
            return EditorSignInStatus.RequiresCode;
        }

        if (result.IsLockedOut)
        {
            LogLockedOut(logger);
            return EditorSignInStatus.LockedOut;
        }

        LogFailed(logger);
        return EditorSignInStatus.Failed;
    }

    // No e-mail addresses or ids in these lines: the audit log says who, the server log only what happened.
    [LoggerMessage(Level = LogLevel.Information, Message = "Editor sign-in failed.")]
    private static partial void LogFailed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Editor sign-in refused: locked after repeated failures.")]
    private static partial void LogLockedOut(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Editor signed in (second factor: {WithSecondFactor}).")]
    private static partial void LogSignedIn(ILogger logger, bool withSecondFactor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Editor signed out.")]
    private static partial void LogSignedOut(ILogger logger);
}
