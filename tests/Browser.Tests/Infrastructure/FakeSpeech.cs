using System.Text.Json;
using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>
/// The device's speech synthesis, replaced before the page's scripts run and recorded: what is
/// said (<c>window.__spoken</c>: text, language, voice) and how often reading was cancelled.
/// </summary>
public static class FakeSpeech
{
    /// <summary>Installs a speech synthesis with <paramref name="voices"/> (name, BCP 47 language) on every page <paramref name="page"/> opens.</summary>
    public static Task InstallAsync(IPage page, params (string Name, string Language)[] voices)
    {
        ArgumentNullException.ThrowIfNull(page);
        var list = JsonSerializer.Serialize(voices.Select(v => new { name = v.Name, lang = v.Language }));
        return page.AddInitScriptAsync($$"""
            (() => {
                const spoken = []; let cancelled = 0;
                window.__spoken = spoken; window.__cancelled = () => cancelled;
                const voices = {{list}};
                window.SpeechSynthesisUtterance = function (text) { this.text = text; };
                Object.defineProperty(window, "speechSynthesis", { value: {
                    getVoices: () => voices,
                    speak: u => spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }),
                    cancel: () => { cancelled++; },
                    addEventListener: () => {},
                } });
            })();
            """);
    }

    /// <summary>What was said so far, in order.</summary>
    public static async Task<IReadOnlyList<(string Text, string Language, string? Voice)>> SpokenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var spoken = await page.EvaluateAsync<JsonElement>("window.__spoken");
        return [.. spoken.EnumerateArray().Select(s => (
            s.GetProperty("text").GetString()!,
            s.GetProperty("lang").GetString()!,
            s.GetProperty("voice").ValueKind == JsonValueKind.String ? s.GetProperty("voice").GetString() : null))];
    }

    /// <summary>How many times reading was cancelled.</summary>
    public static Task<int> CancelledAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<int>("window.__cancelled()");
    }
}
