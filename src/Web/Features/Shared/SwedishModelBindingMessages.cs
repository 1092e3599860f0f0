using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Halsoportal.Web.Features.Shared;

/// <summary>
/// The messages model binding writes when a posted value cannot be turned into the field's type (a date, a number): in
/// Swedish, like every other message of the site, and without echoing what was typed. Until now they came out in English
/// ("The value 'x' is not valid for NextReview.") — found by the hostile-input run (issue 9).
/// </summary>
public static class SwedishModelBindingMessages
{
    public const string Invalid = "Värdet går inte att tolka. Skriv ett datum som 2026-11-23, en tid som 08:30 eller ett tal, beroende på fältet.";
    public const string Number = "Skriv ett tal med siffror, till exempel 12.";
    public const string Required = "Fyll i fältet.";

    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => Invalid);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => Invalid);
        messages.SetUnknownValueIsInvalidAccessor(_ => Invalid);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Invalid);
        messages.SetValueIsInvalidAccessor(_ => Invalid);
        messages.SetValueMustBeANumberAccessor(_ => Number);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => Number);
        messages.SetValueMustNotBeNullAccessor(_ => Required);
        messages.SetMissingBindRequiredValueAccessor(_ => Required);
        messages.SetMissingKeyOrValueAccessor(() => Required);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => Required);
    }
}
