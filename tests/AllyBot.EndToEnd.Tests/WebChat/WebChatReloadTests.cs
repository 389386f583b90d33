using System.Text.RegularExpressions;
using AllyBot.Content.Loading;
using AllyBot.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AllyBot.EndToEnd.Tests.WebChat;

/// <summary>
/// The widget keeps the person: a reload mid-journey reconnects to the same conversation (the history shows and
/// the open question is still the last thing asked), and when that conversation is gone a new one opens for the
/// same visitor and AllyBot offers to continue. Against the real bot; the browser context keeps the bot's visitor
/// cookie and the page's localStorage across reloads, as a browser does.
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed class WebChatReloadTests(BotHostFixture bot, StandInBotFixture standIn, ChromiumFixture chromium)
{
    private const string MemoryKey = "allybot.webchat.conversation";

    /// <summary>The steps up to an open question after typed and clicked answers; the next step answers it after the reload.</summary>
    private static readonly IReadOnlyList<JourneyStep> BeforeReload = CoachingJourney.Steps.TakeWhile(s => s != CoachingJourney.Steps[^2]).ToList();

    private static readonly JourneyStep AfterReload = CoachingJourney.Steps[^2];

    [Fact]
    public async Task Reload_MidJourney_ShowsTheHistoryAndAsksTheSameOpenQuestion()
    {
        var page = await chromium.NewPageAsync();
        try
        {
            var site = new ChapterPage(page);
            var conversation = await WalkToAnOpenQuestionAsync(site);

            await site.ReloadAndOpenAsync();

            var openQuestion = BeforeReload[^1].Expect;
            await site.ExpectActivitiesCountAsync(openQuestion, 1);
            await Expect(site.Transcript).ToHaveAttributeAsync("data-conversation-id", conversation);
            await site.ExpectBotSaysAsync(CoachingJourney.Welcome);
            foreach (var typed in BeforeReload.Where(s => !s.ClickSuggestedAction))
                await Expect(site.Transcript.GetByText(typed.Say, new() { Exact = true })).ToHaveCountAsync(1);
            var last = site.Transcript.Locator(".webchat__basic-transcript__activity").Last;
            await Expect(last).ToContainTextAsync(new Regex(openQuestion, RegexOptions.IgnoreCase));
            await ChromiumFixture.ScreenshotAsync(page, "webchat-after-reload");

            // The same conversation goes on: the open question takes its answer and the journey moves to the next one.
            await TakeAsync(site, AfterReload);
            await site.ExpectNoFailedSendsAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task ConversationGone_OpensANewOneForTheSamePersonAndOffersToContinue()
    {
        var resume = ContentLoader.Load().Step("resume").Question("resume-or-restart");
        var page = await chromium.NewPageAsync();
        try
        {
            var site = new ChapterPage(page);
            var conversation = await WalkToAnOpenQuestionAsync(site);
            // What the page finds the next day: its conversation has expired on the bot. (Set as the next page
            // loads: the page itself saves its conversation when it goes away.)
            await page.AddInitScriptAsync($"localStorage.setItem('{MemoryKey}', JSON.stringify({{ conversationId: 'expired-long-ago', watermark: '9' }}))");

            await site.ReloadAndOpenAsync();

            await site.ExpectBotSaysAsync(Regex.Escape(resume.Text));
            await Expect(site.Transcript).Not.ToHaveAttributeAsync("data-conversation-id", conversation);
            await Expect(site.Transcript.Locator(".webchat__stacked-layout--from-user")).ToHaveCountAsync(0); // a new, empty conversation
            await ChromiumFixture.ScreenshotAsync(page, "webchat-welcome-back");

            await site.ClickSuggestedActionAsync(resume.Choice("continue").Title);
            await site.ExpectBotSaysAsync(BeforeReload[^1].Expect);
            await TakeAsync(site, AfterReload);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Reload_OfALongConversation_ShowsItsLastHundredActivities()
    {
        var page = await chromium.NewPageAsync();
        try
        {
            var site = new ChapterPage(page);
            await site.OpenAsync(standIn.BaseUrl);
            await site.ExpectBotSaysAsync(StandInBotFixture.Greeting);
            await site.TypeAsync(StandInBotFixture.AskForManyMessages);
            await site.ExpectActivitiesCountAsync($@"\bMessage {StandInBotFixture.ManyMessages}\b", 1);

            await site.ReloadAndOpenAsync();

            // 122 activities (greeting, "many", 120 messages): the last 100 are Message 21 to Message 120.
            var activities = site.Transcript.Locator(".webchat__basic-transcript__activity");
            await Expect(activities).ToHaveCountAsync(100, new() { Timeout = ChapterPage.Patience.Timeout });
            await Expect(activities.First).ToContainTextAsync(new Regex(@"\bMessage 21\b"));
            await Expect(activities.Last).ToContainTextAsync(new Regex($@"\bMessage {StandInBotFixture.ManyMessages}\b"));
            await Expect(site.Transcript.GetByText(StandInBotFixture.Greeting)).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Reload_WhenTheReconnectFindsNoConversation_StartsANewOne()
    {
        var page = await chromium.NewPageAsync();
        try
        {
            var site = new ChapterPage(page);
            await site.OpenAsync(standIn.BaseUrl);
            await site.ExpectBotSaysAsync(StandInBotFixture.Greeting);
            var before = await site.Transcript.GetAttributeAsync("data-conversation-id");
            // The conversation expires between the token and the reconnect: Direct Line answers 404.
            await page.RouteAsync(new Regex(@"/v3/directline/conversations/[^/?]+\?watermark="), route =>
                route.FulfillAsync(new() { Status = 404, ContentType = "application/problem+json", Body = """{"status":404,"title":"Conversation not found"}""" }));

            await site.ReloadAndOpenAsync();

            await site.ExpectBotSaysAsync(Regex.Escape(StandInBotFixture.Greeting));
            await Expect(site.Transcript).Not.ToHaveAttributeAsync("data-conversation-id", before!);
            await Expect(site.Status).ToBeEmptyAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Opens the widget and answers until a question with buttons is open; returns the conversation id.</summary>
    private async Task<string> WalkToAnOpenQuestionAsync(ChapterPage site)
    {
        await site.OpenAsync(bot.BaseUrl);
        await site.ExpectBotSaysAsync(CoachingJourney.Welcome);
        foreach (var step in BeforeReload)
            await TakeAsync(site, step);

        await site.ExpectActivitiesCountAsync(BeforeReload[^1].Expect, 1);
        return await site.Transcript.GetAttributeAsync("data-conversation-id") ?? throw new InvalidOperationException("The widget names no conversation.");
    }

    /// <summary>Answers as the step says (clicks its button or types it) and waits for the bot's answer.</summary>
    private static async Task TakeAsync(ChapterPage site, JourneyStep step)
    {
        if (step.ClickSuggestedAction)
            await site.ClickSuggestedActionAsync(step.Say);
        else
            await site.TypeAsync(step.Say);
        await site.ExpectBotSaysAsync(step.Expect);
    }
}
