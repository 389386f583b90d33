using System.Text.RegularExpressions;
using AllyBot.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AllyBot.EndToEnd.Tests.WebChat;

/// <summary>
/// Microsoft's Web Chat (the prebuilt webchat.js 4.18.1 served by the bot) on the chapter-site page at <c>/</c>,
/// in headless Chromium, against the real bot over our Direct Line. Screenshots go to TestResults/screenshots
/// at the repository root.
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed class WebChatWidgetTests(BotHostFixture bot, ChromiumFixture chromium)
{
    [Fact]
    public async Task Widget_OnTheChapterPage_WelcomesThenCompletesTheJourneyByTypingAndClicking()
    {
        var page = await chromium.NewPageAsync();
        try
        {
            var site = new ChapterPage(page);
            await site.OpenAsync(bot.BaseUrl);

            // The welcome comes with the conversation, before the user types anything.
            await site.ExpectBotSaysAsync(CoachingJourney.Welcome);
            await site.ExpectConnectedAsync();
            await ChromiumFixture.ScreenshotAsync(page, "webchat-journey-welcome");

            Assert.Contains(CoachingJourney.Steps, s => s.ClickSuggestedAction);
            Assert.Contains(CoachingJourney.Steps, s => !s.ClickSuggestedAction);
            foreach (var step in CoachingJourney.Steps)
            {
                if (step == CoachingJourney.Steps[^1])
                {
                    await ChromiumFixture.ScreenshotAsync(page, "webchat-journey-conversation");
                }

                if (step.ClickSuggestedAction)
                {
                    await site.ClickSuggestedActionAsync(step.Say);
                }
                else
                {
                    await site.TypeAsync(step.Say);
                }

                await site.ExpectBotSaysAsync(step.Expect);
            }

            Assert.NotNull(CoachingJourney.PlanCard);
            var card = site.Transcript.Locator(".ac-adaptiveCard", new() { HasTextRegex = new Regex(CoachingJourney.PlanCard, RegexOptions.IgnoreCase) }).Last;
            await Expect(card).ToBeVisibleAsync(ChapterPage.Patience);

            // After the card the open question is asked again; once it is there the transcript stops moving.
            await site.ExpectActivitiesCountAsync(CoachingJourney.QuestionAtPlan, 2);
            await site.ExpectNoFailedSendsAsync();
            await card.ScrollIntoViewIfNeededAsync();
            await Expect(card).ToBeInViewportAsync();
            await ChromiumFixture.ScreenshotAsync(page, "webchat-journey-plan-card");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Widget_OnAPhone_OpensFullScreenWithTheWelcome()
    {
        var page = await chromium.NewPageAsync(width: 390, height: 844, isMobile: true);
        try
        {
            var site = new ChapterPage(page);
            await site.OpenAsync(bot.BaseUrl);
            await site.ExpectBotSaysAsync(CoachingJourney.Welcome);
            await site.ExpectConnectedAsync();

            var panel = await page.Locator("#chat-panel").BoundingBoxAsync();
            Assert.NotNull(panel);
            Assert.Equal(390, panel.Width, precision: 0);
            await ChromiumFixture.ScreenshotAsync(page, "webchat-welcome-phone");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Widget_ScriptMissing_SaysSoInTheWidgetArea()
    {
        var page = await chromium.NewPageAsync();
        try
        {
            await page.RouteAsync("**/lib/webchat.js", route => route.FulfillAsync(new() { Status = 404, Body = "missing" }));
            var site = new ChapterPage(page);
            await site.OpenAsync(bot.BaseUrl);

            await Expect(site.Status).ToContainTextAsync("The chat widget's script could not be loaded", new() { Timeout = 10_000 });
            await Expect(site.Status).ToContainTextAsync("npm");
            await ChromiumFixture.ScreenshotAsync(page, "webchat-script-missing");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
