namespace AllyBot.Bot.Storage;

/// <summary>Where bot state lives. Bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// The storage provider by name: <c>sqlite</c> (default) or <c>memory</c> (state lost on exit; for tests
    /// and demos). More providers (e.g. <c>postgres</c>) plug in as further <see cref="IStorageProvider"/>s.
    /// </summary>
    public string Provider { get; set; } = StorageProviderNames.Sqlite;

    /// <summary>
    /// The provider's connection string. For SQLite the default is <c>Data Source=data/allybot.db</c>;
    /// a relative path is resolved against the host's content root (which, unless overridden, is the
    /// current working directory) and its folder is created when missing.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a write waits for another writer's lock before failing. Default 5 s.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 5000;
}

/// <summary>The names accepted by <see cref="StorageOptions.Provider"/>.</summary>
public static class StorageProviderNames
{
    public const string Sqlite = "sqlite";
    public const string Memory = "memory";
}
