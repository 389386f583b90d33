using AllyBot.Builder.Adapters;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Tests;

public class TurnContextTests
{
    private readonly TestAdapter _adapter = new(Channels.Msteams);

    private TurnContext NewContext(string? deliveryMode = null)
    {
        var inbound = _adapter.MakeActivity("hello");
        inbound.DeliveryMode = deliveryMode;
        return new TurnContext(_adapter, inbound);
    }

    [Fact]
    public async Task SendActivityAsync_Text_SendsMessageRoutedFromInbound()
    {
        using var context = NewContext();

        var response = await context.SendActivityAsync("What is your goal?");

        var reply = Assert.Single(_adapter.ActiveQueue);
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("What is your goal?", reply.Text);
        Assert.Equal(InputHints.AcceptingInput, reply.InputHint);
        Assert.Equal(context.Activity.Id, reply.ReplyToId);
        Assert.Equal(context.Activity.Recipient!.Id, reply.From!.Id);
        Assert.Equal(context.Activity.From!.Id, reply.Recipient!.Id);
        Assert.Equal(context.Activity.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal(Channels.Msteams, reply.ChannelId);
        Assert.Equal(context.Activity.ServiceUrl, reply.ServiceUrl);
        Assert.Equal(context.Activity.Locale, reply.Locale);
        Assert.Equal(reply.Id, response!.Id);
        Assert.True(context.Responded);
    }

    [Fact]
    public async Task SendActivityAsync_TraceOnly_DoesNotMarkResponded()
    {
        using var context = NewContext();

        await context.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "diag" });

        Assert.False(context.Responded);
    }

    [Fact]
    public async Task SendActivitiesAsync_Handlers_RunInRegistrationOrderBeforeAdapter()
    {
        using var context = NewContext();
        var calls = new List<string>();
        context.OnSendActivities(async (ctx, activities, next) =>
        {
            calls.Add($"first:{_adapter.ActiveQueue.Count}");
            activities.Add(MessageFactory.Text("added by first"));
            return await next();
        });
        context.OnSendActivities(async (ctx, activities, next) =>
        {
            calls.Add($"second:{activities.Count}");
            var responses = await next();
            calls.Add($"second-after:{_adapter.ActiveQueue.Count}");
            return responses;
        });

        var responses = await context.SendActivitiesAsync([MessageFactory.Text("one")]);

        Assert.Equal(["first:0", "second:2", "second-after:2"], calls);
        Assert.Equal(2, responses.Length);
        Assert.Equal(["one", "added by first"], _adapter.ActiveQueue.Select(a => a.Text));

        // As in the SDK, routing is applied before the handlers run; what a handler adds is its own business.
        Assert.Equal(context.Activity.Id, _adapter.ActiveQueue.First().ReplyToId);
    }

    [Fact]
    public async Task SendActivitiesAsync_HandlerSkipsNext_NothingSent()
    {
        using var context = NewContext();
        context.OnSendActivities((_, _, _) => Task.FromResult(Array.Empty<ResourceResponse>()));

        await context.SendActivityAsync("swallowed");

        Assert.Empty(_adapter.ActiveQueue);
        Assert.False(context.Responded);
    }

    [Fact]
    public async Task SendActivitiesAsync_ExpectReplies_BuffersInsteadOfSending()
    {
        using var context = NewContext(DeliveryModes.ExpectReplies);

        await context.SendActivityAsync("one");
        await context.SendActivityAsync("two");

        Assert.Empty(_adapter.ActiveQueue);
        Assert.Equal(["one", "two"], context.BufferedReplyActivities.Select(a => a.Text));
        Assert.True(context.Responded);
    }

    [Fact]
    public async Task SendActivitiesAsync_Empty_Throws()
    {
        using var context = NewContext();

        await Assert.ThrowsAsync<ArgumentException>(() => context.SendActivitiesAsync([]));
    }

    [Fact]
    public async Task UpdateActivityAsync_Handlers_RunThenAdapterReplacesReply()
    {
        using var context = NewContext();
        var sent = await context.SendActivityAsync("draft");
        var seen = new List<string?>();
        context.OnUpdateActivity(async (ctx, activity, next) =>
        {
            seen.Add(activity.Text);
            return await next();
        });

        await context.UpdateActivityAsync(new Activity { Type = ActivityTypes.Message, Id = sent!.Id, Text = "final" });

        Assert.Equal(["final"], seen);
        Assert.Equal("final", Assert.Single(_adapter.ActiveQueue).Text);
    }

    [Fact]
    public async Task DeleteActivityAsync_Id_HandlersSeeReferenceThenAdapterDeletes()
    {
        using var context = NewContext();
        var sent = await context.SendActivityAsync("oops");
        ConversationReference? seen = null;
        context.OnDeleteActivity(async (ctx, reference, next) =>
        {
            seen = reference;
            await next();
        });

        await context.DeleteActivityAsync(sent!.Id!);

        Assert.Equal(sent.Id, seen!.ActivityId);
        Assert.Equal(context.Activity.Conversation!.Id, seen.Conversation!.Id);
        Assert.Empty(_adapter.ActiveQueue);
    }

    [Fact]
    public void Dispose_TurnState_DisposesValues()
    {
        var context = NewContext();
        var resource = new DisposableProbe();
        context.TurnState.Add(resource);

        context.Dispose();

        Assert.True(resource.Disposed);
    }

    private sealed class DisposableProbe : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }
}
