using System.Text.Json;
using System.Text.Json.Nodes;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;

namespace AllyBot.Bot.Storage;

/// <summary>
/// The storage contract's JSON rules, shared by the database-backed stores: values are stored as a JSON
/// object serialized with <see cref="BuilderJson.Options"/>, carrying the stored ETag in an <c>"eTag"</c>
/// property; the ETag a caller expects comes from <see cref="IStoreItem"/> or, failing that, from the
/// value's own <c>"eTag"</c> JSON property.
/// </summary>
public static class StoredItemJson
{
    public const string ETagProperty = "eTag";

    /// <summary>Serializes a state value to the JSON object that will be stored.</summary>
    /// <exception cref="ArgumentException">The value does not serialize to a JSON object.</exception>
    public static JsonObject ToJsonObject(string key, object value)
    {
        var node = value is JsonElement element
            ? JsonNode.Parse(element.GetRawText())
            : JsonSerializer.SerializeToNode(value, value.GetType(), BuilderJson.Options);
        return node as JsonObject
            ?? throw new ArgumentException($"The value for key '{key}' must serialize to a JSON object, not {node?.GetValueKind().ToString() ?? "null"}.", nameof(value));
    }

    /// <summary>
    /// The ETag the writer last read: <see cref="IStoreItem.ETag"/> when the value is a store item, else its
    /// <c>"eTag"</c> JSON property. Null or <see cref="StoreETags.Any"/> means an unconditional write,
    /// <see cref="StoreETags.NotStored"/> a write of a new key only.
    /// </summary>
    public static string? ExpectedETag(object value, JsonObject json)
    {
        if (value is IStoreItem item)
            return item.ETag;
        return json.TryGetPropertyValue(ETagProperty, out var etag) && etag is JsonValue v && v.TryGetValue<string>(out var s)
            ? s
            : null;
    }

    public static bool IsUnconditional(string? expectedETag) => expectedETag is null or StoreETags.Any;

    /// <summary>A fresh ETag; unique across processes sharing one database.</summary>
    public static string NewETag() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// Parses stored JSON into a detached element, as <see cref="IStorage.ReadAsync"/> returns it.
    /// Broken JSON, or JSON that is not an object, is reported as <see cref="StateUnreadableException"/> for
    /// <paramref name="key"/> (with the <paramref name="eTag"/> the row has), never as a bare parser error.
    /// </summary>
    public static JsonElement ToElement(string key, string? eTag, string json)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new StateUnreadableException(key, eTag, "the stored text is not valid JSON", exception);
        }
        return root.ValueKind == JsonValueKind.Object
            ? root
            : throw new StateUnreadableException(key, eTag, $"the stored value is a JSON {root.ValueKind}, not an object");
    }
}
