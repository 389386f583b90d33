using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllyBot.Content.Generative.Pitches;

/// The model's pitch, as the response schema asks for it.
public sealed record PitchOutput(
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("short")] string Short,
    [property: JsonPropertyName("long")] string Long,
    [property: JsonPropertyName("talking_points")] IReadOnlyList<string> TalkingPoints)
{
    public const string SchemaName = "pitch";
    public const int SubjectMaxWords = 12;
    public const int MinTalkingPoints = 3;
    public const int MaxTalkingPoints = 6;

    /// Strict JSON schema (every field required, nothing else allowed), as Azure OpenAI structured outputs want it.
    public const string Schema = """
        {
          "type": "object",
          "properties": {
            "subject": { "type": "string", "description": "Email subject line." },
            "short": { "type": "string", "description": "The pitch as a chat message." },
            "long": { "type": "string", "description": "The pitch as an email or a meeting opener." },
            "talking_points": { "type": "array", "items": { "type": "string" }, "description": "3 to 5 lines to say in the meeting." }
          },
          "required": ["subject", "short", "long", "talking_points"],
          "additionalProperties": false
        }
        """;

    /// The output, or null when the text is not that JSON object with every field filled.
    public static PitchOutput? Parse(string text)
    {
        try
        {
            var output = JsonSerializer.Deserialize<PitchOutput>(text);
            return output is { Subject: not null, Short: not null, Long: not null, TalkingPoints: not null } ? Tidy(output) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PitchOutput Tidy(PitchOutput output) => new(
        Lines(output.Subject), Lines(output.Short), Lines(output.Long),
        output.TalkingPoints.Where(p => p is not null).Select(Lines).Where(p => p.Length > 0).ToList());

    private static string Lines(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd())).Trim();
}
