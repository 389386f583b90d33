using Microsoft.Data.Sqlite;

namespace AllyBot.Bot.Storage;

/// <summary>
/// Creates and migrates the SQLite schema. The version lives in <c>PRAGMA user_version</c>; each migration
/// runs once, in order, inside a write transaction so two processes opening the same file do not race.
/// To change the schema, append a step to <see cref="Migrations"/>; never edit a released one.
/// </summary>
internal static class SqliteSchema
{
    public const string StateTable = "bot_state";

    /// <summary>Rows set aside because they could not be read (see <c>IQuarantiningStorage</c>), for an operator.</summary>
    public const string QuarantineTable = "bot_state_quarantine";

    private static readonly string[] Migrations =
    [
        // 1: one row per storage key; json holds the value including its "eTag", etag mirrors it for the
        // conditional UPDATE … WHERE etag = @etag.
        $"""
        CREATE TABLE IF NOT EXISTS {StateTable} (
            key         TEXT NOT NULL PRIMARY KEY,
            etag        TEXT NOT NULL,
            json        TEXT NOT NULL,
            updated_utc TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
        // 2: unreadable rows moved aside as they were stored, with why and when; several per key possible.
        $"""
        CREATE TABLE IF NOT EXISTS {QuarantineTable} (
            id              INTEGER PRIMARY KEY,
            key             TEXT NOT NULL,
            etag            TEXT,
            json            TEXT NOT NULL,
            reason          TEXT NOT NULL,
            quarantined_utc TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS {QuarantineTable}_key ON {QuarantineTable} (key);
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // WAL lets readers proceed while one writer commits; the mode is stored in the file, so once is enough.
        // It cannot change inside a transaction, hence before the migration transaction.
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var version = Convert.ToInt32(await ScalarAsync(connection, "PRAGMA user_version;", cancellationToken));
        for (var step = version; step < Migrations.Length; step++)
            await ExecuteAsync(connection, Migrations[step], cancellationToken);
        if (version < Migrations.Length)
            await ExecuteAsync(connection, $"PRAGMA user_version = {Migrations.Length};", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
