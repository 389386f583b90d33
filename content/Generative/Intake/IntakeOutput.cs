using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllyBot.Content.Generative.Intake;

/// The model's extraction, as the response schema asks for it.
public sealed record IntakeOutput(
    [property: JsonPropertyName("goal")] string? Goal,
    [property: JsonPropertyName("problem")] string? Problem,
    [property: JsonPropertyName("solution")] string? Solution,
    [property: JsonPropertyName("allies")] IReadOnlyList<IntakeOutputAlly>? Allies)
{
    public const string SchemaName = "campaign_intake";

    /// Strict schema; kind is one of the library's audience ids, or null.
    public static string Schema(IEnumerable<string> audienceIds)
    {
        var kinds = JsonSerializer.Serialize(audienceIds.Cast<string?>().Append(null).ToArray());
        return $$"""
            {
              "type": "object",
              "properties": {
                "goal": { "type": ["string", "null"] },
                "problem": { "type": ["string", "null"] },
                "solution": { "type": ["string", "null"] },
                "allies": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "properties": {
                      "name": { "type": "string" },
                      "kind": { "type": ["string", "null"], "enum": {{kinds}} },
                      "contact": { "type": ["string", "null"] },
                      "ask": { "type": ["string", "null"] },
                      "offer": { "type": ["string", "null"] }
                    },
                    "required": ["name", "kind", "contact", "ask", "offer"],
                    "additionalProperties": false
                  }
                }
              },
              "required": ["goal", "problem", "solution", "allies"],
              "additionalProperties": false
            }
            """;
    }

    public static IntakeOutput? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<IntakeOutput>(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

public sealed record IntakeOutputAlly(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("contact")] string? Contact,
    [property: JsonPropertyName("ask")] string? Ask,
    [property: JsonPropertyName("offer")] string? Offer);
