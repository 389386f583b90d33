using AllyBot.Bot.Hosting;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Tests.Hosting;

public sealed class InMemoryActivityDeduplicatorTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private InMemoryActivityDeduplicator Create(TimeSpan? window = null, int capacity = 100) =>
        new(Options.Create(new BotHostOptions { DeduplicationWindow = window ?? TimeSpan.FromMinutes(10), DeduplicationCapacity = capacity }), _time);

    private static Activity Message(string id, string conversation = "c", string channel = "msteams") =>
        new() { Type = ActivityTypes.Message, Id = id, ChannelId = channel, Conversation = new ConversationAccount(conversation) };

    [Fact]
    public async Task TryRegisterAsync_SameIdTwice_SecondIsRepeat()
    {
        var dedupe = Create();

        Assert.True(await dedupe.TryRegisterAsync(Message("1")));
        Assert.False(await dedupe.TryRegisterAsync(Message("1")));
    }

    [Fact]
    public async Task TryRegisterAsync_SameIdOtherConversationOrChannel_NotRepeat()
    {
        var dedupe = Create();
        await dedupe.TryRegisterAsync(Message("1"));

        Assert.True(await dedupe.TryRegisterAsync(Message("1", conversation: "other")));
        Assert.True(await dedupe.TryRegisterAsync(Message("1", channel: "slack")));
    }

    [Fact]
    public async Task TryRegisterAsync_NoId_NeverRepeat()
    {
        var dedupe = Create();
        var noId = new Activity { Type = ActivityTypes.Message, ChannelId = "console", Conversation = new ConversationAccount("c") };

        Assert.True(await dedupe.TryRegisterAsync(noId));
        Assert.True(await dedupe.TryRegisterAsync(noId));
        Assert.Equal(0, dedupe.Count);
    }

    [Fact]
    public async Task TryRegisterAsync_TeamsRetryAfter15Seconds_IsRepeat()
    {
        var dedupe = Create();
        await dedupe.TryRegisterAsync(Message("1"));

        _time.Advance(TimeSpan.FromSeconds(15));

        Assert.False(await dedupe.TryRegisterAsync(Message("1")));
    }

    [Fact]
    public async Task TryRegisterAsync_AfterWindow_ForgottenAndMemoryFreed()
    {
        var dedupe = Create(window: TimeSpan.FromMinutes(1));
        for (var i = 0; i < 50; i++)
            await dedupe.TryRegisterAsync(Message(i.ToString()));

        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.True(await dedupe.TryRegisterAsync(Message("0")));
        Assert.Equal(1, dedupe.Count);
    }

    [Fact]
    public async Task TryRegisterAsync_OverCapacity_OldestForgottenCountBounded()
    {
        var dedupe = Create(capacity: 10);

        for (var i = 0; i < 1000; i++)
            await dedupe.TryRegisterAsync(Message(i.ToString()));

        Assert.Equal(10, dedupe.Count);
        Assert.False(await dedupe.TryRegisterAsync(Message("999")));
        Assert.True(await dedupe.TryRegisterAsync(Message("0")));
    }
}
