using AllyBot.Bot.Tests.Channels.Slack.Support;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Bot.Tests.State;
using AllyBot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit.Abstractions;

namespace AllyBot.Bot.Tests.Reliability;

/// <summary>
/// A channel that redelivers after the host restarted (Teams after a timeout, Slack's retries, a client after a
/// crash) gets each turn processed once: what was processed is kept in the store with the turn's state.
/// Real hosts on one SQLite file, the first stopped before the second starts.
/// </summary>
public sealed class RedeliveryAfterRestartTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Database => _folder.File("bot.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task BotFramework_HundredActivitiesRedeliveredAfterARestart_NoneIsProcessedAgain()
    {
        var messages = Enumerable.Range(0, 100).Select(i => Activities.Message(i % 2 == 0 ? "conv-a" : "conv-b", $"note {i}", id: $"act-{i}")).ToList();
        await using (var before = NotesHost())
        {
            var bot = new BotClient(before.StartAndCreateClient());
            foreach (var message in messages)
                await bot.ExchangeAsync(message);
        }

        await using var after = NotesHost();
        var again = new BotClient(after.StartAndCreateClient());
        var redelivered = await Task.WhenAll(messages.Select(again.ExchangeAsync));

        var processedAgain = redelivered.Count(replies => replies.Count > 0);
        output.WriteLine($"{messages.Count} activities redelivered after a restart: {processedAgain} processed again");
        Assert.Equal(0, processedAgain);
        Assert.Equal(100, StoredNoteCount());
    }

    [Fact]
    public async Task BotFramework_JourneyAnswerRedeliveredAfterARestart_IsNotTakenAsTheNextAnswer()
    {
        await using (var before = new BotHostFactory(Database))
        {
            var bot = new BotClient(before.StartAndCreateClient());
            await bot.ExchangeAsync(Activities.UserJoined("conv-j", id: "j1"));
            var fullPlan = Activities.Message("conv-j", JourneyText.Choice("welcome", "start", "full-plan"), id: "m1");
            Assert.Equal([JourneyText.Question("welcome", "your-name")], (await bot.TextsAsync(fullPlan)).TakeLast(1));
        }

        await using var after = new BotHostFactory(Database);
        var again = new BotClient(after.StartAndCreateClient());
        var redelivered = await again.TextsAsync(Activities.Message("conv-j", JourneyText.Choice("welcome", "start", "full-plan"), id: "m1"));
        var next = await again.TextsAsync(Activities.Message("conv-j", "Maya", id: "m2"));

        // Taken again, the redelivered choice would have been stored as the name and 'Maya' as the goal.
        Assert.Empty(redelivered);
        Assert.Equal(JourneyText.Question("goal", "largest-goal"), next[^1]);
    }

    [Fact]
    public async Task Slack_EventRetriedAfterARestart_IsNotAnsweredAgain()
    {
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "sqlite", ["Storage:ConnectionString"] = $"Data Source={Database}" };
        await using (var before = await SlackBotHost.StartAsync(settings: settings))
        {
            await before.PostEventAsync(SlackPayloads.DirectMessage("Ev1", "hello", ts: "1800000000.000100"));
            Assert.Equal(2, (await before.Slack.WaitForPostsAsync(2)).Count);   // the welcome and the first question
        }

        await using var after = await SlackBotHost.StartAsync(settings: settings);
        using var retry = await after.PostEventAsync(SlackPayloads.DirectMessage("Ev1", "hello", ts: "1800000000.000100"), retryNum: 1);
        await after.PostEventAsync(SlackPayloads.DirectMessage("Ev2", JourneyText.Choice("welcome", "start", "full-plan"), ts: "1800000000.000200"));

        // One conversation's turns run in order, so had the retry been answered its posts would come first.
        var posts = await after.Slack.WaitForPostsAsync(1);
        Assert.True(retry.IsSuccessStatusCode);
        Assert.Equal([JourneyText.Question("welcome", "your-name")], posts.Select(p => p.Text));
    }

    private BotHostFactory NotesHost() => new(Database, services: services =>
    {
        services.AddSingleton<UserNotesBot>();
        services.Replace(ServiceDescriptor.Singleton<IBot>(sp => sp.GetRequiredService<UserNotesBot>()));
    });

    private int StoredNoteCount() => new SqliteFile(Database).Row("test/users/user1").GetProperty("notes").GetArrayLength();
}
