using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using AllyBot.Content.Model;
using Microsoft.Extensions.AI;

namespace AllyBot.Content.Generative;

/// One request to the model: the library's instructions as the system message, the data as the user message,
/// and a JSON schema the answer must follow.
public sealed record ModelRequest(GenerativeFeatures Feature, IReadOnlyList<Microsoft.Extensions.AI.ChatMessage> Messages, ChatOptions Options);

/// Builds model requests. Instructions come only from the library's prompts (the system prompt, then the task
/// prompts in order). Everything typed by a person or taken from the plan goes in as data: one JSON object
/// between &lt;data&gt; and &lt;/data&gt; in its own message. JSON escaping turns quotes, '&lt;' and '&gt;' into
/// \u escapes, so no typed text can close the block or pass itself off as an instruction.
public static class ModelPrompt
{
    public const string DataOpen = "<data>";
    public const string DataClose = "</data>";

    private static readonly JsonSerializerOptions DataJson = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static ModelRequest Build(
        ContentLibrary library, GenerativeFeatures feature, IEnumerable<string> promptIds, object data,
        string schemaName, string schema, int maxOutputTokens)
    {
        var instructions = string.Join("\n\n",
            new[] { GenerativeIds.SystemPrompt }.Concat(promptIds).Select(id => library.Prompt(id).Text.Trim()));
        var messages = new List<Microsoft.Extensions.AI.ChatMessage>
        {
            new(ChatRole.System, instructions),
            new(ChatRole.User, DataBlock(data)),
        };
        var options = new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.ForJsonSchema(JsonDocument.Parse(schema).RootElement, schemaName),
            MaxOutputTokens = maxOutputTokens,
        };
        return new ModelRequest(feature, messages, options);
    }

    public static string DataBlock(object data) =>
        $"{DataOpen}\n{JsonSerializer.Serialize(data, DataJson)}\n{DataClose}";
}
