using AllyBot.Builder.State;
using Microsoft.Data.Sqlite;

namespace AllyBot.Bot.Storage;

/// <summary>
/// <see cref="IStorage"/> over one SQLite file: the default store for a single instance. Every write is
/// ETag-checked inside SQL (<c>UPDATE … WHERE key = @key AND etag = @etag</c>), a batch is one
/// <c>BEGIN IMMEDIATE</c> transaction (all or nothing), and the file runs in WAL mode with a busy timeout
/// so concurrent turns and a second process queue rather than fail. Every connection runs with
/// <c>secure_delete</c> (freed space is zeroed, so an overwritten or deleted value leaves no old copy in the
/// file), and a delete ends with a <c>wal_checkpoint(TRUNCATE)</c> so the log keeps no copy either.
/// A row that is not a JSON object any more reads as <see cref="StateUnreadableException"/>; quarantine and
/// pruning are in SqliteStorage.Maintenance.cs.
/// </summary>
public sealed partial class SqliteStorage : IQuarantiningStorage, IExpiringStorage, IDisposable
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _migrationLock = new(1, 1);
    private volatile bool _migrated;

    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string; paths are used as given.</param>
    public SqliteStorage(string connectionString, int busyTimeoutMilliseconds = 5000, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentOutOfRangeException.ThrowIfNegative(busyTimeoutMilliseconds);
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            // Command timeout in seconds; Microsoft.Data.Sqlite also retries SQLITE_BUSY within it.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeoutMilliseconds / 1000.0)),
        };
        _connectionString = builder.ConnectionString;
        _busyTimeoutMilliseconds = busyTimeoutMilliseconds;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        if (keys.Length == 0)
            return result;

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT key, etag, json FROM {SqliteSchema.StateTable} WHERE key IN ({AddKeyParameters(command, keys)});";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            result[key] = StoredItemJson.ToElement(key, reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? "" : reader.GetString(2));
        }
        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
            return;

        // Serialize everything first: a value that cannot be stored fails the batch before any SQL runs.
        var rows = changes.Select(change => PendingRow.Create(change.Key, change.Value)).ToList();
        var updatedUtc = Timestamp(_timeProvider.GetUtcNow());

        await using var connection = await OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE: take the write lock up front so the ETag check and the write see the same row.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var row in rows)
        {
            if (!await TryWriteRowAsync(connection, row, updatedUtc, cancellationToken))
                throw new ETagConflictException(row.Key); // disposing the transaction rolls the batch back
        }
        await transaction.CommitAsync(cancellationToken);

        // As MemoryStorage does: a caller that writes twice in one turn need not re-read first.
        foreach (var row in rows)
        {
            if (changes[row.Key] is IStoreItem written)
                written.ETag = row.NewETag;
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
            return;

        await using var connection = await OpenAsync(cancellationToken);
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            foreach (var table in new[] { SqliteSchema.StateTable, SqliteSchema.QuarantineTable })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"DELETE FROM {table} WHERE key IN ({AddKeyParameters(command, keys)});";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        // secure_delete zeroed the rows in the new page versions; copying those over the file and emptying the
        // log removes the older versions that still held the values.
        await CheckpointAndTruncateLogAsync(connection, cancellationToken);
    }

    /// <summary>Releases pooled connections so the file can be moved or deleted once the host stops.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _migrationLock.Dispose();
    }

    private static async Task<bool> TryWriteRowAsync(SqliteConnection connection, PendingRow row, string updatedUtc, CancellationToken cancellationToken)
    {
        if (StoredItemJson.IsUnconditional(row.ExpectedETag))
        {
            await ExecuteRowAsync(connection, row, updatedUtc, $"""
                INSERT INTO {SqliteSchema.StateTable} (key, etag, json, updated_utc) VALUES (@key, @etag, @json, @updated)
                ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, json = excluded.json, updated_utc = excluded.updated_utc;
                """, cancellationToken);
            return true;
        }

        if (row.ExpectedETag != StoreETags.NotStored)
        {
            var updated = await ExecuteRowAsync(connection, row, updatedUtc, $"""
                UPDATE {SqliteSchema.StateTable} SET etag = @etag, json = @json, updated_utc = @updated
                WHERE key = @key AND etag = @expected;
                """, cancellationToken);
            if (updated == 1)
                return true;
        }

        // No row matched (or only a new key may be written): either the key is new (a specific ETag on a new key
        // writes, as in the SDK's MemoryStorage) or something is stored already (a conflict). DO NOTHING tells the two apart.
        var inserted = await ExecuteRowAsync(connection, row, updatedUtc, $"""
            INSERT INTO {SqliteSchema.StateTable} (key, etag, json, updated_utc) VALUES (@key, @etag, @json, @updated)
            ON CONFLICT(key) DO NOTHING;
            """, cancellationToken);
        return inserted == 1;
    }

    private static async Task<int> ExecuteRowAsync(SqliteConnection connection, PendingRow row, string updatedUtc, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@key", row.Key);
        command.Parameters.AddWithValue("@etag", row.NewETag);
        command.Parameters.AddWithValue("@json", row.Json);
        command.Parameters.AddWithValue("@updated", updatedUtc);
        command.Parameters.AddWithValue("@expected", (object?)row.ExpectedETag ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string AddKeyParameters(SqliteCommand command, string[] keys)
    {
        var names = new string[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(keys[i], nameof(keys));
            names[i] = "@k" + i;
            command.Parameters.AddWithValue(names[i], keys[i]);
        }
        return string.Join(", ", names);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds}; PRAGMA secure_delete = ON;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }
            if (!_migrated)
                await MigrateOnceAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task MigrateOnceAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _migrationLock.WaitAsync(cancellationToken);
        try
        {
            if (_migrated)
                return;
            await SqliteSchema.MigrateAsync(connection, cancellationToken);
            _migrated = true;
        }
        finally
        {
            _migrationLock.Release();
        }
    }

    /// <summary>One value of a write batch, already serialized, with the ETag it expects and the one it gets.</summary>
    private sealed record PendingRow(string Key, string? ExpectedETag, string NewETag, string Json)
    {
        public static PendingRow Create(string key, object? value)
        {
            ArgumentNullException.ThrowIfNull(key);
            if (value is null)
                throw new ArgumentNullException(nameof(value), $"The value for key '{key}' is null; delete the key instead.");
            var json = StoredItemJson.ToJsonObject(key, value);
            var expected = StoredItemJson.ExpectedETag(value, json);
            var newETag = StoredItemJson.NewETag();
            json[StoredItemJson.ETagProperty] = newETag;
            return new PendingRow(key, expected, newETag, json.ToJsonString(Builder.Schema.BuilderJson.Options));
        }
    }
}
