using AllyBot.Builder.State;

namespace AllyBot.Builder.Tests.State;

public class MemoryStorageTests : StorageContractTests
{
    protected override IStorage CreateStorage(TimeProvider time) => new MemoryStorage(time);

    [Fact]
    public async Task WriteAsync_StoreItem_NewETagWrittenBackToItem()
    {
        var item = new Item { Name = "v1" };

        await Storage.WriteAsync(new Dictionary<string, object> { [Key("k")] = item });

        var stored = (System.Text.Json.JsonElement)(await Storage.ReadAsync([Key("k")]))[Key("k")];
        Assert.Equal(stored.GetProperty("eTag").GetString(), item.ETag);
    }

    [Fact]
    public async Task WriteAsync_NonObjectValue_ThrowsArgumentException()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync(new Dictionary<string, object> { [Key("k")] = "just text" }));
    }
}
