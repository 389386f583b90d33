using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllyBot.EndToEnd.Tests.WebChat;

/// <summary>The chapter-site demo page and the Web Chat widget on it, as a person uses them.</summary>
public sealed class ChapterPage(IPage page)
{
    public static readonly LocatorAssertionsToBeVisibleOptions Patience = new() { Timeout = 20_000 };

    public IPage Page => page;

    public ILocator Transcript => page.Locator("#webchat");

    public ILocator Status => page.Locator("#chat-status");

    public async Task OpenAsync(Uri site)
    {
        await page.GotoAsync(site.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Chat with AllyBot" }).ClickAsync();
    }

    /// <summary>Reloads the page (the browser keeps its cookies and localStorage) and opens the chat again.</summary>
    public async Task ReloadAndOpenAsync()
    {
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Chat with AllyBot" }).ClickAsync();
    }

    /// <summary>Waits until a bot message matching <paramref name="pattern"/> is on screen.</summary>
    public async Task ExpectBotSaysAsync(string pattern) =>
        await Expect(Transcript.GetByText(new Regex(pattern, RegexOptions.IgnoreCase)).Last).ToBeVisibleAsync(Patience);

    /// <summary>Waits until exactly <paramref name="times"/> activities of the transcript match <paramref name="pattern"/>.</summary>
    public async Task ExpectActivitiesCountAsync(string pattern, int times) =>
        await Expect(Transcript.Locator(".webchat__basic-transcript__activity", new() { HasTextRegex = new Regex(pattern, RegexOptions.IgnoreCase) }))
            .ToHaveCountAsync(times, new() { Timeout = Patience.Timeout });

    /// <summary>Waits until Web Chat no longer shows its "Connecting…" notice (it can trail the first messages).</summary>
    public async Task ExpectConnectedAsync() =>
        await Expect(Transcript.GetByText(new Regex("^Connecting", RegexOptions.IgnoreCase))).ToHaveCountAsync(0, new() { Timeout = Patience.Timeout });

    public async Task TypeAsync(string text)
    {
        var box = page.Locator("[data-id='webchat-sendbox-input']");
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    public async Task ClickSuggestedActionAsync(string title)
    {
        var button = Transcript.Locator("button.webchat__suggested-action", new() { HasText = title }).Last;
        await Expect(button).ToBeVisibleAsync(Patience);
        await button.ClickAsync();
    }

    /// <summary>Web Chat marks a message whose echo never came back as failed; none may be.</summary>
    public async Task ExpectNoFailedSendsAsync() =>
        await Expect(Transcript.GetByText(new Regex("Send failed", RegexOptions.IgnoreCase))).ToHaveCountAsync(0);
}
