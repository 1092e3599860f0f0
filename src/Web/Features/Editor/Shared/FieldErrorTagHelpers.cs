using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Halsoportal.Web.Features.Editor.Shared;

/// <summary>
/// <c>&lt;field-error for="Input.Title" /&gt;</c>: the field's first error as a paragraph with the id
/// <c>Input_Title-fel</c>, placed between label and input (GOV.UK pattern). Renders nothing when the field is valid.
/// </summary>
[HtmlTargetElement("field-error", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    public string For { get; set; } = "";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var message = FieldErrors.Of(ViewContext, For);
        if (message is null)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "error-message");
        output.Attributes.SetAttribute("id", FieldErrors.MessageId(For));
        output.Content.AppendHtml("<span class=\"visually-hidden\">Fel: </span>").Append(message);
    }
}

/// <summary>
/// <c>error-for="Input.Title"</c> on an input, textarea or select: when the field has an error, adds the message's
/// id to <c>aria-describedby</c> (after any hint) and sets <c>aria-invalid</c>, so a screen reader reads the
/// error with the field (WCAG 1.3.1, 3.3.1).
/// </summary>
[HtmlTargetElement("input", Attributes = "error-for")]
[HtmlTargetElement("textarea", Attributes = "error-for")]
[HtmlTargetElement("select", Attributes = "error-for")]
public sealed class ErrorDescribedFieldTagHelper : TagHelper
{
    [HtmlAttributeName("error-for")]
    public string For { get; set; } = "";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (FieldErrors.Of(ViewContext, For) is null)
        {
            return;
        }

        var described = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? existing.Value?.ToString() : null;
        var ids = (described ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(FieldErrors.MessageId(For)).Distinct(StringComparer.Ordinal);
        output.Attributes.SetAttribute("aria-describedby", string.Join(' ', ids));
        output.Attributes.SetAttribute("aria-invalid", "true");
    }
}

/// <summary>The shared rules: which error a field shows and the id its message gets.</summary>
public static class FieldErrors
{
    /// <summary>The first error for <paramref name="key"/> (a ModelState key such as "Input.Title"), or null.</summary>
    public static string? Of(ViewContext viewContext, string key)
    {
        ArgumentNullException.ThrowIfNull(viewContext);
        return viewContext.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
    }

    /// <summary>"Input.Title" → "Input_Title-fel", matching the field's id "Input_Title" and the error summary's links.</summary>
    public static string MessageId(string key) => $"{TagBuilder.CreateSanitizedId(key, "_")}-fel";
}
