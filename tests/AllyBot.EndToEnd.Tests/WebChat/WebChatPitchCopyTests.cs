using AllyBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllyBot.EndToEnd.Tests.WebChat;

/// <summary>
/// The Copy button beside each version of a pitch (a bot message with the <c>allybot.pitch</c> entity), with the
/// mouse and from the keyboard, and what lands on the clipboard. The stand-in bot sends the pitches.
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed class WebChatPitchCopyTests(StandInBotFixture bot, ChromiumFixture chromium)
{
    private const string ShortName = $"Copy the short pitch for {StandInBotFixture.Ally}";
    private const string LongName = $"Copy the long pitch for {StandInBotFixture.Ally}";

    [Fact]
    public async Task Pitch_CopyClicked_PutsExactlyThatVersionOnTheClipboardAndSaysCopied()
    {
        var (page, site) = await OpenWithPitchesAsync(width: 390, height: 844, isMobile: true);
        try
        {
            var copyShort = site.Transcript.GetByRole(AriaRole.Button, new() { Name = ShortName, Exact = true });
            var copyLong = site.Transcript.GetByRole(AriaRole.Button, new() { Name = LongName, Exact = true });

            await copyShort.ClickAsync();
            await Expect(copyShort).ToHaveTextAsync("✓ Copied");
            await Expect(site.Transcript.GetByRole(AriaRole.Status).Filter(new() { HasText = "Copied the short pitch" })).ToHaveCountAsync(1);
            Assert.Equal(StandInBotFixture.ShortPitch, await ClipboardAsync(page));
            await Expect(copyLong).ToHaveTextAsync("Copy");
            await ChromiumFixture.ScreenshotAsync(page, "webchat-pitch-copied-phone");

            await copyLong.ClickAsync();
            await Expect(copyLong).ToHaveTextAsync("✓ Copied");
            Assert.Equal(StandInBotFixture.LongPitch, await ClipboardAsync(page));

            // The bubble shows the pitch with its lines, as it will be sent: greeting, paragraphs, sign-off.
            var shown = await site.Transcript.GetByText("In solidarity", new() { Exact = false }).Last.EvaluateAsync<string>("e => e.closest('.webchat__bubble__content').innerText");
            Assert.Equal(
                StandInBotFixture.LongPitch.Split('\n', StringSplitOptions.RemoveEmptyEntries),
                shown.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Pitch_FromTheKeyboard_TabToHistoryEnterIntoAPitchEnterCopiesEscapeGoesBack()
    {
        var (page, site) = await OpenWithPitchesAsync(width: 1100, height: 900, isMobile: false);
        try
        {
            // From the message box: Shift+Tab twice reaches the chat history, whose last message is the long pitch.
            await page.Locator("[data-id='webchat-sendbox-input']").FocusAsync();
            await page.Keyboard.PressAsync("Shift+Tab");
            await page.Keyboard.PressAsync("Shift+Tab");
            await Expect(page.Locator(".webchat__basic-transcript")).ToBeFocusedAsync();

            await page.Keyboard.PressAsync("Enter");
            var copyLong = site.Transcript.GetByRole(AriaRole.Button, new() { Name = LongName, Exact = true });
            await Expect(copyLong).ToBeFocusedAsync();
            Assert.True(await FocusIsVisibleAsync(copyLong));
            await page.Keyboard.PressAsync("Enter");
            await Expect(copyLong).ToHaveTextAsync("✓ Copied");
            Assert.Equal(StandInBotFixture.LongPitch, await ClipboardAsync(page));
            await ChromiumFixture.ScreenshotAsync(page, "webchat-pitch-copied-keyboard");

            // Escape leaves the message (the chat stays open); up one message is the short pitch.
            await page.Keyboard.PressAsync("Escape");
            await Expect(page.Locator(".webchat__basic-transcript")).ToBeFocusedAsync();
            await Expect(page.Locator("#chat-panel")).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("ArrowUp");
            await page.Keyboard.PressAsync("Enter");
            var copyShort = site.Transcript.GetByRole(AriaRole.Button, new() { Name = ShortName, Exact = true });
            await Expect(copyShort).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Space");
            await Expect(copyShort).ToHaveTextAsync("✓ Copied");
            Assert.Equal(StandInBotFixture.ShortPitch, await ClipboardAsync(page));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task OtherMessages_HaveNoCopyButton()
    {
        var (page, site) = await OpenWithPitchesAsync(width: 1100, height: 900, isMobile: false);
        try
        {
            await Expect(site.Transcript.Locator(".allybot-copy__button")).ToHaveCountAsync(2);
            var greeting = site.Transcript.Locator(".webchat__basic-transcript__activity", new() { HasText = StandInBotFixture.Greeting });
            await Expect(greeting.Locator(".allybot-copy__button")).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<(IPage Page, ChapterPage Site)> OpenWithPitchesAsync(int width, int height, bool isMobile)
    {
        var page = await chromium.NewPageAsync(width, height, isMobile);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = bot.Origin });
        var site = new ChapterPage(page);
        await site.OpenAsync(bot.BaseUrl);
        await site.ClickSuggestedActionAsync("Draft pitches");
        await Expect(site.Transcript.GetByRole(AriaRole.Button, new() { Name = LongName, Exact = true })).ToBeVisibleAsync(ChapterPage.Patience);
        return (page, site);
    }

    private static Task<string> ClipboardAsync(IPage page) => page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

    /// <summary>True when the focused element draws a focus outline (the site's 3 px amber ring).</summary>
    internal static Task<bool> FocusIsVisibleAsync(ILocator element) =>
        element.EvaluateAsync<bool>("e => e.matches(':focus-visible') && getComputedStyle(e).outlineStyle !== 'none' && parseFloat(getComputedStyle(e).outlineWidth) >= 2");
}
