using System.Text.RegularExpressions;
using AllyBot.Builder;
using AllyBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit.Abstractions;

namespace AllyBot.EndToEnd.Tests.Teams;

[CollectionDefinition(Name)]
public sealed class AgentsPlaygroundCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Teams (Microsoft 365 Agents Playground 0.2.28 in Chromium)";
}

/// <summary>
/// Microsoft's own Teams test client, the Agents Playground, driven in Chromium against the real bot host
/// (no app id: auth off), channel <c>msteams</c>, replies through the Playground's connector. Each test gets a
/// fresh bot and Playground, so the install welcome is always the first thing the chat shows.
/// Screenshots go to TestResults/screenshots.
/// </summary>
[Collection(AgentsPlaygroundCollection.Name)]
public sealed class AgentsPlaygroundTests(ChromiumFixture chromium, ITestOutputHelper output)
{
    /// <summary>The Playground's name for the bot under test (its default configuration).</summary>
    private const string BotName = "Test Bot";

    [Fact]
    public async Task PersonalChat_InPlayground_WelcomesOnInstallThenWalksTheJourneyToThePlanCard()
    {
        using var bot = new BotHost(BotStore.TempSqlite);
        await using var playground = await AgentsPlayground.StartAsync(new Uri(bot.BaseUrl, "api/messages"));
        var page = await chromium.NewPageAsync();
        try
        {
            var teams = new PlaygroundPage(page);
            await teams.OpenAsync(playground.Url);

            // Opening the Playground installs the app: installationUpdate + conversationUpdate, one welcome.
            var messages = await teams.ExpectBotSaysAsync(CoachingJourney.Welcome, seenBefore: 0);
            Assert.Single(messages, m => Regex.IsMatch(m, CoachingJourney.Welcome, RegexOptions.IgnoreCase));

            var clicks = 0;
            foreach (var step in CoachingJourney.Steps)
            {
                var before = (await teams.BotMessagesAsync()).Count;
                var mine = await teams.UserMessageCountAsync();
                var how = ChoiceClick.Typed;
                if (step.ClickSuggestedAction)
                    how = await teams.ClickSuggestedActionAsync(step.Say);
                else
                    await teams.TypeAsync(step.Say);
                clicks += how == ChoiceClick.Typed ? 0 : 1;
                await teams.ExpectBotSaysAsync(step.Expect, before);
                // The user's message shows too (wherever the Playground put it), so the chat has settled for the
                // next step; a card button's submit posts no visible message.
                if (how != ChoiceClick.CardButton)
                    await teams.ExpectUserMessageCountAsync(mine + 1);
            }
            output.WriteLine($"Suggested actions clicked: {clicks} of {CoachingJourney.Steps.Count(s => s.ClickSuggestedAction)} (the rest typed; see ClickSuggestedActionAsync).");

            // The plan as an Adaptive Card, then the open question again.
            Assert.NotNull(CoachingJourney.PlanCard);
            var card = await teams.ExpectCardAsync(CoachingJourney.PlanCard);
            await teams.ExpectBotSaysCountAsync(CoachingJourney.QuestionAtPlan, 2);
            await card.ScrollIntoViewIfNeededAsync();
            await ChromiumFixture.ScreenshotAsync(page, "teams-playground-personal-chat");
        }
        catch
        {
            await ChromiumFixture.ScreenshotAsync(page, $"failed-{TestName()}");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task GroupChat_InPlayground_AnswersOnlyWhenMentioned()
    {
        using var bot = new BotHost(BotStore.TempSqlite);
        await using var playground = await AgentsPlayground.StartAsync(new Uri(bot.BaseUrl, "api/messages"));
        var page = await chromium.NewPageAsync();
        try
        {
            var teams = new PlaygroundPage(page);
            await teams.OpenAsync(playground.Url);
            await teams.OpenChatAsync("Group Chat");
            await teams.ExpectBotSaysAsync(CoachingJourney.Welcome, seenBefore: 0);
            await teams.ExpectBotSaysAsync(CoachingJourney.FirstQuestion, seenBefore: 0);   // the welcome turn's last message

            var before = (await teams.BotMessagesAsync()).Count;
            const string chatter = "Lunch at noon, everyone?";
            await teams.TypeAsync(chatter);
            await teams.ExpectUserSaidAsync(chatter);

            var first = CoachingJourney.Steps[0];
            await teams.MentionBotAndTypeAsync(BotName, first.Say);
            await teams.ExpectBotSaysAsync(first.Expect, before);
            await teams.ExpectTurnOverAsync($"<at>{BotName}</at> {first.Say}");
            var messages = await teams.BotMessagesAsync();

            // Only the mention was answered, with the question after the choice. Had the chatter reached the journey
            // (it would have come first), it would have been answered too (with a re-prompt of the first question),
            // and there would be more than one new bot message.
            Assert.Single(messages.Skip(before));

            await ChromiumFixture.ScreenshotAsync(page, "teams-playground-group-chat");
        }
        catch
        {
            await ChromiumFixture.ScreenshotAsync(page, $"failed-{TestName()}");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task AdaptiveCardSubmit_InPlayground_ArrivesAsTheAnswerText()
    {
        using var bot = new BotHost(BotStore.Memory, services: s => s.Replace(ServiceDescriptor.Singleton<IBot, CardChoiceBot>()));
        await using var playground = await AgentsPlayground.StartAsync(new Uri(bot.BaseUrl, "api/messages"));
        var page = await chromium.NewPageAsync();
        try
        {
            var teams = new PlaygroundPage(page);
            await teams.OpenAsync(playground.Url);
            await page.GetByText(CardChoiceBot.Question).WaitForAsync();
            var before = (await teams.BotMessagesAsync()).Count;

            await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = CardChoiceBot.Choice }).ClickAsync();

            await teams.ExpectBotSaysAsync("^You chose: " + System.Text.RegularExpressions.Regex.Escape(CardChoiceBot.Choice) + "$", before);
            await ChromiumFixture.ScreenshotAsync(page, "teams-playground-card-submit");
        }
        catch
        {
            await ChromiumFixture.ScreenshotAsync(page, $"failed-{TestName()}");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static string TestName([System.Runtime.CompilerServices.CallerMemberName] string name = "") => name;
}
