using System.Net;
using AllyBot.Bot.Tests.Infrastructure;

namespace AllyBot.Bot.Tests.Channels.BotFramework;

/// <summary>The starter journey over real HTTP with <c>deliveryMode: expectReplies</c>, state in a real SQLite file.</summary>
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
        var afterGoal = await bot.ExchangeAsync(Activities.Message("conv-1", "Fund naloxone kits", id: "a2"));
        var afterAlly = await bot.ExchangeAsync(Activities.Message("conv-1", "the nurses union", id: "a3"));
        var afterYes = await bot.ExchangeAsync(Activities.Message("conv-1", "yes", id: "a4"));

        Assert.Equal(["Hi, I'm AllyBot. I help you find allies for your health or social-change goal.", "What goal are you working toward?"], welcome.Select(a => a.Text));
        Assert.Equal(["Who is one potential ally who might share that goal?"], afterGoal.Select(a => a.Text));
        var confirm = Assert.Single(afterAlly);
        Assert.Equal("Your goal: Fund naloxone kits. One ally: the nurses union. Is that right?", confirm.Text);
        Assert.Equal(["Yes", "No"], confirm.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal(["Noted: the nurses union as an ally for \"Fund naloxone kits\". Send any message to plan another goal."], afterYes.Select(a => a.Text));
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
            Activities.Message("conv-r", "Safer streets near the clinic", id: "r2"),
            Activities.Message("conv-r", "the parent-teacher association", id: "r3"),
            Activities.Message("conv-r", "no", id: "r4"),
            Activities.Message("conv-r", "Safer crossings", id: "r5"),
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
        Assert.Equal("Who is one potential ally who might share that goal?", restarted[4].Single());
    }

    [Fact]
    public async Task SameActivityIdPostedTwice_SecondIsIgnored()
    {
        await using var host = new BotHostFactory(_folder.File("bot.db"));
        var bot = new BotClient(host.StartAndCreateClient());
        await bot.ExchangeAsync(Activities.UserJoined("conv-d", id: "d1"));

        var first = await bot.TextsAsync(Activities.Message("conv-d", "Clean air", id: "d2"));
        var retry = await bot.TextsAsync(Activities.Message("conv-d", "Clean air", id: "d2"));
        var next = await bot.TextsAsync(Activities.Message("conv-d", "the asthma clinic", id: "d3"));

        Assert.Equal(["Who is one potential ally who might share that goal?"], first);
        Assert.Empty(retry);
        Assert.Equal(["Your goal: Clean air. One ally: the asthma clinic. Is that right?"], next);
    }
}
