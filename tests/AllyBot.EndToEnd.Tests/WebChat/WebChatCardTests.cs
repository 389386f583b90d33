using AllyBot.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AllyBot.EndToEnd.Tests.WebChat;

/// <summary>Adaptive Cards and suggested actions sent through our Direct Line, as Web Chat renders them.</summary>
[Collection(WebChatCollection.Name)]
public sealed class WebChatCardTests(PlanCardBotFixture bot, ChromiumFixture chromium)
{
    [Fact]
    public async Task Widget_PlanAsAdaptiveCard_IsRenderedWithItsFactsAndButtons()
    {
        var page = await chromium.NewPageAsync();
        try
        {
            var site = new ChapterPage(page);
            await site.OpenAsync(bot.BaseUrl);

            var card = site.Transcript.Locator(".ac-adaptiveCard").Last;
            await Expect(card).ToBeVisibleAsync(ChapterPage.Patience);
            await Expect(card).ToContainTextAsync("Your coalition plan");
            await Expect(card).ToContainTextAsync("Nurse manager, emergency department");
            await Expect(site.Transcript.Locator("button.webchat__suggested-action", new() { HasText = "Draft pitches" })).ToBeVisibleAsync();
            await ChromiumFixture.ScreenshotAsync(page, "webchat-plan-card");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
