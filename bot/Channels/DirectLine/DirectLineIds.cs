using System.Buffers.Text;
using System.Security.Cryptography;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>Random ids for conversations and anonymous users. User ids start with <c>dl_</c>, the service's mark of an id embedded in a token.</summary>
internal static class DirectLineIds
{
    public const string UserIdPrefix = "dl_";

    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));

    public static string NewUserId() => UserIdPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    /// <summary>True for an id of the shape <see cref="NewUserId"/> makes: <c>dl_</c> and 16 lower-case hex digits.</summary>
    public static bool IsAnonymousUserId(string value) =>
        value.Length == UserIdPrefix.Length + 16 &&
        value.StartsWith(UserIdPrefix, StringComparison.Ordinal) &&
        value.AsSpan(UserIdPrefix.Length).ContainsAnyExcept("0123456789abcdef") is false;

    public static string NewTransientId(string conversationId) => $"{conversationId}|t{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";

    /// <summary>Parses a watermark query value: empty means "from the start".</summary>
    public static bool TryParseWatermark(string? value, out long? watermark)
    {
        watermark = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            watermark = parsed;
            return true;
        }

        return false;
    }
}
