using System.Text.Json;
using AllyBot.Builder.State;

namespace AllyBot.Builder.Tests.State;

/// <summary>The contract's maintenance half: quarantine of unreadable values, deletion that covers them, pruning by age.</summary>
public abstract partial class StorageContractTests
{
    private IQuarantiningStorage Quarantining => Assert.IsAssignableFrom<IQuarantiningStorage>(Storage);

    private IExpiringStorage Expiring => Assert.IsAssignableFrom<IExpiringStorage>(Storage);

    [Fact]
    public async Task WriteAsync_NotStoredETagOnNewKey_Writes()
    {
        var key = Key("create");

        await WriteAsync(key, new Item { ETag = StoreETags.NotStored, Name = "first" });

        Assert.Equal("first", (await ReadOneAsync(key))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteAsync_NotStoredETagOnExistingKey_ThrowsAndKeepsTheStoredValue()
    {
        var key = Key("create-twice");
        await WriteAsync(key, new Item { ETag = StoreETags.NotStored, Name = "first" });

        await Assert.ThrowsAsync<ETagConflictException>(() => WriteAsync(key, new Item { ETag = StoreETags.NotStored, Name = "second" }));

        Assert.Equal("first", (await ReadOneAsync(key))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteAsync_TwentyConcurrentCreators_ExactlyOneWins()
    {
        var key = Key("create-race");
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writers = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await WriteAsync(key, new Item { ETag = StoreETags.NotStored, Count = i });
                return true;
            }
            catch (ETagConflictException)
            {
                return false;
            }
        })).ToArray();
        start.SetResult();

        Assert.Single(await Task.WhenAll(writers), won => won);
    }

    [Fact]
    public async Task QuarantineAsync_CurrentETag_MovesTheStoredTextAsideAndTheKeyReadsAbsent()
    {
        var key = Key("quarantine");
        await WriteAsync(key, new Item { Name = "kept aside" });
        var eTag = await ETagOfAsync(key);
        Clock.Advance(TimeSpan.FromMinutes(3));

        Assert.True(await Quarantining.QuarantineAsync(key, eTag, "not a plan"));

        Assert.Null(await ReadOneAsync(key));
        var aside = Assert.Single(await Quarantining.ReadQuarantinedAsync(key));
        Assert.Equal((key, eTag, "not a plan", Clock.Now), (aside.Key, aside.ETag, aside.Reason, aside.QuarantinedAt));
        Assert.Equal("kept aside", JsonDocument.Parse(aside.Stored).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task QuarantineAsync_StaleETag_LeavesTheNewerValueAlone()
    {
        var key = Key("quarantine-stale");
        await WriteAsync(key, new Item { Name = "broken" });
        var stale = await ETagOfAsync(key);
        await WriteAsync(key, new Item { Name = "fresh" });

        Assert.False(await Quarantining.QuarantineAsync(key, stale, "not a plan"));

        Assert.Equal("fresh", (await ReadOneAsync(key))!.Value.GetProperty("name").GetString());
        Assert.Empty(await Quarantining.ReadQuarantinedAsync(key));
    }

    [Fact]
    public async Task QuarantineAsync_MissingKey_False()
    {
        Assert.False(await Quarantining.QuarantineAsync(Key("never"), null, "gone"));
    }

    [Fact]
    public async Task QuarantineAsync_ThenWrite_StartsAFreshValueUnderTheSameKey()
    {
        var key = Key("quarantine-restart");
        await WriteAsync(key, new Item { Name = "broken" });
        await Quarantining.QuarantineAsync(key, null, "broken");

        await WriteAsync(key, new Item { Name = "fresh" });

        Assert.Equal("fresh", (await ReadOneAsync(key))!.Value.GetProperty("name").GetString());
        Assert.Single(await Quarantining.ReadQuarantinedAsync(key));
    }

    [Fact]
    public async Task DeleteAsync_KeyWithQuarantinedCopies_DeletesThemToo()
    {
        var (key, other) = (Key("delete-quarantined"), Key("other-quarantined"));
        await WriteAsync(key, new Item { Name = "first" });
        await Quarantining.QuarantineAsync(key, null, "broken");
        await WriteAsync(key, new Item { Name = "second" });
        await WriteAsync(other, new Item { Name = "someone else" });
        await Quarantining.QuarantineAsync(other, null, "broken");

        await Storage.DeleteAsync([key]);

        Assert.Null(await ReadOneAsync(key));
        Assert.Empty(await Quarantining.ReadQuarantinedAsync(key));
        Assert.Single(await Quarantining.ReadQuarantinedAsync(other));
    }

    [Fact]
    public async Task DeleteWrittenBeforeAsync_DeletesOnlyOldKeysUnderThePrefix()
    {
        var (old, recent, otherPrefix) = (Key("processed/old"), Key("processed/recent"), Key("plans/old"));
        await Storage.WriteAsync(new Dictionary<string, object> { [old] = new Item(), [otherPrefix] = new Item() });
        Clock.Advance(TimeSpan.FromMinutes(10));
        var cutoff = Clock.Now;
        Clock.Advance(TimeSpan.FromSeconds(1));
        await WriteAsync(recent, new Item());

        var deleted = await Expiring.DeleteWrittenBeforeAsync(Key("processed/"), cutoff);

        Assert.Equal(1, deleted);
        Assert.Equal(new[] { recent, otherPrefix }.Order(), (await Storage.ReadAsync([old, recent, otherPrefix])).Keys.Order());
    }

    [Fact]
    public async Task DeleteWrittenBeforeAsync_RewrittenKey_CountsFromItsLastWrite()
    {
        var key = Key("processed/rewritten");
        await WriteAsync(key, new Item { Count = 1 });
        Clock.Advance(TimeSpan.FromMinutes(10));
        await WriteAsync(key, new Item { Count = 2 });

        Assert.Equal(0, await Expiring.DeleteWrittenBeforeAsync(Key("processed/"), Clock.Now - TimeSpan.FromMinutes(1)));
        Assert.NotNull(await ReadOneAsync(key));
    }
}
