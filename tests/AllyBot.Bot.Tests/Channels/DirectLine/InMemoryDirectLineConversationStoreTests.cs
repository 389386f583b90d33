using System.Text.Json;
using AllyBot.Bot.Channels.DirectLine;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Tests.Channels.DirectLine;

public sealed class InMemoryDirectLineConversationStoreTests
{
    private readonly ManualTimeProvider clock = new();

    [Fact]
    public async Task Append_Activities_GetsSequentialIdsAndWatermarks()
    {
        var store = Store();
        await store.StartAsync(Conversation("c1"), default);

        var first = await store.AppendAsync("c1", Message("one"), default);
        var second = await store.AppendAsync("c1", Message("two"), default);
        var page = await store.GetActivitiesAsync("c1", null, default);

        Assert.Equal("c1|0000001", first);
        Assert.Equal("c1|0000002", second);
        Assert.Equal(2, page!.Watermark);
        Assert.Equal(["one", "two"], Texts(page));
    }

    [Fact]
    public async Task GetActivities_AfterWatermark_ReturnsOnlyNewer()
    {
        var store = Store();
        await store.StartAsync(Conversation("c1"), default);
        foreach (var text in new[] { "one", "two", "three" })
        {
            await store.AppendAsync("c1", Message(text), default);
        }

        var page = await store.GetActivitiesAsync("c1", 2, default);
        var none = await store.GetActivitiesAsync("c1", 3, default);

        Assert.Equal(["three"], Texts(page!));
        Assert.Empty(none!.Activities);
        Assert.Equal(3, none.Watermark);
    }

    [Fact]
    public async Task Append_AfterwardsChangingTheActivity_DoesNotChangeTheFeed()
    {
        var store = Store();
        await store.StartAsync(Conversation("c1"), default);
        var activity = Message("as sent");

        await store.AppendAsync("c1", activity, default);
        activity.Text = "changed later";

        Assert.Equal(["as sent"], Texts((await store.GetActivitiesAsync("c1", null, default))!));
    }

    [Fact]
    public async Task Append_BeyondTheCap_DropsTheOldest()
    {
        var store = Store(new DirectLineOptions { MaxActivitiesPerConversation = 2 });
        await store.StartAsync(Conversation("c1"), default);
        foreach (var text in new[] { "one", "two", "three" })
        {
            await store.AppendAsync("c1", Message(text), default);
        }

        var page = await store.GetActivitiesAsync("c1", null, default);

        Assert.Equal(["two", "three"], Texts(page!));
        Assert.Equal(3, page!.Watermark);
    }

    [Fact]
    public async Task Find_AfterIdleTimeout_ForgetsTheConversation()
    {
        var store = Store(new DirectLineOptions { ConversationIdleTimeout = TimeSpan.FromMinutes(10) });
        await store.StartAsync(Conversation("c1"), default);

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.NotNull(await store.FindAsync("c1", default));
        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.NotNull(await store.FindAsync("c1", default));
        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Null(await store.FindAsync("c1", default));
        Assert.Null(await store.AppendAsync("c1", Message("late"), default));
        Assert.Null(await store.GetActivitiesAsync("c1", null, default));
    }

    [Fact]
    public async Task Start_SameIdTwice_SecondFindsTheFirst()
    {
        var store = Store();

        var (first, created) = await store.StartAsync(Conversation("c1", user: "dl_a"), default);
        var (second, createdAgain) = await store.StartAsync(Conversation("c1", user: "dl_b"), default);

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal("dl_a", first.UserId);
        Assert.Equal("dl_a", second.UserId);
    }

    [Fact]
    public async Task Start_OverMaxConversations_EvictsTheLeastRecentlyUsed()
    {
        var store = Store(new DirectLineOptions { MaxConversations = 2 });
        await store.StartAsync(Conversation("old"), default);
        clock.Advance(TimeSpan.FromSeconds(1));
        await store.StartAsync(Conversation("recent"), default);
        clock.Advance(TimeSpan.FromSeconds(1));
        await store.FindAsync("old", default); // used again: now "recent" is the least recently used
        clock.Advance(TimeSpan.FromSeconds(1));

        await store.StartAsync(Conversation("new"), default);

        Assert.NotNull(await store.FindAsync("old", default));
        Assert.Null(await store.FindAsync("recent", default));
        Assert.NotNull(await store.FindAsync("new", default));
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public async Task Subscribe_AppendAndTransient_SignalsInOrder()
    {
        var store = Store();
        await store.StartAsync(Conversation("c1"), default);
        using var subscription = store.Subscribe("c1")!;

        await store.AppendAsync("c1", Message("one"), default);
        await store.PublishTransientAsync("c1", new Activity { Type = ActivityTypes.Typing }, default);

        Assert.True(subscription.Signals.TryRead(out var grew));
        Assert.Equal(DirectLineFeedSignal.FeedGrew(1), grew);
        Assert.True(subscription.Signals.TryRead(out var typing));
        Assert.Equal(1, typing.Watermark);
        Assert.Contains("\"typing\"", typing.TransientActivity, StringComparison.Ordinal);
        Assert.Empty((await store.GetActivitiesAsync("c1", 1, default))!.Activities);
    }

    [Fact]
    public async Task Subscribe_ConversationExpires_CompletesTheSignals()
    {
        var store = Store(new DirectLineOptions { ConversationIdleTimeout = TimeSpan.FromMinutes(1) });
        await store.StartAsync(Conversation("c1"), default);
        using var subscription = store.Subscribe("c1")!;

        clock.Advance(TimeSpan.FromMinutes(2));
        await store.FindAsync("c1", default);

        Assert.False(await subscription.Signals.WaitToReadAsync());
    }

    [Fact]
    public void Subscribe_UnknownConversation_ReturnsNull() =>
        Assert.Null(Store().Subscribe("nope"));

    private InMemoryDirectLineConversationStore Store(DirectLineOptions? options = null) =>
        new(clock, Options.Create(options ?? new DirectLineOptions()));

    private static DirectLineConversation Conversation(string id, string user = "dl_user") =>
        new(id, user, null, AllyBot.Builder.Schema.Channels.Directline, null);

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static string[] Texts(DirectLineActivityPage page) =>
        page.Activities.Select(entry => JsonDocument.Parse(entry.Activity).RootElement.GetProperty("text").GetString()!).ToArray();
}
