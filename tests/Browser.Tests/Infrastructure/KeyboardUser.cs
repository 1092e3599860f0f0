using System.Text.Json;
using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>
/// Someone who uses the keyboard only: moves with Tab and Shift+Tab, types, and activates with Enter
/// or Space. Every element focused on the way must be visible and not covered by anything (WCAG 2.4.7,
/// 2.4.11), and the target must be reached within <see cref="MaxPresses"/> presses (no trap, WCAG 2.1.2).
/// </summary>
public sealed class KeyboardUser(IPage page)
{
    /// <summary>More than any form of the site needs; beyond it focus is lost or trapped.</summary>
    public int MaxPresses { get; init; } = 150;

    /// <summary>The elements focused on the way to the last target, for failure messages.</summary>
    public IReadOnlyList<string> LastPath => _path;

    private readonly List<string> _path = [];

    /// <summary>How many times Tab or Shift+Tab was pressed so far.</summary>
    public int TabPresses { get; private set; }

    /// <summary>Presses Tab (or Shift+Tab) until <paramref name="target"/> has focus.</summary>
    public async Task TabToAsync(ILocator target, bool backwards = false)
    {
        ArgumentNullException.ThrowIfNull(target);
        _path.Clear();
        await using var element = await target.ElementHandleAsync();
        if (await element.EvaluateAsync<bool>("el => el === document.activeElement"))
        {
            return;
        }

        for (var press = 1; press <= MaxPresses; press++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            TabPresses++;
            var focused = await element.EvaluateAsync<JsonElement>(FocusedElementScript);
            if (focused.ValueKind != JsonValueKind.Object)
            {
                _path.Add("(nothing)");
                continue;
            }

            var description = focused.GetProperty("description").GetString()!;
            _path.Add(description);
            Assert.True(focused.GetProperty("visible").GetBoolean(), $"{Where()}: Tab press {press} focused {description}, which is not visible in the window. Focus went: {Path()}");
            Assert.True(focused.GetProperty("topmost").GetBoolean(), $"{Where()}: Tab press {press} focused {description}, which something else covers. Focus went: {Path()}");
            if (focused.GetProperty("isTarget").GetBoolean())
            {
                return;
            }
        }

        Assert.Fail($"{Where()}: {target} was not reached after {MaxPresses} {(backwards ? "Shift+Tab" : "Tab")} presses. Focus went: {Path()}");
    }

    /// <summary>Tabs to a button or link and presses Enter.</summary>
    public async Task ActivateAsync(ILocator target)
    {
        await TabToAsync(target);
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Tabs to a button or link, presses Enter and waits for the page it leads to (after any redirect) to load.</summary>
    public async Task ActivateAndWaitForPageAsync(ILocator target)
    {
        await TabToAsync(target);
        await page.RunAndWaitForNewPageAsync(() => page.Keyboard.PressAsync("Enter"));
    }

    /// <summary>Tabs to a checkbox and presses Space, so it is checked.</summary>
    public async Task CheckAsync(ILocator checkbox)
    {
        ArgumentNullException.ThrowIfNull(checkbox);
        await TabToAsync(checkbox);
        if (!await checkbox.IsCheckedAsync())
        {
            await page.Keyboard.PressAsync("Space");
        }

        Assert.True(await checkbox.IsCheckedAsync(), $"{Where()}: Space did not check {checkbox}.");
    }

    /// <summary>Tabs to a text field, selects what is in it and types <paramref name="text"/> over it.</summary>
    public async Task FillAsync(ILocator field, string text)
    {
        ArgumentNullException.ThrowIfNull(field);
        await TabToAsync(field);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Tabs to a closed select and types the start of an option's text, as keyboard users pick options.</summary>
    public async Task SelectAsync(ILocator select, string optionTextStart, string expectedValue)
    {
        ArgumentNullException.ThrowIfNull(select);
        await TabToAsync(select);
        await page.Keyboard.TypeAsync(optionTextStart);
        Assert.Equal(expectedValue, await select.InputValueAsync());
    }

    public Task TypeAsync(string text) => page.Keyboard.TypeAsync(text);

    public Task PressAsync(string key) => page.Keyboard.PressAsync(key);

    private string Where() => new Uri(page.Url).PathAndQuery;

    private string Path() => string.Join(" → ", _path);

    /// <summary>
    /// The focused element: a short description, whether it is the target, whether it shows in the
    /// window, and whether it is topmost at the centre of its first box (not under a sticky header).
    /// </summary>
    private const string FocusedElementScript = """
        target => {
            const el = document.activeElement;
            if (!el || el === document.body || el === document.documentElement) {
                return null;
            }
            const boxes = el.getClientRects();
            const box = boxes.length > 0 ? boxes[0] : el.getBoundingClientRect();
            const style = getComputedStyle(el);
            const visible = box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.opacity !== '0'
                && box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth;
            const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
            const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
            const hit = visible ? document.elementFromPoint(x, y) : null;
            const label = el.labels && el.labels.length > 0 ? el.labels[0].innerText : '';
            const text = (el.getAttribute('aria-label') || label || el.innerText || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 40);
            return {
                isTarget: el === target,
                description: '<' + el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '> \'' + text + '\'',
                visible,
                topmost: hit !== null && (hit === el || el.contains(hit) || (!!el.labels && [...el.labels].some(l => l.contains(hit)))),
            };
        }
        """;
}
