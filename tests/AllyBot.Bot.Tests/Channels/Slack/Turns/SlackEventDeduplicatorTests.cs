using AllyBot.Bot.Channels.Slack;
using AllyBot.Bot.Channels.Slack.Turns;
using AllyBot.Bot.Hosting;
using AllyBot.Bot.Tests.Channels.Slack.Support;
using AllyBot.Builder;
using AllyBot.Builder.Adapters;
using AllyBot.Builder.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Tests.Channels.Slack.Turns;

public sealed class SlackEventDeduplicatorTests
{
    private readonly FixedTimeProvider _clock = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
    private readonly MemoryStorage _storage = new();

    private StoredActivityDeduplicator Processed() =>
        new(_storage, Options.Create(new BotHostOptions()), _clock, NullLogger<StoredActivityDeduplicator>.Instance);

    private SlackEventDeduplicator Create(int capacity = 100, TimeSpan? window = null) =>
        new(Processed(), Options.Create(new SlackOptions { DeduplicationCapacity = capacity, DeduplicationWindow = window ?? TimeSpan.FromHours(1) }), _clock);

    [Fact]
    public async Task TryRegister_EventWhoseTurnWasSavedBeforeARestart_IsRepeat()
    {
        var adapter = new TestAdapter();
        using (var turn = new TurnContext(adapter, adapter.MakeActivity("hi")))
        {
            Processed().MarkProcessed(turn, SlackEventDeduplicator.KeyFor("Ev1"));
            await _storage.WriteAsync(new Dictionary<string, object>(TurnWrites.Take(turn)));
        }

        var afterRestart = Create();

        Assert.False(await afterRestart.TryRegisterAsync("Ev1"));
        Assert.True(await afterRestart.TryRegisterAsync("Ev2"));
    }

    [Fact]
    public async Task TryRegister_SameEventTwice_SecondIsRepeat()
    {
        var dedupe = Create();

        Assert.True(await dedupe.TryRegisterAsync("Ev1"));
        Assert.False(await dedupe.TryRegisterAsync("Ev1"));
        Assert.True(await dedupe.TryRegisterAsync("Ev2"));
    }

    [Fact]
    public async Task TryRegister_AfterTheWindow_IsNewAgain()
    {
        var dedupe = Create(window: TimeSpan.FromMinutes(10));
        await dedupe.TryRegisterAsync("Ev1");

        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.True(await dedupe.TryRegisterAsync("Ev1"));
    }

    [Fact]
    public async Task TryRegister_OverCapacity_ForgetsTheOldestAndStaysBounded()
    {
        var dedupe = Create(capacity: 3);
        foreach (var id in new[] { "a", "b", "c", "d" })
            await dedupe.TryRegisterAsync(id);

        Assert.Equal(3, dedupe.Count);
        Assert.False(await dedupe.TryRegisterAsync("d"));
        Assert.True(await dedupe.TryRegisterAsync("a"));
    }

    [Fact]
    public async Task Forget_ThenRegister_IsNewAndKeepsItsOwnExpiry()
    {
        var dedupe = Create(window: TimeSpan.FromMinutes(10));
        await dedupe.TryRegisterAsync("Ev1");
        await dedupe.ForgetAsync("Ev1");
        _clock.Advance(TimeSpan.FromMinutes(6));

        Assert.True(await dedupe.TryRegisterAsync("Ev1"));
        _clock.Advance(TimeSpan.FromMinutes(6));   // the first registration's entry has expired, the second's not

        Assert.False(await dedupe.TryRegisterAsync("Ev1"));
    }
}
