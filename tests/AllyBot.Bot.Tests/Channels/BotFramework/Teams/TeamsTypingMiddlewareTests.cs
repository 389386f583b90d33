using AllyBot.Bot.Channels.BotFramework.Teams;
using AllyBot.Bot.Hosting;
using AllyBot.Builder;
using AllyBot.Builder.Adapters;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Teams;

public sealed class TeamsTypingMiddlewareTests
{
    private static readonly TimeSpan Beat = TimeSpan.FromMilliseconds(60);

    private static async Task<List<Activity>> RunAsync(Activity activity, Func<ITurnContext, Task> bot, bool hostTypes = false, bool teamsTypes = true)
    {
        var middleware = new TeamsTypingMiddleware(
            Options.Create(new BotHostOptions { SendTypingIndicator = hostTypes, TypingDelay = Beat, TypingPeriod = Beat }),
            Options.Create(new TeamsOptions { SendTypingIndicator = teamsTypes }),
            TimeProvider.System);
        var adapter = new TestAdapter(AllyBot.Builder.Schema.Channels.Msteams).Use(middleware);
        await adapter.ProcessActivityAsync(activity, (context, _) => bot(context));
        var sent = new List<Activity>();
        while (adapter.GetNextReply() is { } reply)
            sent.Add(reply);
        return sent;
    }

    /// <summary>Works long enough for several typing beats, answers, then keeps working (saving state, say).</summary>
    private static async Task SlowBot(ITurnContext context)
    {
        await Task.Delay(Beat * 5);
        await context.SendActivityAsync("Here is your pitch.");
        await Task.Delay(Beat * 5);
    }

    /// <summary>
    /// Works until "typing…" has gone out (however busy the machine: waits on that, not on a fixed time), answers,
    /// then keeps working for several typing beats (saving state, say).
    /// </summary>
    private static async Task SlowBotSeenTyping(ITurnContext context)
    {
        var sent = ((TestAdapter)context.Adapter).ActiveQueue;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!sent.Any(a => a.Type == ActivityTypes.Typing) && DateTime.UtcNow < deadline)
            await Task.Delay(Beat);
        await context.SendActivityAsync("Here is your pitch.");
        await Task.Delay(Beat * 5);
    }

    [Fact]
    public async Task OnTurnAsync_SlowTeamsTurn_TypingBeforeTheAnswerAndNeverAfter()
    {
        var sent = await RunAsync(TeamsActivities.Personal("draft pitches"), SlowBotSeenTyping);

        var answer = sent.FindIndex(a => a.Type == ActivityTypes.Message);
        Assert.True(answer > 0, "expected typing before the answer: " + string.Join(",", sent.Select(a => a.Type)));
        Assert.All(sent.Take(answer), a => Assert.Equal(ActivityTypes.Typing, a.Type));
        Assert.Equal(answer, sent.Count - 1);
    }

    [Fact]
    public async Task OnTurnAsync_FastTurn_NoTyping()
    {
        var sent = await RunAsync(TeamsActivities.Personal("help"), context => context.SendActivityAsync("help text"));

        Assert.Equal([ActivityTypes.Message], sent.Select(a => a.Type!).ToArray());
    }

    [Fact]
    public async Task OnTurnAsync_OtherChannel_NoTyping()
    {
        var activity = TeamsActivities.Personal("draft pitches");
        activity.ChannelId = AllyBot.Builder.Schema.Channels.Slack;

        var sent = await RunAsync(activity, SlowBot);

        Assert.DoesNotContain(sent, a => a.Type == ActivityTypes.Typing);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task OnTurnAsync_HostTypesOrTeamsTypingOff_StandsAside(bool hostTypes, bool teamsTypes)
    {
        var sent = await RunAsync(TeamsActivities.Personal("draft pitches"), SlowBot, hostTypes, teamsTypes);

        Assert.DoesNotContain(sent, a => a.Type == ActivityTypes.Typing);
    }
}
