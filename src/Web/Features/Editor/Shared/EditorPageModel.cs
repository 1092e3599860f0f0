using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Halsoportal.Web.Features.Editor.Shared;

/// <summary>
/// Base of every backoffice page. <see cref="EditorAccessFilter"/> has loaded the signed-in
/// user's rights before the handler runs; pages pass <see cref="Access"/> to services, which
/// filter every read and check every write with it.
/// </summary>
public abstract class EditorPageModel : SitePageModel
{
    /// <summary>The signed-in user's rights. Never null inside a handler.</summary>
    public EditorAccess Access => HttpContext.Items[typeof(EditorAccess)] as EditorAccess
        ?? throw new InvalidOperationException("EditorAccessFilter did not run.");

    /// <summary>A confirmation from the previous action ("Artikeln är publicerad."), shown once.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Sets the title, prefixed with "Fel:" when the form has errors (accessibility.md item 9).</summary>
    protected void SetTitle(string title) =>
        Title = ModelState.IsValid ? title : $"Fel: {title}";

    /// <summary>
    /// The one way backoffice pages answer a service result: done → the notice and back to the page
    /// (Post-Redirect-Get); not found or forbidden → 404 or 403; a conflict or field errors → onto
    /// the form and null, so the page shows itself again with the user's input kept.
    /// </summary>
    /// <param name="result">The service's answer; null when model binding already failed.</param>
    /// <param name="done">The notice shown after the redirect.</param>
    /// <param name="routeValues">Route values of this page for the redirect.</param>
    /// <param name="onConflict">Receives the newer version number (the form's next save builds on it).</param>
    /// <param name="conflictMessage">What to say on a conflict, when the general sentence does not fit.</param>
    /// <param name="fieldKey">Where a field error goes; by default the form field <c>Input.{Field}</c>.</param>
    protected IActionResult? Outcome(EditResult? result, string done, object routeValues, Action<int>? onConflict = null, string? conflictMessage = null, Func<FieldError, string>? fieldKey = null)
    {
        switch (result?.Status)
        {
            case EditStatus.Done:
                Notice = done;
                return RedirectToPage(routeValues);
            case EditStatus.NotFound:
                return NotFound();
            case EditStatus.Forbidden:
                return Forbid();
            case EditStatus.Conflict:
                onConflict?.Invoke(result.Version);
                ModelState.AddModelError("", conflictMessage ?? $"Någon annan har sparat version {result.Version} under tiden. Din text finns kvar nedan; spara igen för att lägga den ovanpå.");
                return null;
            case EditStatus.Invalid when fieldKey is not null:
                foreach (var error in result.FieldErrors)
                {
                    ModelState.AddModelError(fieldKey(error), error.Message);
                }

                return null;
            case EditStatus.Invalid:
                ModelState.AddFieldErrors(result.FieldErrors);
                return null;
            default:
                return null;
        }
    }

    /// <summary>Adds a field error that the error summary links to.</summary>
    protected void AddError(string field, string message) => ModelState.AddModelError(field, message);

    /// <summary>The errors in field order, for the error summary.</summary>
    public IEnumerable<(string Field, string Message)> Errors =>
        ModelState.Where(e => e.Value?.ValidationState == ModelValidationState.Invalid)
            .SelectMany(e => e.Value!.Errors.Select(error => (e.Key, error.ErrorMessage)));
}
