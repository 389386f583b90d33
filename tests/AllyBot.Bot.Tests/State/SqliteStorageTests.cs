using System.Text.Json;
using AllyBot.Bot.Storage;
using AllyBot.Builder.State;
using AllyBot.Builder.Tests.State;
using Microsoft.Data.Sqlite;

namespace AllyBot.Bot.Tests.State;

/// <summary>The storage contract against a real SQLite file, plus what only a file-backed store can show.</summary>
public sealed class SqliteStorageTests : StorageContractTests, IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.File("state.db");

    protected override IStorage CreateStorage(TimeProvider time) => new SqliteStorage($"Data Source={DatabasePath}", timeProvider: time);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WriteAsync_NewInstanceOnSameFile_ReadsWhatTheFirstWrote()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [Key("k")] = new Item { Name = "kept" } });

        using var reopened = new SqliteStorage($"Data Source={DatabasePath}");
        var element = (JsonElement)(await reopened.ReadAsync([Key("k")]))[Key("k")];

        Assert.Equal("kept", element.GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteAsync_TwoInstancesSameStaleETag_OneWinsOtherConflicts()
    {
        // Two stores on one file stand in for two processes: the ETag check is in SQL, not in memory.
        await Storage.WriteAsync(new Dictionary<string, object> { [Key("k")] = new Item { Name = "v0" } });
        var eTag = ((JsonElement)(await Storage.ReadAsync([Key("k")]))[Key("k")]).GetProperty("eTag").GetString();
        using var other = new SqliteStorage($"Data Source={DatabasePath}");

        var first = Storage.WriteAsync(new Dictionary<string, object> { [Key("k")] = new Item { ETag = eTag, Name = "a" } });
        var second = other.WriteAsync(new Dictionary<string, object> { [Key("k")] = new Item { ETag = eTag, Name = "b" } });
        var outcomes = await Task.WhenAll(Outcome(first), Outcome(second));

        Assert.Single(outcomes, o => o == "ok");
        Assert.Single(outcomes, o => o == "conflict");
    }

    [Fact]
    public async Task WriteAsync_BatchWithOneStaleETag_WritesNothing()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [Key("a")] = new Item { Name = "a0" }, [Key("b")] = new Item { Name = "b0" } });

        await Assert.ThrowsAsync<ETagConflictException>(() => Storage.WriteAsync(new Dictionary<string, object>
        {
            [Key("a")] = new Item { ETag = "*", Name = "a1" },
            [Key("b")] = new Item { ETag = "stale", Name = "b1" },
        }));

        var items = await Storage.ReadAsync([Key("a"), Key("b")]);
        Assert.Equal("a0", ((JsonElement)items[Key("a")]).GetProperty("name").GetString());
        Assert.Equal("b0", ((JsonElement)items[Key("b")]).GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteAsync_StoreItem_NewETagWrittenBackToItem()
    {
        var item = new Item { Name = "v1" };

        await Storage.WriteAsync(new Dictionary<string, object> { [Key("k")] = item });

        var stored = (JsonElement)(await Storage.ReadAsync([Key("k")]))[Key("k")];
        Assert.Equal(stored.GetProperty("eTag").GetString(), item.ETag);
    }

    [Fact]
    public async Task WriteAsync_NonObjectValue_ThrowsArgumentException()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync(new Dictionary<string, object> { [Key("k")] = "just text" }));
    }

    [Fact]
    public async Task FirstUse_CreatesSchemaAtCurrentVersionInWalMode()
    {
        await Storage.ReadAsync([Key("any")]);

        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        Assert.Equal((long)SqliteSchema.CurrentVersion, await ScalarAsync(connection, "PRAGMA user_version;"));
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal(1L, await ScalarAsync(connection, $"SELECT count(*) FROM sqlite_master WHERE name = '{SqliteSchema.StateTable}';"));
    }

    [Fact]
    public void ResolveConnectionString_RelativePath_UnderContentRootWithFolderCreated()
    {
        var resolved = SqliteStorageProvider.ResolveConnectionString("Data Source=nested/dir/bot.db", _folder.Path);

        var expected = System.IO.Path.Combine(_folder.Path, "nested", "dir", "bot.db");
        Assert.Equal(expected, new SqliteConnectionStringBuilder(resolved).DataSource);
        Assert.True(Directory.Exists(System.IO.Path.GetDirectoryName(expected)));
    }

    [Fact]
    public void ResolveConnectionString_Null_UsesDefaultDataFolder()
    {
        var resolved = SqliteStorageProvider.ResolveConnectionString(null, _folder.Path);

        Assert.Equal(System.IO.Path.Combine(_folder.Path, "data", "allybot.db"), new SqliteConnectionStringBuilder(resolved).DataSource);
    }

    private static async Task<string> Outcome(Task write)
    {
        try
        {
            await write;
            return "ok";
        }
        catch (ETagConflictException)
        {
            return "conflict";
        }
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
