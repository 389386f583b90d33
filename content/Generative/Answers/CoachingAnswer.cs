using System.Text.Json.Serialization;
using AllyBot.Content.Model;

namespace AllyBot.Content.Generative.Answers;

/// A coaching answer ready to send: Text names its sources. FromModel says the model phrased it (from the
/// retrieved passages only); otherwise Text is the passages verbatim. Fallback says why the model's phrasing
/// was not used when one was asked for. No passages: the library has nothing on it (Text says so).
public sealed record CoachingAnswer(
    string Text,
    IReadOnlyList<LibraryPassage> Passages,
    IReadOnlyList<Source> Sources,
    bool FromModel,
    FallbackReason? Fallback = null)
{
    public bool Found => Passages.Count > 0;
}

/// Answers a coaching question ("how do I approach a pastor?") from the content library.
public interface ICoachingAnswers
{
    Task<CoachingAnswer> AnswerAsync(string question, CoachingContext? context = null, CancellationToken cancellationToken = default);
}

/// The model's phrasing, as the response schema asks for it.
public sealed record AnswerOutput(
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("sources")] IReadOnlyList<string> Sources)
{
    public const string SchemaName = "coaching_answer";
    public const int MaxWords = 120;

    /// The schema, with the source ids the answer may cite as an enum.
    public static string Schema(IEnumerable<string> sourceIds) => $$"""
        {
          "type": "object",
          "properties": {
            "answer": { "type": "string" },
            "sources": { "type": "array", "items": { "type": "string", "enum": {{System.Text.Json.JsonSerializer.Serialize(sourceIds.ToArray())}} } }
          },
          "required": ["answer", "sources"],
          "additionalProperties": false
        }
        """;
}
