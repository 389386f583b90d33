using System.Text.Json.Serialization;

namespace AllyBot.Builder.State;

/// <summary>
/// What <see cref="BotState"/> writes: the properties at the top level plus <c>"eTag"</c>, so the store
/// checks it (as an <see cref="IStoreItem"/>) and readers see a flat JSON object.
/// </summary>
internal sealed class BotStateDocument : IStoreItem
{
    public string? ETag { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object?> Values { get; set; } = new(StringComparer.Ordinal);
}
