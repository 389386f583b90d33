using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllyBot.Bot.Channels.Slack;

/// <summary>
/// JSON options for Slack's wire formats: snake_case names (<c>thread_ts</c>, <c>action_id</c>), nulls
/// omitted, unknown fields ignored on read. Separate from <c>BuilderJson.Options</c>, which is camelCase.
/// </summary>
public static class SlackJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
