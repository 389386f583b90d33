using System.Text.Json;
using Microsoft.Playwright;

namespace AllyBot.EndToEnd.Tests.WebChat;

/// <summary>One flaw of the text as the browser laid it out.</summary>
public sealed record TextFlaw(string Kind, string Word, string Text)
{
    public override string ToString() => $"{Kind}: \"{Word}\" in \"{Text}\"";
}

/// <summary>
/// Checks the text as Chromium rendered it, not the markup: every word of every visible text node must sit on one
/// line (its <c>Range.getClientRects()</c> boxes all on the first box's line), and no element may be narrower
/// than its content (<c>scrollWidth &gt; clientWidth</c>, text cut off or spilling out). A word may break after
/// a hyphen or a slash: the pieces between those are what must not be split.
/// </summary>
public static class RenderedText
{
    private const string Script = """
        (root) => {
          const flaws = [];
          const range = document.createRange();
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || parent.getClientRects().length === 0) continue;
            const text = node.textContent;
            const pieces = /[^\s\-\u2010-\u2014\/]+/g;
            for (let match = pieces.exec(text); match; match = pieces.exec(text)) {
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const boxes = Array.from(range.getClientRects()).filter(box => box.width > 0 && box.height > 0);
              if (boxes.some(box => box.top >= boxes[0].bottom - 1)) {
                flaws.push({ kind: 'split across lines', word: match[0], text: text.trim() });
              }
            }
          }
          for (const element of root.querySelectorAll('*')) {
            if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1 && element.textContent.trim()) {
              flaws.push({ kind: 'wider than its box', word: element.className || element.tagName, text: element.textContent.trim().slice(0, 80) });
            }
          }
          return JSON.stringify(flaws);
        }
        """;

    public static async Task<IReadOnlyList<TextFlaw>> FlawsAsync(ILocator root)
    {
        var json = await root.EvaluateAsync<string>(Script);
        return JsonSerializer.Deserialize<List<TextFlaw>>(json, JsonSerializerOptions.Web) ?? [];
    }
}
