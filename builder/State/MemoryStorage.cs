using System.Text.Json;
using System.Text.Json.Nodes;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.State;

/// <summary>
/// In-process <see cref="IStorage"/> for tests and single-instance development (SDK: <c>MemoryStorage</c>).
/// Follows the storage contract exactly: values are kept as JSON text written with <see cref="BuilderJson.Options"/>,
/// reads return <see cref="JsonElement"/> objects carrying <c>"eTag"</c>, and writes are ETag-checked.
/// A batch write is all-or-nothing. Thread-safe; contents are lost when the process ends.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private const string ETagProperty = "eTag";

    private readonly Dictionary<string, string> _memory = new(StringComparer.Ordinal);
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
                if (_memory.TryGetValue(key, out var json))
                    result[key] = JsonSerializer.Deserialize<JsonElement>(json, BuilderJson.Options);
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
                if (expected is null or "*" || !_memory.TryGetValue(key, out var stored)) continue;
                if (!string.Equals(expected, ReadETag(JsonNode.Parse(stored)!.AsObject()), StringComparison.Ordinal))
                    throw new ETagConflictException(key);
            }

            foreach (var (key, value, json) in documents)
            {
                var newETag = (++_eTag).ToString(System.Globalization.CultureInfo.InvariantCulture);
                json[ETagProperty] = newETag;
                _memory[key] = json.ToJsonString(BuilderJson.Options);

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
        }

        return Task.CompletedTask;
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
}
