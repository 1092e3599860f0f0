using Halsoportal.Content.ContactPoints.Editing;
using Halsoportal.Content.Editing;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Halsoportal.Web.Features.Editor.ContactPoints;

/// <summary>What the shared contact point fields show: the form and the types and services to choose from.</summary>
public sealed record ContactPointFieldsViewModel(ContactPointForm Form, ContactPointChoices Choices);

/// <summary>Puts a contact point form's problems onto ModelState, each at its input.</summary>
internal static class ContactPointFormErrors
{
    /// <summary>
    /// The inputs that could not be read, then the service's errors (from a save, or from a check of the rest of the
    /// form) mapped from the draft's property paths to the form's field names.
    /// </summary>
    public static void Apply(ModelStateDictionary modelState, ContactPointFormResult form, IEnumerable<FieldError> serviceErrors)
    {
        foreach (var error in form.Errors)
        {
            modelState.AddModelError(error.Field, error.Message);
        }

        foreach (var (key, message) in form.Merge(serviceErrors))
        {
            modelState.AddModelError(key, message);
        }
    }
}
