using AllyBot.Builder.State;
using Microsoft.Data.Sqlite;

namespace AllyBot.Bot.Storage;

public sealed partial class SqliteStorage
{
    private const int CheckpointAttempts = 5;

    public async Task<bool> QuarantineAsync(string key, string? eTag, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(reason);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        // The etag column decides (the conditional UPDATE uses it too), so even a row whose JSON is broken can be matched.
        const string Matches = "key = @key AND (@etag IS NULL OR etag = @etag)";
        var moved = await ExecuteAsync(connection, $"""
            INSERT INTO {SqliteSchema.QuarantineTable} (key, etag, json, reason, quarantined_utc)
            SELECT key, etag, json, @reason, @now FROM {SqliteSchema.StateTable} WHERE {Matches};
            """, cancellationToken, ("@key", key), ("@etag", eTag), ("@reason", reason), ("@now", Timestamp(_timeProvider.GetUtcNow())));
        if (moved == 0)
            return false; // disposing the transaction rolls back (nothing was changed anyway)
        await ExecuteAsync(connection, $"DELETE FROM {SqliteSchema.StateTable} WHERE {Matches};", cancellationToken, ("@key", key), ("@etag", eTag));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<QuarantinedItem>> ReadQuarantinedAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT etag, json, reason, quarantined_utc FROM {SqliteSchema.QuarantineTable} WHERE key = @key ORDER BY id;";
        command.Parameters.AddWithValue("@key", key);
        var items = new List<QuarantinedItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new QuarantinedItem(key, reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1), reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind)));
        }
        return items;
    }

    public async Task<int> DeleteWrittenBeforeAsync(string keyPrefix, DateTimeOffset writtenBefore, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        // Keys under the prefix are exactly those in [prefix, prefix with its last character one higher): a
        // range on the primary key, without LIKE's case folding or escaping.
        var upper = keyPrefix[..^1] + (char)(keyPrefix[^1] + 1);
        await using var connection = await OpenAsync(cancellationToken);
        return await ExecuteAsync(connection, $"""
            DELETE FROM {SqliteSchema.StateTable} WHERE key >= @prefix AND key < @upper AND updated_utc < @cutoff;
            """, cancellationToken, ("@prefix", keyPrefix), ("@upper", upper), ("@cutoff", Timestamp(writtenBefore)));
    }

    /// <summary>The time format of <c>updated_utc</c> and <c>quarantined_utc</c>: fixed width, so text order is time order.</summary>
    private static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Copies every logged page into the file and empties the log. It waits (busy timeout) for readers of older
    /// snapshots; under a steady stream of writers it may report busy, so it is tried a few times.
    /// </summary>
    private static async Task CheckpointAndTruncateLogAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var busy = await reader.ReadAsync(cancellationToken) && reader.GetInt32(0) != 0;
            if (!busy)
                return;
            if (attempt == CheckpointAttempts)
                throw new IOException("The SQLite write-ahead log could not be checkpointed after a delete; it may still hold deleted values.");
            await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellationToken);
        }
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
