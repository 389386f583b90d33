using AllyBot.Builder.Adapters;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Builder.Tests;

public class ShowTypingMiddlewareTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly TestAdapter _adapter = new();

    public ShowTypingMiddlewareTests() => _adapter.Use(new ShowTypingMiddleware(delay: 500, period: 2000, _time));

    private int TypingCount => _adapter.ActiveQueue.Count(a => a.Type == ActivityTypes.Typing);

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }

    [Fact]
    public async Task OnTurnAsync_SlowTurn_SendsTypingAfterDelayThenEveryPeriodUntilTurnEnds()
    {
        var release = new TaskCompletionSource();
        var turn = _adapter.SendTextToBotAsync("draft my pitch", async (ctx, ct) =>
        {
            await release.Task;
            await ctx.SendActivityAsync("Here is a draft.", cancellationToken: ct);
        });

        _time.Advance(TimeSpan.FromMilliseconds(499));
        await Task.Delay(50);
        Assert.Equal(0, TypingCount);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await EventuallyAsync(() => TypingCount == 1);
        _time.Advance(TimeSpan.FromMilliseconds(2000));
        await EventuallyAsync(() => TypingCount == 2);

        release.SetResult();
        await turn;
        _time.Advance(TimeSpan.FromSeconds(10));
        await Task.Delay(50);

        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Typing, ActivityTypes.Message], _adapter.ActiveQueue.Select(a => a.Type));
        var typing = _adapter.ActiveQueue.First();
        Assert.Equal(("bot", "user1", "convo1"), (typing.From!.Id, typing.Recipient!.Id, typing.Conversation!.Id));
    }

    [Fact]
    public async Task OnTurnAsync_FastTurn_SendsNoTyping()
    {
        await new TestFlow(_adapter, (ctx, ct) => ctx.SendActivityAsync("quick", cancellationToken: ct))
            .Test("hi", "quick")
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task OnTurnAsync_SlowTurn_DoesNotSetResponded()
    {
        var release = new TaskCompletionSource();
        bool? responded = null;
        var turn = _adapter.SendTextToBotAsync("hi", async (ctx, ct) =>
        {
            await release.Task;
            responded = ctx.Responded;
        });

        _time.Advance(TimeSpan.FromSeconds(1));
        await EventuallyAsync(() => TypingCount == 1);
        release.SetResult();
        await turn;

        Assert.False(responded);
    }

    [Fact]
    public async Task OnTurnAsync_ConversationUpdate_SendsNoTyping()
    {
        var release = new TaskCompletionSource();
        var turn = _adapter.ProcessActivityAsync(_adapter.MakeConversationUpdate(), async (ctx, ct) => await release.Task);

        _time.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(50);
        release.SetResult();
        await turn;

        Assert.Empty(_adapter.ActiveQueue);
    }

    [Fact]
    public void Constructor_ZeroPeriod_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShowTypingMiddleware(period: 0));
    }
}
