using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>
/// Runs axe-core (the copy Deque.AxeCore ships) in a page with one <c>axe.run</c>. Deque's
/// <c>RunAxe</c> also runs it per frame and then opens a new blank page, with axe loaded once
/// more, to combine the frames' results: about half a second per scan, for frames our pages do
/// not have (the CSP allows none). A page with a frame is refused here, so nothing goes unchecked.
/// </summary>
internal static class AxeRunner
{
    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("Deque.AxeCore.Commons no longer ships axe.min.js as a resource.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static async Task<AxeResult> RunAsync(IPage page, AxeRunOptions options)
    {
        if (page.Frames.Count > 1)
        {
            throw new InvalidOperationException($"{page.Url} has {page.Frames.Count - 1} frame(s): scan it with Deque's RunAxe, which goes into frames.");
        }

        // Evaluated through the DevTools protocol, so the page's CSP does not stop it.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var json = await page.EvaluateAsync<string>(
            "async options => JSON.stringify(await window.axe.run(document, JSON.parse(options)))",
            JsonConvert.SerializeObject(options));
        return new AxeResult(JObject.Parse(json));
    }
}
