using System.Text.Json;
using System.Text.Unicode;

namespace AllyBot.Bot.Hosting.Http;

/// <summary>
/// Checks that a JSON body is text a turn can use: valid UTF-8, and no string (value or property name) whose
/// <c>\u</c> escapes leave an unpaired UTF-16 surrogate. The serializer only notices either when a typed string
/// field is read; inside free-form parts (<c>value</c>, <c>channelData</c>) it would fail later, mid-turn.
/// </summary>
public static class JsonText
{
    /// <summary>True when the bytes are valid UTF-8 and every escaped string decodes; malformed JSON is left to the parser.</summary>
    public static bool IsValidUnicode(ReadOnlySpan<byte> utf8Json)
    {
        if (!Utf8.IsValid(utf8Json))
            return false;
        var reader = new Utf8JsonReader(utf8Json);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                    _ = reader.GetString();
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: the parser says where.
        }
        catch (InvalidOperationException)
        {
            // "Cannot read incomplete UTF-16 JSON text as string": an unpaired surrogate escape.
            return false;
        }
        return true;
    }
}
