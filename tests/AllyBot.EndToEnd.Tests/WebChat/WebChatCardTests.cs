using AllyBot.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace AllyBot.EndToEnd.Tests.WebChat;

/// <summary>The plan card (the real <c>PlanCard</c> with a full plan) sent through our Direct Line, as Web Chat renders it.</summary>
[Collection(WebChatCollection.Name)]
public sealed class WebChatCardTests(StandInBotFixture bot, ChromiumFixture chromium, ITestOutputHelper output)
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
            await Expect(card).ToContainTextAsync(StandInBotFixture.FullPlan().Title);
            await Expect(card).ToContainTextAsync("Maria Okafor (chief steward, emergency department)");
            await Expect(card.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Export" })).ToBeVisibleAsync();
            await Expect(site.Transcript.Locator("button.webchat__suggested-action", new() { HasText = "Draft pitches" })).ToBeVisibleAsync();
            await ChromiumFixture.ScreenshotAsync(page, "webchat-plan-card");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData(390, 844, true)]
    [InlineData(1100, 900, false)]
    public async Task PlanCard_OnAPhoneAndOnADesktop_BreaksNoWordAcrossLines(int width, int height, bool isMobile)
    {
        var page = await chromium.NewPageAsync(width, height, isMobile);
        try
        {
            var site = new ChapterPage(page);
            await site.OpenAsync(bot.BaseUrl);
            var card = site.Transcript.Locator(".ac-adaptiveCard").Last;
            await Expect(card).ToBeVisibleAsync(ChapterPage.Patience);
            await Expect(card).ToContainTextAsync(StandInBotFixture.FullPlan().SustainTitle);

            var flaws = await RenderedText.FlawsAsync(card);

            foreach (var flaw in flaws)
                output.WriteLine(flaw.ToString());
            await card.EvaluateAsync("card => card.scrollIntoView({ block: 'start' })");
            await ChromiumFixture.ScreenshotAsync(page, $"webchat-plan-card-{width}-top");
            await card.EvaluateAsync("card => card.scrollIntoView({ block: 'end' })");
            await ChromiumFixture.ScreenshotAsync(page, $"webchat-plan-card-{width}-end");
            Assert.Empty(flaws);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
