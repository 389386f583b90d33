using System.Text.Json;

namespace AllyBot.FakeOpenAI;

/// A chat completions request as the fake received it.
public sealed record FakeChatRequest(string Path, string? ApiVersion, string? ApiKey, string? Authorization, JsonElement Body)
{
    public bool Stream => Body.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;

    public IReadOnlyList<(string Role, string Content)> Messages =>
        Body.GetProperty("messages").EnumerateArray()
            .Select(m => (m.GetProperty("role").GetString() ?? "", Text(m.GetProperty("content"))))
            .ToList();

    public string System => string.Join("\n", Messages.Where(m => m.Role == "system").Select(m => m.Content));

    public string User => string.Join("\n", Messages.Where(m => m.Role == "user").Select(m => m.Content));

    /// The response_format's JSON schema name and schema, when structured output was asked for.
    public string? SchemaName => ResponseFormat is { } f && f.TryGetProperty("json_schema", out var s) ? s.GetProperty("name").GetString() : null;

    public JsonElement? Schema => ResponseFormat is { } f && f.TryGetProperty("json_schema", out var s) && s.TryGetProperty("schema", out var schema) ? schema : null;

    public bool StrictSchema => ResponseFormat is { } f && f.TryGetProperty("json_schema", out var s) && s.TryGetProperty("strict", out var strict) && strict.ValueKind == JsonValueKind.True;

    /// The JSON object between &lt;data&gt; and &lt;/data&gt; in the user message.
    public JsonElement Data
    {
        get
        {
            var user = User;
            var start = user.IndexOf("<data>", StringComparison.Ordinal);
            var end = user.LastIndexOf("</data>", StringComparison.Ordinal);
            if (start < 0 || end < start)
            {
                throw new InvalidOperationException("The user message holds no <data> block.");
            }
            return JsonDocument.Parse(user[(start + "<data>".Length)..end]).RootElement.Clone();
        }
    }

    private JsonElement? ResponseFormat => Body.TryGetProperty("response_format", out var f) && f.ValueKind == JsonValueKind.Object ? f : null;

    private static string Text(JsonElement content) => content.ValueKind switch
    {
        JsonValueKind.String => content.GetString() ?? "",
        JsonValueKind.Array => string.Concat(content.EnumerateArray().Select(p => p.TryGetProperty("text", out var t) ? t.GetString() : "")),
        _ => "",
    };
}
