using System.Text.Json;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.Console;

/// <summary>
/// Plain text for an Adaptive Card in a terminal: its <c>fallbackText</c> when the author gave one, else the
/// text of its TextBlocks and FactSets in document order. Submit actions become numbered choices elsewhere.
/// </summary>
public static class AdaptiveCardText
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static IReadOnlyList<string> Lines(object? content)
    {
        var card = BuilderJson.Convert<JsonElement?>(content);
        if (card is not { ValueKind: JsonValueKind.Object } root)
            return [];
        if (root.TryGetProperty("fallbackText", out var fallback) && fallback.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(fallback.GetString()))
            return [fallback.GetString()!];

        var lines = new List<string>();
        Collect(root, lines);
        return lines;
    }

    /// <summary>The card's <c>Action.Submit</c> buttons as (title, data) pairs.</summary>
    public static IReadOnlyList<(string Title, JsonElement? Data)> SubmitActions(object? content)
    {
        var card = BuilderJson.Convert<JsonElement?>(content);
        if (card is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array)
            return [];
        return actions.EnumerateArray()
            .Where(a => a.ValueKind == JsonValueKind.Object && String(a, "type") == "Action.Submit" && String(a, "title") is not null)
            .Select(a => (String(a, "title")!, a.TryGetProperty("data", out var data) ? data.Clone() : (JsonElement?)null))
            .ToList();
    }

    private static void Collect(JsonElement element, List<string> lines)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var type = String(element, "type");
                if (type == "TextBlock" && String(element, "text") is { Length: > 0 } text)
                    lines.Add(text);
                else if (type == "FactSet" && element.TryGetProperty("facts", out var facts) && facts.ValueKind == JsonValueKind.Array)
                    lines.AddRange(facts.EnumerateArray().Select(f => $"{String(f, "title")}: {String(f, "value")}"));
                foreach (var property in element.EnumerateObject())
                {
                    // Actions are offered as choices, not printed as text.
                    if (property.Name is not "actions" and not "selectAction")
                        Collect(property.Value, lines);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    Collect(item, lines);
                break;
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
