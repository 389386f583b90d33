using System.Net;
using AllyBot.Bot.Tests.Infrastructure;

namespace AllyBot.Bot.Tests.Channels.BotFramework;

/// <summary>The coaching journey over real HTTP with <c>deliveryMode: expectReplies</c>, state in a real SQLite file.</summary>
public sealed class ExpectRepliesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Healthz_Get_Returns200()
    {
        await using var host = new BotHostFactory(_folder.File("bot.db"));
        using var http = host.StartAndCreateClient();

        using var response = await http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Host_Started_ListensOnLoopbackKestrel()
    {
        await using var host = new BotHostFactory(_folder.File("bot.db"));
        using var http = host.StartAndCreateClient();

        Assert.Equal("127.0.0.1", http.BaseAddress!.Host);
        Assert.NotEqual(0, http.BaseAddress.Port);
    }

    [Fact]
    public async Task ConversationUpdateThenMessages_ExpectReplies_WelcomeAndWaterfallQuestions()
    {
        await using var host = new BotHostFactory(_folder.File("bot.db"));
        var bot = new BotClient(host.StartAndCreateClient());

        var welcome = await bot.ExchangeAsync(Activities.UserJoined("conv-1", id: "a1"));
        var afterStart = await bot.ExchangeAsync(Activities.Message("conv-1", "2", id: "a2"));
        var afterName = await bot.ExchangeAsync(Activities.Message("conv-1", "Riverside AMSA", id: "a3"));
        var afterGoal = await bot.ExchangeAsync(Activities.Message("conv-1", "Fund naloxone kits", id: "a4"));

        Assert.Equal([JourneyText.Welcome(), JourneyText.Question("welcome", "start")], welcome.Select(a => a.Text));
        Assert.Equal(JourneyText.ChoiceTitles("welcome", "start"), welcome[^1].SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal(JourneyText.Question("welcome", "your-name"), Assert.Single(afterStart).Text);
        Assert.Equal([JourneyText.GoalIntro(), JourneyText.Question("goal", "largest-goal")], afterName.Select(a => a.Text));
        Assert.Equal(JourneyText.Question("goal", "issue"), Assert.Single(afterGoal).Text);
    }

    [Fact]
    public async Task Replies_ExpectReplies_AddressedBackToTheUserWithReplyToId()
    {
        await using var host = new BotHostFactory(_folder.File("bot.db"));
        var bot = new BotClient(host.StartAndCreateClient());

        var reply = (await bot.ExchangeAsync(Activities.UserJoined("conv-2", id: "join-1")))[0];

        Assert.Equal("conv-2", reply.Conversation!.Id);
        Assert.Equal("user1", reply.Recipient!.Id);
        Assert.Equal("bot", reply.From!.Id);
        Assert.Equal("join-1", reply.ReplyToId);
        Assert.Equal("test", reply.ChannelId);
    }

    [Fact]
    public async Task Journey_HostRestartedMidway_TranscriptEqualsUninterruptedRun()
    {
        var inputs = new[]
        {
            Activities.UserJoined("conv-r", id: "r1"),
            Activities.Message("conv-r", JourneyText.Choice("welcome", "start", "full-plan"), id: "r2"),
            Activities.Message("conv-r", "Eastside action team", id: "r3"),
            Activities.Message("conv-r", "Safer crossings near the clinic", id: "r4"),
            Activities.Message("conv-r", "not sure", id: "r5"),
        };

        var uninterrupted = new List<IReadOnlyList<string>>();
        await using (var host = new BotHostFactory(_folder.File("straight.db")))
        {
            var bot = new BotClient(host.StartAndCreateClient());
            foreach (var input in inputs)
                uninterrupted.Add(await bot.TextsAsync(input));
        }

        var restarted = new List<IReadOnlyList<string>>();
        await using (var first = new BotHostFactory(_folder.File("restarted.db")))
        {
            var bot = new BotClient(first.StartAndCreateClient());
            foreach (var input in inputs.Take(2))
                restarted.Add(await bot.TextsAsync(input));
        }
        await using (var second = new BotHostFactory(_folder.File("restarted.db")))
        {
            var bot = new BotClient(second.StartAndCreateClient());
            foreach (var input in inputs.Skip(2))
                restarted.Add(await bot.TextsAsync(input));
        }

        Assert.Equal(uninterrupted, restarted);
        Assert.Equal([JourneyText.Text("interruptions", "skipped-for-now"), JourneyText.Question("goal", "solution")], restarted[4]);
    }

    [Fact]
    public async Task SameActivityIdPostedTwice_SecondIsIgnored()
    {
        await using var host = new BotHostFactory(_folder.File("bot.db"));
        var bot = new BotClient(host.StartAndCreateClient());
        await bot.ExchangeAsync(Activities.UserJoined("conv-d", id: "d1"));

        var first = await bot.TextsAsync(Activities.Message("conv-d", JourneyText.Choice("welcome", "start", "full-plan"), id: "d2"));
        var retry = await bot.TextsAsync(Activities.Message("conv-d", JourneyText.Choice("welcome", "start", "full-plan"), id: "d2"));
        var next = await bot.TextsAsync(Activities.Message("conv-d", "Clean air crew", id: "d3"));

        Assert.Equal([JourneyText.Question("welcome", "your-name")], first);
        Assert.Empty(retry);
        Assert.Equal([JourneyText.GoalIntro(), JourneyText.Question("goal", "largest-goal")], next);
    }
}
