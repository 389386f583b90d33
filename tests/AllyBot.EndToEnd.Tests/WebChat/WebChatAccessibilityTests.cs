using AllyBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace AllyBot.EndToEnd.Tests.WebChat;

/// <summary>
/// The chapter page with the widget open passes an axe-core scan (no serious or critical violation), and the
/// launcher works from the keyboard: Enter opens the chat with focus in the message box, Escape closes it and
/// focus goes back to the button that opened it, with a visible focus ring all the way.
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed class WebChatAccessibilityTests(BotHostFixture bot, StandInBotFixture standIn, ChromiumFixture chromium, ITestOutputHelper output)
{
    [Theory]
    [InlineData(1280, 900, false)]
    [InlineData(390, 844, true)]
    public async Task Page_WithTheWidgetOpenOnTheRealBot_HasNoSeriousOrCriticalAxeViolation(int width, int height, bool isMobile)
    {
        var page = await chromium.NewPageAsync(width, height, isMobile);
        try
        {
            var site = new ChapterPage(page);
            await site.OpenAsync(bot.BaseUrl);
            await site.ExpectBotSaysAsync(CoachingJourney.Welcome);
            await site.ExpectConnectedAsync();

            await AssertNoSeriousViolationsAsync(page);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Page_WithThePlanCardAndCopyButtons_HasNoSeriousOrCriticalAxeViolation()
    {
        var page = await chromium.NewPageAsync();
        try
        {
            var site = new ChapterPage(page);
            await site.OpenAsync(standIn.BaseUrl);
            await site.ClickSuggestedActionAsync("Draft pitches");
            await Expect(site.Transcript.Locator(".allybot-copy__button")).ToHaveCountAsync(2, new() { Timeout = ChapterPage.Patience.Timeout });

            await AssertNoSeriousViolationsAsync(page);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Launcher_FromTheKeyboard_OpensWithFocusInTheMessageBoxAndEscapeReturnsFocus()
    {
        var page = await chromium.NewPageAsync();
        try
        {
            await page.GotoAsync(bot.BaseUrl.ToString());
            var launcher = page.GetByRole(AriaRole.Button, new() { Name = "Chat with AllyBot" });

            // The launcher is the page's last stop: Shift+Tab from the top reaches it.
            await page.Keyboard.PressAsync("Shift+Tab");
            await Expect(launcher).ToBeFocusedAsync();
            Assert.True(await WebChatPitchCopyTests.FocusIsVisibleAsync(launcher));
            await Expect(launcher).ToHaveAttributeAsync("aria-expanded", "false");

            await page.Keyboard.PressAsync("Enter");
            var panel = page.GetByRole(AriaRole.Dialog, new() { Name = "AllyBot · coalition coach" });
            await Expect(panel).ToBeVisibleAsync();
            await Expect(page.Locator("[data-id='webchat-sendbox-input']")).ToBeFocusedAsync(new() { Timeout = ChapterPage.Patience.Timeout });
            await Expect(page.Locator("#chat-launcher")).ToHaveAttributeAsync("aria-expanded", "true"); // and hidden while the chat is open

            // Shift+Tab walks back through the chat to its close button, which also shows focus.
            var close = page.GetByRole(AriaRole.Button, new() { Name = "Close the chat" });
            for (var i = 0; i < 5 && !await close.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
                await page.Keyboard.PressAsync("Shift+Tab");
            await Expect(close).ToBeFocusedAsync();
            Assert.True(await WebChatPitchCopyTests.FocusIsVisibleAsync(close));

            await page.Keyboard.PressAsync("Escape");
            await Expect(panel).ToBeHiddenAsync();
            await Expect(launcher).ToBeFocusedAsync();

            // Opened from another button, Escape gives focus back to that button.
            var heroButton = page.GetByRole(AriaRole.Button, new() { Name = "Plan your coalition with AllyBot" });
            await heroButton.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.Locator("[data-id='webchat-sendbox-input']")).ToBeFocusedAsync(new() { Timeout = ChapterPage.Patience.Timeout });
            await page.Keyboard.PressAsync("Escape");
            await Expect(panel).ToBeHiddenAsync();
            await Expect(heroButton).ToBeFocusedAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var violations = await AxeScan.RunAsync(page);
        foreach (var violation in violations)
            output.WriteLine(violation.ToString());
        Assert.DoesNotContain(violations, v => v.IsSeriousOrCritical);
    }
}
