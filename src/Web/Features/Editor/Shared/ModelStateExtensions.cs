using Halsoportal.Content.Editing;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Halsoportal.Web.Features.Editor.Shared;

/// <summary>Maps service field errors onto the form's fields.</summary>
internal static class ModelStateExtensions
{
    /// <summary>Adds each error under <paramref name="prefix"/>.Field, so the summary links to the right input.</summary>
    public static void AddFieldErrors(this ModelStateDictionary modelState, IEnumerable<FieldError> errors, string prefix = "Input")
    {
        foreach (var error in errors)
        {
            var field = error.Field switch
            {
                "" => "",
                nameof(ArticleDraft.Terms) => Join(prefix, "Topics"),
                _ => Join(prefix, error.Field),
            };
            modelState.AddModelError(field, error.Message);
        }
    }

    private static string Join(string prefix, string field) => prefix.Length == 0 ? field : $"{prefix}.{field}";
}
