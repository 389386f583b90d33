using AllyBot.Bot.Storage;
using AllyBot.Builder.State;

namespace AllyBot.Bot.Tests.State;

/// <summary>
/// What only a real SQLite file can show: a row broken by hand is reported by key and can be set aside as it
/// was, and a deleted value leaves no copy in the database file or its write-ahead log.
/// </summary>
public sealed class SqliteFaultTests : IDisposable
{
    private const string Phrase = "Nurse Okafor at Mercy General, cell 555-0142";
    private const string UserId = "29:user-zq7w-delete-me";

    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.File("faults.db");

    private SqliteFile File => new(DatabasePath);

    public void Dispose() => _folder.Dispose();

    private SqliteStorage Open() => new($"Data Source={DatabasePath}");

    [Fact]
    public async Task ReadAsync_TruncatedJsonRow_ThrowsStateUnreadableNamingTheKeyAndItsETag()
    {
        using var storage = Open();
        await storage.WriteAsync(new Dictionary<string, object> { ["test/users/u1/plan"] = new { journey = new { goal = "clinic hours" } } });
        File.Execute("UPDATE bot_state SET json = substr(json, 1, 20) WHERE key = 'test/users/u1/plan';");
        var eTag = File.Scalar("SELECT etag FROM bot_state WHERE key = 'test/users/u1/plan';")?.ToString();

        var error = await Assert.ThrowsAsync<StateUnreadableException>(() => storage.ReadAsync(["test/users/u1/plan"]));

        Assert.Equal(("test/users/u1/plan", eTag), (error.Key, error.ETag));
        Assert.DoesNotContain("clinic", error.Message);
    }

    [Theory]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"just text\"")]
    [InlineData("")]
    public async Task ReadAsync_RowThatIsNotAJsonObject_ThrowsStateUnreadable(string stored)
    {
        using var storage = Open();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { a = 1 } });
        File.Execute("UPDATE bot_state SET json = @json WHERE key = 'k';", ("@json", stored));

        Assert.Equal("k", (await Assert.ThrowsAsync<StateUnreadableException>(() => storage.ReadAsync(["k"]))).Key);
    }

    [Fact]
    public async Task QuarantineAsync_TruncatedRow_KeepsTheRawTextAsideAndTheKeyStartsAfresh()
    {
        using var storage = Open();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { goal = "clinic hours" } });
        File.Execute("UPDATE bot_state SET json = '{\"goal\": \"clin' WHERE key = 'k';");
        var unreadable = await Assert.ThrowsAsync<StateUnreadableException>(() => storage.ReadAsync(["k"]));

        Assert.True(await storage.QuarantineAsync("k", unreadable.ETag, unreadable.Reason));

        Assert.Empty(await storage.ReadAsync(["k"]));
        Assert.Equal("{\"goal\": \"clin", Assert.Single(await storage.ReadQuarantinedAsync("k")).Stored);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { goal = "fresh" } });
        Assert.Single(await storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task DeleteAsync_AfterManyUpdates_LeavesNoCopyOfTheTextOrTheUserIdInTheFileOrTheWal()
    {
        using var storage = Open();
        var key = $"msteams/users/{UserId}/plan";
        for (var i = 0; i < 40; i++)
            await storage.WriteAsync(new Dictionary<string, object> { [key] = new { ETag = "*", note = $"{Phrase} #{i}", filler = new string('x', 50 * i) } });
        await storage.WriteAsync(new Dictionary<string, object> { ["msteams/users/someone-else/plan"] = new { note = "unrelated" } });
        Assert.True(Occurrences(Phrase) > 0, "the test must see the phrase before deleting");

        await storage.DeleteAsync([key]);

        Assert.Equal(0, Occurrences(Phrase));
        Assert.Equal(0, Occurrences(UserId));
        Assert.Equal("ok", File.Scalar("PRAGMA integrity_check;")?.ToString());
        Assert.Single(await storage.ReadAsync(["msteams/users/someone-else/plan"]));
    }

    [Fact]
    public async Task DeleteAsync_QuarantinedCopy_LeavesNoCopyEither()
    {
        using var storage = Open();
        var key = $"msteams/users/{UserId}/plan";
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new { note = Phrase } });
        await storage.QuarantineAsync(key, null, "test");

        await storage.DeleteAsync([key]);

        Assert.Equal(0, Occurrences(Phrase));
        Assert.Equal(0, Occurrences(UserId));
    }

    private int Occurrences(string text) => File.Occurrences(text);
}
