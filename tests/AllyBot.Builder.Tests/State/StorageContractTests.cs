using System.Text.Json;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;

namespace AllyBot.Builder.Tests.State;

/// <summary>
/// The storage contract every <see cref="IStorage"/> must meet (see IStorage and the common brief). Derive a
/// test class and implement <see cref="CreateStorage"/>; override <see cref="CleanupAsync"/> to remove files or
/// databases. Depends only on AllyBot.Builder and xunit, so other test projects can link this file.
/// Keys are unique per test, so a shared database is fine. The AllyBot stores also quarantine unreadable
/// values (<see cref="IQuarantiningStorage"/>) and prune by age (<see cref="IExpiringStorage"/>); both are
/// part of this contract, see StorageContractTests.Maintenance.cs.
/// </summary>
public abstract partial class StorageContractTests : IAsyncLifetime
{
    private readonly string _prefix = $"contract-{Guid.NewGuid():n}";
    private IStorage? _storage;

    protected IStorage Storage => _storage ?? throw new InvalidOperationException("The storage is created in InitializeAsync.");

    /// <summary>The store under test, reading the time from <paramref name="time"/> (the test's <see cref="Clock"/>).</summary>
    protected abstract IStorage CreateStorage(TimeProvider time);

    /// <summary>The clock the store is created with; tests move it by hand.</summary>
    protected ContractClock Clock { get; } = new();

    /// <summary>Called after each test; the default disposes the storage if it is disposable.</summary>
    protected virtual async ValueTask CleanupAsync(IStorage storage)
    {
        if (storage is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync();
        else if (storage is IDisposable disposable) disposable.Dispose();
    }

    public virtual Task InitializeAsync()
    {
        _storage = CreateStorage(Clock);
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync()
    {
        if (_storage is not null) await CleanupAsync(_storage);
    }

    protected string Key(string name) => $"{_prefix}/{name}";

    public sealed class Item : IStoreItem
    {
        public string? ETag { get; set; }
        public string? Name { get; set; }
        public int Count { get; set; }
        public List<string> Tags { get; set; } = [];
    }

    /// <summary>A clock moved by hand (this file depends on nothing but the builder and xunit).</summary>
    public sealed class ContractClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;

        public void Advance(TimeSpan by) => Now += by;
    }

    private async Task<JsonElement?> ReadOneAsync(string key)
    {
        var items = await Storage.ReadAsync([key]);
        return items.TryGetValue(key, out var value) ? Assert.IsType<JsonElement>(value) : null;
    }

    private async Task<string> ETagOfAsync(string key)
    {
        var element = await ReadOneAsync(key) ?? throw new InvalidOperationException($"{key} is missing.");
        return element.GetProperty("eTag").GetString()!;
    }

    private Task WriteAsync(string key, object value) => Storage.WriteAsync(new Dictionary<string, object> { [key] = value });

    [Fact]
    public async Task ReadAsync_MissingKey_Absent()
    {
        var items = await Storage.ReadAsync([Key("missing")]);

        Assert.Empty(items);
    }

    [Fact]
    public async Task WriteAsync_StoreItem_ReadReturnsJsonObjectWithDataAndETag()
    {
        var key = Key("item");

        await WriteAsync(key, new Item { Name = "Ada — café ✓", Count = 3, Tags = ["nurses", "students"] });

        var element = (await ReadOneAsync(key))!.Value;
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        Assert.False(string.IsNullOrEmpty(element.GetProperty("eTag").GetString()));
        Assert.Equal("Ada — café ✓", element.GetProperty("name").GetString());
        var item = BuilderJson.Convert<Item>(element)!;
        Assert.Equal(("Ada — café ✓", 3), (item.Name, item.Count));
        Assert.Equal(["nurses", "students"], item.Tags);
        Assert.Equal(element.GetProperty("eTag").GetString(), item.ETag);
    }

    [Fact]
    public async Task WriteAsync_PlainObjectWithoutETag_RoundTripsWithETag()
    {
        var key = Key("plain");

        await WriteAsync(key, new Dictionary<string, object> { ["goal"] = "clinic hours", ["nested"] = new { list = new[] { 1, 2 } } });

        var element = (await ReadOneAsync(key))!.Value;
        Assert.Equal("clinic hours", element.GetProperty("goal").GetString());
        Assert.Equal(2, element.GetProperty("nested").GetProperty("list")[1].GetInt32());
        Assert.False(string.IsNullOrEmpty(element.GetProperty("eTag").GetString()));
    }

    [Fact]
    public async Task WriteAsync_ValueChangedAfterWrite_StoredValueUnchanged()
    {
        var key = Key("snapshot");
        var item = new Item { Name = "before" };

        await WriteAsync(key, item);
        item.Name = "after";

        Assert.Equal("before", (await ReadOneAsync(key))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteAsync_EachWrite_GetsNewETag()
    {
        var key = Key("etags");
        var seen = new HashSet<string>();

        for (var i = 0; i < 3; i++)
        {
            await WriteAsync(key, new Item { ETag = "*", Count = i });
            Assert.True(seen.Add(await ETagOfAsync(key)), "an ETag was reused");
        }

        await WriteAsync(key, new Item { ETag = await ETagOfAsync(key), Count = 9 });
        Assert.True(seen.Add(await ETagOfAsync(key)), "an ETag was reused");
    }

    [Fact]
    public async Task WriteAsync_CurrentETag_Succeeds()
    {
        var key = Key("current");
        await WriteAsync(key, new Item { Name = "v1" });

        await WriteAsync(key, new Item { ETag = await ETagOfAsync(key), Name = "v2" });

        Assert.Equal("v2", (await ReadOneAsync(key))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteAsync_ETagStar_OverwritesWhateverIsStored()
    {
        var key = Key("star");
        await WriteAsync(key, new Item { Name = "v1" });
        await WriteAsync(key, new Item { ETag = "*", Name = "v2" });

        await WriteAsync(key, new Item { ETag = "*", Name = "v3" });

        Assert.Equal("v3", (await ReadOneAsync(key))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteAsync_NullETagOnExistingKey_Overwrites()
    {
        var key = Key("null-etag");
        await WriteAsync(key, new Item { Name = "v1" });

        await WriteAsync(key, new Item { ETag = null, Name = "v2" });

        Assert.Equal("v2", (await ReadOneAsync(key))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteAsync_ETagOnNewKey_Writes()
    {
        var key = Key("new-with-etag");

        await WriteAsync(key, new Item { ETag = "some-old-etag", Name = "v1" });

        Assert.Equal("v1", (await ReadOneAsync(key))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteAsync_StaleStoreItemETag_ThrowsAndKeepsStoredValue()
    {
        var key = Key("stale");
        await WriteAsync(key, new Item { Name = "v1" });
        var stale = await ETagOfAsync(key);
        await WriteAsync(key, new Item { ETag = stale, Name = "v2" });

        var error = await Assert.ThrowsAsync<ETagConflictException>(() => WriteAsync(key, new Item { ETag = stale, Name = "v3" }));

        Assert.Equal(key, error.Key);
        Assert.Equal("v2", (await ReadOneAsync(key))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteAsync_StalePlainObjectETag_Throws()
    {
        var key = Key("stale-plain");
        await WriteAsync(key, new Dictionary<string, object> { ["name"] = "v1" });
        var stale = await ETagOfAsync(key);
        await WriteAsync(key, new Dictionary<string, object> { ["eTag"] = stale, ["name"] = "v2" });

        await Assert.ThrowsAsync<ETagConflictException>(() => WriteAsync(key, new { eTag = stale, name = "v3" }));

        Assert.Equal("v2", (await ReadOneAsync(key))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteAsync_ReadElementWrittenBack_IsETagChecked()
    {
        var key = Key("element");
        await WriteAsync(key, new Item { Name = "v1" });
        var read = (await ReadOneAsync(key))!.Value;
        await WriteAsync(key, read);

        await Assert.ThrowsAsync<ETagConflictException>(() => WriteAsync(key, read));
    }

    [Fact]
    public async Task WriteAsync_SameStaleETagTwiceInSequence_SecondThrows()
    {
        var key = Key("sequence");
        await WriteAsync(key, new Item { Name = "v0" });
        var eTag = await ETagOfAsync(key);

        await WriteAsync(key, new Item { ETag = eTag, Name = "first" });
        await Assert.ThrowsAsync<ETagConflictException>(() => WriteAsync(key, new Item { ETag = eTag, Name = "second" }));

        Assert.Equal("first", (await ReadOneAsync(key))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task DeleteAsync_ExistingKey_ReadAbsent()
    {
        var key = Key("delete");
        await WriteAsync(key, new Item { Name = "v1" });

        await Storage.DeleteAsync([key]);

        Assert.Null(await ReadOneAsync(key));
    }

    [Fact]
    public async Task DeleteAsync_MissingKey_NoError()
    {
        await Storage.DeleteAsync([Key("never-written")]);

        Assert.Null(await ReadOneAsync(Key("never-written")));
    }

    [Fact]
    public async Task DeleteAsync_ThenWrite_CreatesFreshItem()
    {
        var key = Key("recreate");
        await WriteAsync(key, new Item { Name = "v1" });
        await Storage.DeleteAsync([key]);

        await WriteAsync(key, new Item { Name = "v2" });

        Assert.Equal("v2", (await ReadOneAsync(key))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteAsync_Batch_WritesEveryKeyAndReadReturnsOnlyExisting()
    {
        var (a, b, missing) = (Key("batch-a"), Key("batch-b"), Key("batch-missing"));

        await Storage.WriteAsync(new Dictionary<string, object> { [a] = new Item { Name = "a" }, [b] = new Item { Name = "b" } });

        var items = await Storage.ReadAsync([a, b, missing]);
        Assert.Equal([a, b], items.Keys.Order());
        Assert.Equal("b", ((JsonElement)items[b]).GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteAsync_BatchWithOneConflict_WritesNothing()
    {
        var (a, b) = (Key("atomic-a"), Key("atomic-b"));
        await WriteAsync(a, new Item { Name = "a1" });
        await WriteAsync(b, new Item { Name = "b1" });
        var staleB = await ETagOfAsync(b);
        await WriteAsync(b, new Item { Name = "b2" });

        await Assert.ThrowsAsync<ETagConflictException>(() => Storage.WriteAsync(new Dictionary<string, object>
        {
            [a] = new Item { ETag = "*", Name = "a2" },
            [b] = new Item { ETag = staleB, Name = "b3" },
        }));

        Assert.Equal("a1", (await ReadOneAsync(a))!.Value.GetProperty("name").GetString());
        Assert.Equal("b2", (await ReadOneAsync(b))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteAsync_ChannelStyleKeys_StoredVerbatim()
    {
        var teams = Key("msteams/conversations/19:abc@thread.tacv2;messageid=1712345678901");
        var slack = Key("slack/users/U012AB3CD:T012AB3CD");

        await Storage.WriteAsync(new Dictionary<string, object> { [teams] = new Item { Name = "t" }, [slack] = new Item { Name = "s" } });

        Assert.Equal("t", (await ReadOneAsync(teams))!.Value.GetProperty("name").GetString());
        Assert.Equal("s", (await ReadOneAsync(slack))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task ReadAsync_NoKeys_Empty()
    {
        Assert.Empty(await Storage.ReadAsync([]));
    }

    [Fact]
    public async Task WriteAsync_NoChanges_NoError()
    {
        await Storage.WriteAsync(new Dictionary<string, object>());
    }
}
