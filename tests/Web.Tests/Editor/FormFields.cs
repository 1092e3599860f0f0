using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>
/// The fields a browser would submit from a form on a page: text inputs, textareas, selects, checked boxes and radios
/// (not the antiforgery token, which <see cref="EditorClient.PostFormAsync"/> adds, nor buttons). Tests change a few
/// and post the rest as they came, so a form round-trips exactly as an editor would send it.
/// </summary>
internal sealed class FormFields
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private FormFields(List<KeyValuePair<string, string>> fields) => _fields = fields;

    /// <summary>The form that holds the field named <paramref name="fieldName"/> (the first, if several).</summary>
    public static FormFields Of(IDocument document, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(document);
        var form = document.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .FirstOrDefault(f => f.QuerySelector($"[name='{fieldName}']") is not null);
        Assert.True(form is not null, $"No form with a field named {fieldName}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (name == "__RequestVerificationToken")
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement textarea:
                    fields.Add(new(name, textarea.Value));
                    break;
                case IHtmlSelectElement select:
                    var chosen = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    if (chosen is not null)
                    {
                        fields.Add(new(name, chosen.Value));
                    }

                    break;
            }
        }

        return new FormFields(fields);
    }

    public IReadOnlyList<KeyValuePair<string, string>> All => _fields;

    /// <summary>The value of a field as the page filled it; null when absent (an unchecked box).</summary>
    public string? this[string name] => _fields.FirstOrDefault(f => f.Key == name).Value;

    /// <summary>Replaces every value of <paramref name="name"/> with <paramref name="value"/> (adds it when absent).</summary>
    public FormFields Set(string name, string value)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.Add(new(name, value));
        return this;
    }

    /// <summary>Removes a field, as an unticked checkbox is not sent.</summary>
    public FormFields Remove(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }
}
