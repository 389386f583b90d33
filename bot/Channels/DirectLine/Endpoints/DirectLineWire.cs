using System.Text.Json;
using System.Text.Json.Serialization;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>Answer of start, reconnect, generate and refresh. <c>expires_in</c> is snake_case on the wire, as the service sends it.</summary>
internal sealed record DirectLineConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);

/// <summary>Optional body of <c>tokens/generate</c> and <c>conversations</c> (TokenParameters), plus DirectLineJS's <c>locale</c>.</summary>
internal sealed record DirectLineTokenParameters(ChannelAccount? User, string? Locale);

/// <summary>Writes an ActivitySet <c>{"activities":[…],"watermark":"n"}</c> from stored JSON without re-serializing it.</summary>
internal static class DirectLineActivitySet
{
    public static byte[] ToUtf8(IEnumerable<string> activities, long watermark)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in activities)
            {
                writer.WriteRawValue(activity, skipInputValidation: true);
            }

            writer.WriteEndArray();
            // A string, as the service sends it; clients echo it back verbatim.
            writer.WriteString("watermark", watermark.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static IResult Result(DirectLineActivityPage page) =>
        TypedResults.Bytes(ToUtf8(page.Activities.Select(a => a.Activity), page.Watermark), "application/json; charset=utf-8");
}
