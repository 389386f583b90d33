using AllyBot.Bot.Hosting;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder;
using AllyBot.Builder.Adapters;
using AllyBot.Builder.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Tests.Hosting;

/// <summary>Processed deliveries live in the store, written with the turn, forgotten after the window.</summary>
public sealed class StoredActivityDeduplicatorTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly MemoryStorage _storage;
    private readonly TestAdapter _adapter = new();

    public StoredActivityDeduplicatorTests() => _storage = new MemoryStorage(_time);

    private StoredActivityDeduplicator Create(TimeSpan? window = null) =>
        new(_storage, Options.Create(new BotHostOptions { DeduplicationWindow = window ?? TimeSpan.FromMinutes(10) }), _time, NullLogger<StoredActivityDeduplicator>.Instance);

    /// <summary>A turn that marks the delivery and commits (what the adapter does after a successful turn).</summary>
    private async Task CommitTurnAsync(StoredActivityDeduplicator dedupe, params string[] deliveryKeys)
    {
        using var turn = new TurnContext(_adapter, _adapter.MakeActivity("hi"));
        foreach (var key in deliveryKeys)
            dedupe.MarkProcessed(turn, key);
        await _storage.WriteAsync(new Dictionary<string, object>(TurnWrites.Take(turn)));
    }

    [Fact]
    public async Task IsProcessed_OnlyOnceTheTurnCommitted()
    {
        var dedupe = Create();
        var key = DeliveryKeys.Of("msteams", "c", "1");
        using (var uncommitted = new TurnContext(_adapter, _adapter.MakeActivity("hi")))
            dedupe.MarkProcessed(uncommitted, key);
        Assert.False(await dedupe.IsProcessedAsync(key));

        await CommitTurnAsync(dedupe, key);

        Assert.True(await dedupe.IsProcessedAsync(key));
        Assert.False(await dedupe.IsProcessedAsync(DeliveryKeys.Of("msteams", "other", "1")));
        Assert.False(await dedupe.IsProcessedAsync(DeliveryKeys.Of("slack", "c", "1")));
    }

    [Fact]
    public async Task IsProcessed_NewInstanceOnTheSameStore_StillKnowsIt()
    {
        await CommitTurnAsync(Create(), DeliveryKeys.Of("msteams", "c", "1"));

        Assert.True(await Create().IsProcessedAsync(DeliveryKeys.Of("msteams", "c", "1")));
    }

    [Fact]
    public async Task TeamsRetryAfter15Seconds_IsProcessed()
    {
        var dedupe = Create();
        await CommitTurnAsync(dedupe, "k");

        _time.Advance(TimeSpan.FromSeconds(15));

        Assert.True(await dedupe.IsProcessedAsync("k"));
    }

    [Fact]
    public async Task AfterTheWindow_ForgottenAndPrunedFromTheStore()
    {
        var dedupe = Create(window: TimeSpan.FromMinutes(1));
        var keys = Enumerable.Range(0, 50).Select(i => $"k{i}").ToArray();
        await CommitTurnAsync(dedupe, keys);

        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.False(await dedupe.IsProcessedAsync("k0"));
        Assert.Empty(await _storage.ReadAsync([.. keys.Select(StoredActivityDeduplicator.StorageKey)]));
    }

    [Fact]
    public void StorageKey_HoldsNoIdOfThePersonOrConversation()
    {
        var key = StoredActivityDeduplicator.StorageKey(DeliveryKeys.Of("msteams", "a:1AbcPersonalChat", "29:user-id"));

        Assert.StartsWith(StoredActivityDeduplicator.KeyPrefix, key);
        Assert.DoesNotContain("Personal", key);
        Assert.DoesNotContain("user-id", key);
    }
}
