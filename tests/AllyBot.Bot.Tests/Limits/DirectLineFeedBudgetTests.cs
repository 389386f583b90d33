using System.Text.Json;
using AllyBot.Bot.Channels.DirectLine;
using AllyBot.Bot.Tests.Channels.DirectLine;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Tests.Limits;

/// <summary>The Direct Line feeds stay within their memory budgets: per conversation, and all together.</summary>
public sealed class DirectLineFeedBudgetTests
{
    private readonly ManualTimeProvider clock = new();

    [Fact]
    public async Task Append_BeyondTheConversationBudget_DropsTheOldestAndWatermarksKeepCounting()
    {
        var store = Store(new DirectLineOptions { MaxFeedBytesPerConversation = 10_000 });
        await store.StartAsync(Conversation("c1"), default);

        for (var i = 1; i <= 20; i++)
        {
            await store.AppendAsync("c1", Message($"{i}:" + new string('x', 1000)), default);
        }

        var page = (await store.GetActivitiesAsync("c1", null, default))!;
        Assert.Equal(20, page.Watermark);
        Assert.InRange(store.TotalFeedBytes, 1, 10_000);
        Assert.InRange(page.Activities.Count, 2, 5);
        Assert.Equal(Enumerable.Range(21 - page.Activities.Count, page.Activities.Count), Numbers(page));

        // A client that last saw watermark 3 (long dropped) gets what remains, and the watermark to go on from.
        var resumed = (await store.GetActivitiesAsync("c1", 3, default))!;
        Assert.Equal(Numbers(page), Numbers(resumed));
        Assert.Equal(20, resumed.Watermark);
    }

    [Fact]
    public async Task Append_OneActivityOverTheBudget_IsStillKept()
    {
        var store = Store(new DirectLineOptions { MaxFeedBytesPerConversation = 100 });
        await store.StartAsync(Conversation("c1"), default);

        await store.AppendAsync("c1", Message("1:small"), default);
        await store.AppendAsync("c1", Message("2:" + new string('x', 500)), default);

        var page = (await store.GetActivitiesAsync("c1", null, default))!;
        Assert.Equal(new[] { 2 }, Numbers(page));
    }

    [Fact]
    public async Task Append_BeyondTheTotalBudget_ForgetsTheLeastRecentlyUsedConversations()
    {
        var store = Store(new DirectLineOptions { MaxTotalFeedBytes = 30_000, MaxFeedBytesPerConversation = 20_000 });
        foreach (var id in new[] { "oldest", "recent", "writer" })
        {
            await store.StartAsync(Conversation(id), default);
            await store.AppendAsync(id, Message("1:" + new string('x', 4000)), default);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        await store.FindAsync("oldest", default);   // used again: "recent" is now the least recently used
        await store.AppendAsync("writer", Message("2:" + new string('x', 4000)), default);

        Assert.InRange(store.TotalFeedBytes, 1, 30_000);
        Assert.NotNull(await store.FindAsync("writer", default));
        Assert.NotNull(await store.FindAsync("oldest", default));
        Assert.Null(await store.FindAsync("recent", default));
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public async Task Forget_IdleConversation_ReleasesItsBytes()
    {
        var store = Store(new DirectLineOptions { ConversationIdleTimeout = TimeSpan.FromMinutes(1) });
        await store.StartAsync(Conversation("c1"), default);
        await store.AppendAsync("c1", Message("1:" + new string('x', 1000)), default);
        Assert.True(store.TotalFeedBytes > 2000);

        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(await store.FindAsync("c1", default));
        Assert.Equal(0, store.TotalFeedBytes);
    }

    private InMemoryDirectLineConversationStore Store(DirectLineOptions options) => new(clock, Options.Create(options));

    private static DirectLineConversation Conversation(string id) => new(id, "dl_user", null, AllyBot.Builder.Schema.Channels.Directline, null);

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static int[] Numbers(DirectLineActivityPage page) =>
        page.Activities.Select(a => int.Parse(JsonDocument.Parse(a.Activity).RootElement.GetProperty("text").GetString()!.Split(':')[0])).ToArray();
}
