using System.Text.Json;
using System.Text.Json.Nodes;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.State;

/// <summary>
/// In-process <see cref="IStorage"/> for tests and single-instance development (SDK: <c>MemoryStorage</c>).
/// Follows the storage contract exactly: values are kept as JSON text written with <see cref="BuilderJson.Options"/>,
/// reads return <see cref="JsonElement"/> objects carrying <c>"eTag"</c>, and writes are ETag-checked.
/// A batch write is all-or-nothing. Also quarantines values and prunes by age, as the database stores do.
/// Thread-safe; contents are lost when the process ends.
/// </summary>
public sealed class MemoryStorage(TimeProvider? timeProvider = null) : IQuarantiningStorage, IExpiringStorage
{
    private const string ETagProperty = "eTag";

    private readonly Dictionary<string, Stored> _memory = new(StringComparer.Ordinal);
    private readonly List<QuarantinedItem> _quarantine = [];
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly Lock _lock = new();
    private long _eTag;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_memory.TryGetValue(key, out var stored))
                    result[key] = JsonSerializer.Deserialize<JsonElement>(stored.Json, BuilderJson.Options);
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();

        // Serialize outside the lock; it can be the slow part and touches only the caller's objects.
        var documents = changes.Select(change => (change.Key, change.Value, Json: ToJsonObject(change.Key, change.Value))).ToList();

        lock (_lock)
        {
            // Check every ETag before changing anything, so a conflict leaves the whole batch unwritten.
            foreach (var (key, value, json) in documents)
            {
                var expected = value is IStoreItem item ? item.ETag : ReadETag(json);
                if (expected is null or StoreETags.Any || !_memory.TryGetValue(key, out var stored)) continue;
                if (expected == StoreETags.NotStored || !string.Equals(expected, stored.ETag, StringComparison.Ordinal))
                    throw new ETagConflictException(key);
            }

            var now = _time.GetUtcNow();
            foreach (var (key, value, json) in documents)
            {
                var newETag = (++_eTag).ToString(System.Globalization.CultureInfo.InvariantCulture);
                json[ETagProperty] = newETag;
                _memory[key] = new Stored(json.ToJsonString(BuilderJson.Options), newETag, now);

                // Not required by the contract, but lets a caller that writes twice in a turn skip a re-read.
                if (value is IStoreItem written) written.ETag = newETag;
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            foreach (var key in keys) _memory.Remove(key);
            var deleted = keys.ToHashSet(StringComparer.Ordinal);
            _quarantine.RemoveAll(item => deleted.Contains(item.Key));
        }

        return Task.CompletedTask;
    }

    public Task<bool> QuarantineAsync(string key, string? eTag, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (!_memory.TryGetValue(key, out var stored) || (eTag is not null && eTag != stored.ETag))
                return Task.FromResult(false);
            _memory.Remove(key);
            _quarantine.Add(new QuarantinedItem(key, stored.ETag, stored.Json, reason, _time.GetUtcNow()));
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<QuarantinedItem>> ReadQuarantinedAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock)
            return Task.FromResult<IReadOnlyList<QuarantinedItem>>(_quarantine.Where(item => item.Key == key).ToList());
    }

    public Task<int> DeleteWrittenBeforeAsync(string keyPrefix, DateTimeOffset writtenBefore, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        lock (_lock)
        {
            var expired = _memory.Where(entry => entry.Key.StartsWith(keyPrefix, StringComparison.Ordinal) && entry.Value.Written < writtenBefore)
                .Select(entry => entry.Key)
                .ToList();
            foreach (var key in expired) _memory.Remove(key);
            return Task.FromResult(expired.Count);
        }
    }

    private static JsonObject ToJsonObject(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (value is null) throw new ArgumentException($"The value for '{key}' is null; delete the key instead.", nameof(value));
        var node = value is JsonElement element
            ? JsonNode.Parse(element.GetRawText())
            : JsonSerializer.SerializeToNode(value, value.GetType(), BuilderJson.Options);
        return node as JsonObject
            ?? throw new ArgumentException($"The value for '{key}' must serialize to a JSON object (it carries the eTag).", nameof(value));
    }

    private static string? ReadETag(JsonObject json) =>
        json.TryGetPropertyValue(ETagProperty, out var eTag) && eTag is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private sealed record Stored(string Json, string ETag, DateTimeOffset Written);
}
