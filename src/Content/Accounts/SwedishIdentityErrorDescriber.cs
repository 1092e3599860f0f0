using Microsoft.AspNetCore.Identity;

namespace Halsoportal.Content.Accounts;

/// <summary>
/// Identity's validation messages in Swedish, so the password policy speaks the same language
/// as the rest of the backoffice and the operator verbs.
/// </summary>
public sealed class SwedishIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Något gick fel. Försök igen.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Kontot ändrades av någon annan samtidigt. Försök igen.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Lösenordet stämmer inte.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Koden stämmer inte.");

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "Reservkoden stämmer inte.");

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "Inloggningen är redan kopplad till ett konto.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"”{userName}” går inte att använda: e-postadressen får bara innehålla bokstäverna a–z, siffror och tecknen - . _ @ +.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"”{email}” är inte en giltig e-postadress.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Det finns redan ett konto för {userName}.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Det finns redan ett konto för {email}.");

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), $"”{role}” är inte ett giltigt rollnamn.");

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"Rollen {role} finns redan.");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Kontot har redan ett lösenord.");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Spärr efter misslyckade inloggningar är inte påslagen för kontot.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"Kontot har redan rollen {role}.");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"Kontot har inte rollen {role}.");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Lösenordet måste ha minst {length} tecken.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Lösenordet måste innehålla minst {uniqueChars} olika tecken.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Lösenordet måste innehålla minst ett tecken som inte är en bokstav eller siffra.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Lösenordet måste innehålla minst en siffra (0–9).");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Lösenordet måste innehålla minst en liten bokstav (a–z).");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Lösenordet måste innehålla minst en stor bokstav (A–Z).");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
