using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Halsoportal.Web.Tests.Dialog;

/// <summary>
/// Posts a page's form as a browser without JavaScript would: its hidden fields, the fields the
/// test fills in, checked boxes left as they are, and the pressed button's name and value.
/// </summary>
internal static class FormPost
{
    public static async Task<(HttpResponseMessage Response, IDocument Page)> SubmitAsync(
        HttpClient client, IDocument page, string button, params (string Name, string Value)[] fields)
    {
        var form = page.QuerySelector("form#enkat") as IHtmlFormElement ?? throw new InvalidOperationException("The page has no answer form.");
        var filled = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input"))
        {
            var keep = input.Type is "hidden" || (input.Type is "radio" or "checkbox" && input.IsChecked) || input.Type is "text";
            if (keep && !filled.Contains(input.Name!))
            {
                values.Add(new(input.Name!, input.Value));
            }
        }

        foreach (var area in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea").Where(a => !filled.Contains(a.Name!)))
        {
            values.Add(new(area.Name!, area.Value));
        }

        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select").Where(s => !filled.Contains(s.Name!)))
        {
            values.Add(new(select.Name!, select.Value ?? ""));
        }

        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var pressed = form.QuerySelectorAll<IHtmlButtonElement>("button").FirstOrDefault(b => b.Value == button)
            ?? throw new InvalidOperationException($"No button with value '{button}' on the page.");
        values.Add(new(pressed.Name!, pressed.Value));

        var response = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return (response, document);
    }
}
