using Halsoportal.Content.Accounts;
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

    /// <summary>Adds a field error that the error summary links to.</summary>
    protected void AddError(string field, string message) => ModelState.AddModelError(field, message);

    /// <summary>The errors in field order, for the error summary.</summary>
    public IEnumerable<(string Field, string Message)> Errors =>
        ModelState.Where(e => e.Value?.ValidationState == ModelValidationState.Invalid)
            .SelectMany(e => e.Value!.Errors.Select(error => (e.Key, error.ErrorMessage)));
}
