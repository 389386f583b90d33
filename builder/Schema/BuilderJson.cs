using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AllyBot.Builder.Schema;

/// <summary>
/// The one set of JSON options for the wire and for storage: camelCase, nulls omitted, source-generated
/// metadata for the schema types, and reflection only as a fallback for free-form payloads
/// (<c>value</c>, <c>channelData</c>, card content) built from anonymous or app types.
/// </summary>
public static class BuilderJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(SchemaJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly();
        return options;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    /// <summary>Converts a free-form payload (a <see cref="JsonElement"/> from the wire, or any object) to <typeparamref name="T"/>.</summary>
    public static T? Convert<T>(object? value) => value switch
    {
        null => default,
        T typed => typed,
        JsonElement element => element.Deserialize<T>(Options),
        _ => JsonSerializer.SerializeToElement(value, Options).Deserialize<T>(Options),
    };

    /// <summary>
    /// A free-form payload (an activity's value, a card's data) as JSON; null when there is none or it cannot be
    /// read as JSON (a value that is no JSON is no answer; the message's text still may be).
    /// </summary>
    public static JsonElement? ReadElement(object? value)
    {
        if (value is null)
            return null;
        try
        {
            return Convert<JsonElement>(value);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}

// Metadata only: the fast-path serializers would write free-form `object` members with this context's options
// alone, which cannot describe app types (anonymous card payloads, dictionaries); metadata defers to BuilderJson.Options.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(Activity[]))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class SchemaJsonContext : JsonSerializerContext;
