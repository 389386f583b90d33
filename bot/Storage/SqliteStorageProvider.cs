using AllyBot.Builder.State;
using Microsoft.Data.Sqlite;

namespace AllyBot.Bot.Storage;

/// <summary>
/// <c>Storage:Provider = sqlite</c>. A relative <c>Data Source</c> is resolved against the host's content
/// root (the current working directory unless the host sets another), and its folder is created.
/// </summary>
public sealed class SqliteStorageProvider(IHostEnvironment environment, TimeProvider timeProvider) : IStorageProvider
{
    public const string DefaultConnectionString = "Data Source=data/allybot.db";

    public string Name => StorageProviderNames.Sqlite;

    public IStorage Create(StorageOptions options) =>
        new SqliteStorage(ResolveConnectionString(options.ConnectionString, environment.ContentRootPath), options.BusyTimeoutMilliseconds, timeProvider);

    /// <summary>Makes the data source absolute (under <paramref name="contentRoot"/>) and creates its folder.</summary>
    public static string ResolveConnectionString(string? connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString);
        var dataSource = builder.DataSource;
        var inMemory = builder.Mode == SqliteOpenMode.Memory || dataSource is "" or ":memory:";
        if (inMemory || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return builder.ConnectionString;

        var path = Path.GetFullPath(dataSource, contentRoot);
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        builder.DataSource = path;
        return builder.ConnectionString;
    }
}
