namespace Halsoportal.Web.Features.Editor.Account;

/// <summary>
/// Marks the backoffice pages an administrator may use before two-step verification is on:
/// the account page and the set-up page. Every other page sends them to the set-up page
/// (see <see cref="Shared.EditorAccessFilter"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class AllowWithoutTwoFactorAttribute : Attribute;
