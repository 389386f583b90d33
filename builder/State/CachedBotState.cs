using System.Text.Json;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.State;

/// <summary>
/// One <see cref="BotState"/>'s bag for the current turn: property values (JSON as read, or typed objects once
/// accessed), the ETag it was read with, and the JSON it had at load/save time to tell whether it changed.
/// </summary>
public sealed class CachedBotState
{
    public Dictionary<string, object?> State { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The stored ETag this bag was read with; null for a key that did not exist.</summary>
    public string? ETag { get; internal set; }

    /// <summary>The serialized bag as of the last load or save.</summary>
    public string Hash { get; internal set; } = string.Empty;

    public bool IsChanged() => ComputeHash() != Hash;

    // The serialized JSON itself serves as the hash: exact, and cheap for bags of this size.
    internal string ComputeHash() => JsonSerializer.Serialize(State, BuilderJson.Options);

    internal static CachedBotState FromStored(string key, object? stored)
    {
        var cached = new CachedBotState();
        if (stored is not null)
        {
            var element = stored as JsonElement? ?? BuilderJson.Convert<JsonElement>(stored);
            if (element.ValueKind != JsonValueKind.Object)
                throw new StateUnreadableException(key, null, $"the stored bot state is a JSON {element.ValueKind}, not an object");
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == BotState.ETagPropertyName)
                    cached.ETag = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                else
                    cached.State[property.Name] = property.Value.Clone();
            }
        }

        cached.Hash = cached.ComputeHash();
        return cached;
    }
}
