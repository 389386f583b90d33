using System.Text.RegularExpressions;
using AllyBot.Builder;
using AllyBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
public sealed class AgentsPlaygroundTests(ChromiumFixture chromium)
{
    /// <summary>The Playground's name for the bot under test (its default configuration).</summary>
    private const string BotName = "Test Bot";

    [Fact]
    public async Task PersonalChat_InPlayground_WelcomesOnInstallThenCompletesTheJourney()
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

            foreach (var step in CoachingJourney.Steps)
            {
                var before = (await teams.BotMessagesAsync()).Count;
                if (step.ClickSuggestedAction)
                    await teams.ClickSuggestedActionAsync(step.Say);
                else
                    await teams.TypeAsync(step.Say);
                await teams.ExpectBotSaysAsync(step.Expect, before);
            }

            await ChromiumFixture.ScreenshotAsync(page, "teams-playground-personal-chat");
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

            var before = (await teams.BotMessagesAsync()).Count;
            await teams.TypeAsync("Lunch at noon, everyone?");
            await teams.ExpectNoNewBotMessageAsync(before, TimeSpan.FromSeconds(3));

            var first = CoachingJourney.Steps[0];
            await teams.MentionBotAndTypeAsync(BotName, first.Say);
            await teams.ExpectBotSaysAsync(first.Expect, before);

            await ChromiumFixture.ScreenshotAsync(page, "teams-playground-group-chat");
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
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
