using AllyBot.Builder.Adapters;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Tests;

public class BotAdapterTests
{
    private static IMiddleware Recording(List<string> log, string name) => new DelegateMiddleware(async (ctx, next, ct) =>
    {
        log.Add($"{name}:before");
        await next(ct);
        log.Add($"{name}:after");
    });

    [Fact]
    public async Task RunPipeline_Middleware_RunsInOrderAroundBot()
    {
        var log = new List<string>();
        var adapter = new TestAdapter().Use(Recording(log, "a")).Use(Recording(log, "b"));

        await adapter.SendTextToBotAsync("hi", (ctx, ct) =>
        {
            log.Add("bot");
            return Task.CompletedTask;
        });

        Assert.Equal(["a:before", "b:before", "bot", "b:after", "a:after"], log);
    }

    [Fact]
    public async Task RunPipeline_MiddlewareSkipsNext_BotNotCalled()
    {
        var botCalled = false;
        var adapter = new TestAdapter().Use(new DelegateMiddleware((ctx, next, ct) => Task.CompletedTask));

        await adapter.SendTextToBotAsync("hi", (ctx, ct) =>
        {
            botCalled = true;
            return Task.CompletedTask;
        });

        Assert.False(botCalled);
    }

    [Fact]
    public async Task RunPipeline_BotThrowsWithOnTurnError_HandlerGetsContextAndException()
    {
        var adapter = new TestAdapter();
        (ITurnContext Context, Exception Error)? handled = null;
        adapter.OnTurnError = async (ctx, ex) =>
        {
            handled = (ctx, ex);
            await ctx.SendActivityAsync("Sorry, something went wrong.");
        };

        await adapter.SendTextToBotAsync("hi", (ctx, ct) => throw new InvalidOperationException("boom"));

        Assert.Equal("boom", handled!.Value.Error.Message);
        Assert.Equal("hi", handled.Value.Context.Activity.Text);
        Assert.Equal("Sorry, something went wrong.", Assert.Single(adapter.ActiveQueue).Text);
    }

    [Fact]
    public async Task RunPipeline_MiddlewareThrowsWithoutOnTurnError_Rethrows()
    {
        var adapter = new TestAdapter().Use(new DelegateMiddleware((ctx, next, ct) => throw new InvalidOperationException("mw")));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => adapter.SendTextToBotAsync("hi", (ctx, ct) => Task.CompletedTask));

        Assert.Equal("mw", error.Message);
    }

    [Fact]
    public async Task ContinueConversationAsync_Reference_RunsCallbackWithContinuationEventThroughMiddleware()
    {
        var log = new List<string>();
        var adapter = new TestAdapter(Channels.Msteams).Use(Recording(log, "mw"));
        var reference = adapter.MakeActivity("earlier").GetConversationReference();
        Activity? seen = null;

        await adapter.ContinueConversationAsync("app-id", reference, async (ctx, ct) =>
        {
            seen = ctx.Activity;
            await ctx.SendActivityAsync("Your meeting starts in an hour.", cancellationToken: ct);
        }, CancellationToken.None);

        Assert.Equal(["mw:before", "mw:after"], log);
        Assert.Equal((ActivityTypes.Event, ActivityEventNames.ContinueConversation), (seen!.Type, seen.Name));
        var reply = Assert.Single(adapter.ActiveQueue);
        Assert.Equal(reference.User!.Id, reply.Recipient!.Id);
        Assert.Equal(reference.Conversation!.Id, reply.Conversation!.Id);
    }
}
