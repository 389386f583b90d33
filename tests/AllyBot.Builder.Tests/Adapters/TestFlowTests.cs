using AllyBot.Builder.Adapters;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Tests.Adapters;

public class TestFlowTests
{
    private static readonly BotCallbackHandler Echo = async (ctx, ct) =>
    {
        if (ctx.Activity.Type == ActivityTypes.Message)
            await ctx.SendActivityAsync($"echo: {ctx.Activity.Text}", cancellationToken: ct);
    };

    [Fact]
    public async Task StartTestAsync_MatchingReplies_Passes()
    {
        await new TestFlow(new TestAdapter(), Echo)
            .Send("hi").AssertReply("echo: hi")
            .Test("again", "echo: again")
            .Test("check", reply => Assert.Equal(InputHints.AcceptingInput, reply.InputHint))
            .Send("x").AssertReply(reply => reply.Text!.EndsWith('x'))
            .Send("y").AssertReplyOneOf(["echo: z", "echo: y"])
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task StartTestAsync_WrongText_ThrowsWithBothTexts()
    {
        var flow = new TestFlow(new TestAdapter(), Echo).Test("hi", "hello", "greeting");

        var error = await Assert.ThrowsAsync<TestFlowAssertionException>(flow.StartTestAsync);

        Assert.Contains("greeting", error.Message);
        Assert.Contains("'hello'", error.Message);
        Assert.Contains("'echo: hi'", error.Message);
    }

    [Fact]
    public async Task StartTestAsync_NoReplyWhenOneExpected_TimesOut()
    {
        var flow = new TestFlow(new TestAdapter(), (ctx, ct) => Task.CompletedTask).Send("hi").AssertReply("anything", timeout: 50);

        var error = await Assert.ThrowsAsync<TestFlowAssertionException>(flow.StartTestAsync);

        Assert.Contains("timed out", error.Message);
    }

    [Fact]
    public async Task StartTestAsync_UnexpectedReply_AssertNoReplyThrows()
    {
        var flow = new TestFlow(new TestAdapter(), Echo).Send("hi").AssertNoReply("silence");

        await Assert.ThrowsAsync<TestFlowAssertionException>(flow.StartTestAsync);
    }

    [Fact]
    public async Task Send_Nothing_RunsBeforeStartTestAsync()
    {
        var turns = 0;
        var flow = new TestFlow(new TestAdapter(), (ctx, ct) => { turns++; return Task.CompletedTask; }).Send("a").Send("b");
        Assert.Equal(0, turns);

        await flow.StartTestAsync();

        Assert.Equal(2, turns);
    }

    [Fact]
    public async Task SendConversationUpdate_Bot_SeesMembersAdded()
    {
        await new TestFlow(new TestAdapter(), async (ctx, ct) =>
            {
                if (ctx.Activity.MembersAdded?.Any(m => m.Id != ctx.Activity.Recipient?.Id) == true)
                    await ctx.SendActivityAsync("Welcome!", cancellationToken: ct);
            })
            .SendConversationUpdate()
            .AssertReply("Welcome!")
            .StartTestAsync();
    }

    [Fact]
    public async Task ProcessActivityAsync_BareActivity_StampsTestConversation()
    {
        var adapter = new TestAdapter("webchat");
        Activity? seen = null;

        await adapter.ProcessActivityAsync(new Activity { Text = "hi" }, (ctx, ct) => { seen = ctx.Activity; return Task.CompletedTask; });

        Assert.Equal(ActivityTypes.Message, seen!.Type);
        Assert.Equal("webchat", seen.ChannelId);
        Assert.Equal(("user1", "bot", "convo1"), (seen.From!.Id, seen.Recipient!.Id, seen.Conversation!.Id));
        Assert.NotNull(seen.Id);
        Assert.NotNull(seen.Timestamp);
    }

    [Fact]
    public async Task SendActivitiesAsync_Trace_NotQueuedUnlessEnabled()
    {
        var quiet = new TestAdapter();
        var verbose = new TestAdapter(sendTraceActivity: true);
        BotCallbackHandler bot = (ctx, ct) => ctx.SendActivityAsync(new Activity { Type = ActivityTypes.Trace }, ct);

        await quiet.SendTextToBotAsync("hi", bot);
        await verbose.SendTextToBotAsync("hi", bot);

        Assert.Empty(quiet.ActiveQueue);
        Assert.Single(verbose.ActiveQueue);
    }
}
