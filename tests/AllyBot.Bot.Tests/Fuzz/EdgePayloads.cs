using System.Text;
using CsCheck;
using static AllyBot.Bot.Tests.Fuzz.FuzzJson;

namespace AllyBot.Bot.Tests.Fuzz;

/// <summary>
/// Generated bodies for each POST endpoint, shaped like what it reads (activities, Direct Line token parameters,
/// Slack events, interaction payloads, slash-command forms) so parsing gets past the first field, then encoded
/// as UTF-8 or, now and then, as something else (invalid bytes, truncated, UTF-16, a BOM).
/// </summary>
internal static class EdgePayloads
{
    private static readonly Gen<string> Ids = Gen.Frequency(
        (4, OneOfStrings("u1", "user-2", "dl_fuzz", "T1", "U1", "UBOT", "D1", "C1", "fz-1", "fz-2", "fz-3")),
        (2, Strings));

    private static readonly Gen<string> SlackTs = Gen.Frequency(
        (4, Gen.Int[1, 999_999].Select(n => Quote($"1800000000.{n:D6}"))),
        (1, Strings));

    private static readonly Gen<string> Account = Shaped(("id", Ids), ("name", Strings), ("role", OneOfStrings("user", "bot")), ("aadObjectId", Strings));

    /// <summary>A Bot Framework activity; <paramref name="serviceUrl"/> is where normal-delivery replies may go.</summary>
    public static Gen<string> Activity(string serviceUrl) => Shaped(
        ("type", Gen.Frequency((6, OneOfStrings("message")), (3, OneOfStrings("conversationUpdate", "invoke", "event", "typing", "messageReaction", "endOfConversation", "installationUpdate", "Message", "")), (1, Strings))),
        ("id", Strings),
        ("channelId", Gen.Frequency((4, OneOfStrings("test", "msteams", "webchat", "directline", "slack", "emulator")), (1, Strings))),
        ("serviceUrl", Gen.Frequency((4, Gen.Const(Quote(serviceUrl))), (1, Strings))),
        ("deliveryMode", Gen.Frequency((6, OneOfStrings("expectReplies")), (1, OneOfStrings("normal", "stream")), (1, Strings))),
        ("from", Account),
        ("recipient", Account),
        ("conversation", Shaped(("id", Ids), ("isGroup", Bools), ("conversationType", OneOfStrings("personal", "channel")), ("tenantId", Strings))),
        ("text", Gen.Frequency((4, OneOfStrings("hi", "start over", "help", "plan", "delete my data", "yes", "back", "1", "nurses")), (3, Strings))),
        ("value", Values),
        ("channelData", Gen.Frequency((2, Shaped(("clientActivityID", Strings), ("tenant", Shaped(("id", Ids))), ("postBack", Bools))), (1, Values))),
        ("name", OneOfStrings("adaptiveCard/action", "task/fetch", "signin/verifyState", "composeExtension/query", "x")),
        ("locale", Gen.Frequency((3, OneOfStrings("en-US", "es", "")), (1, Strings))),
        ("timestamp", Gen.Frequency((2, OneOfStrings("2026-11-22T09:00:00Z")), (1, Strings))),
        ("replyToId", Strings),
        ("membersAdded", ArrayOf(Account, 3)),
        ("attachments", ArrayOf(Shaped(("contentType", OneOfStrings("application/vnd.microsoft.card.adaptive", "text/plain")), ("content", Values), ("name", Strings)), 2)),
        ("entities", ArrayOf(Shaped(("type", OneOfStrings("mention", "clientInfo")), ("mentioned", Account), ("text", Strings)), 2)),
        ("suggestedActions", Shaped(("actions", ArrayOf(Shaped(("type", OneOfStrings("imBack")), ("title", Strings), ("value", Values)), 2)))));

    /// <summary>The optional body of <c>tokens/generate</c> and <c>conversations</c>.</summary>
    public static readonly Gen<string> TokenParameters = Gen.Frequency(
        (4, Shaped(("user", Shaped(("id", Gen.Frequency((2, OneOfStrings("dl_fuzz", "dl_", "user")), (1, Strings))), ("name", Strings))), ("locale", Strings), ("trustedOrigins", Values))),
        (1, Values),
        (1, Gen.Const("")));

    private static readonly Gen<string> SlackEvent = Shaped(
        ("type", Gen.Frequency((4, OneOfStrings("message", "app_mention")), (1, OneOfStrings("reaction_added", "")), (1, Strings))),
        ("subtype", Gen.Frequency((3, Gen.Const("null")), (1, OneOfStrings("bot_message", "message_changed")), (1, Strings))),
        ("channel", Gen.Frequency((3, OneOfStrings("D1", "C1", "D9")), (1, Strings))),
        ("channel_type", OneOfStrings("im", "channel", "group")),
        ("user", Ids),
        ("text", Strings),
        ("ts", SlackTs),
        ("thread_ts", SlackTs),
        ("bot_id", Gen.Frequency((3, Gen.Const("null")), (1, Strings))),
        ("team", Ids));

    public static readonly Gen<string> SlackEnvelope = Shaped(
        ("type", Gen.Frequency((6, OneOfStrings("event_callback")), (1, OneOfStrings("url_verification", "app_rate_limited")), (1, Strings))),
        ("challenge", Strings),
        ("team_id", Ids),
        ("api_app_id", Ids),
        ("event_id", Gen.Frequency((3, Gen.Int[1, 50].Select(n => Quote($"EvFuzz{n}"))), (1, Strings))),
        ("event_time", Numbers),
        ("authorizations", ArrayOf(Gen.Frequency((4, Shaped(("team_id", Ids), ("user_id", Ids), ("is_bot", Bools))), (1, Gen.Const("null"))), 2)),
        ("event", SlackEvent));

    private static readonly Gen<string> SlackAction = Shaped(
        ("type", Gen.Frequency((4, OneOfStrings("button")), (1, OneOfStrings("static_select", "")), (1, Strings))),
        ("value", Gen.Frequency((3, OneOfStrings("yes", "start over", "{\"action\":\"edit\",\"step\":2}", "{")), (2, Strings))),
        ("action_id", Strings),
        ("block_id", Strings),
        ("action_ts", SlackTs));

    private static readonly Gen<string> SlackInteraction = Shaped(
        ("type", Gen.Frequency((5, OneOfStrings("block_actions")), (1, OneOfStrings("view_submission", "shortcut")), (1, Strings))),
        ("team", Shaped(("id", Ids), ("domain", Strings))),
        ("user", Shaped(("id", Ids), ("username", Strings), ("name", Strings), ("team_id", Ids))),
        ("channel", Shaped(("id", Ids), ("name", Strings))),
        ("container", Shaped(("type", OneOfStrings("message")), ("message_ts", SlackTs), ("channel_id", Ids), ("thread_ts", SlackTs), ("is_ephemeral", Gen.Const("false")))),
        ("message", Shaped(("ts", SlackTs), ("thread_ts", SlackTs), ("user", Ids), ("bot_id", Strings))),
        ("actions", Gen.Frequency((5, ArrayOf(Gen.Frequency((5, SlackAction), (1, Gen.Const("null"))), 3)), (1, Values))),
        ("api_app_id", Ids));

    /// <summary>An interactivity request: the payload JSON in the <c>payload</c> form field (or a form without one).</summary>
    public static readonly Gen<string> SlackInteractionForm = Gen.Frequency(
        (6, SlackInteraction.Select(json => "payload=" + FormEncode(json))),
        (1, SlackCommandForm()),
        (1, Gen.String[0, 60]));

    public static Gen<string> SlackCommandForm()
    {
        var field = Gen.Frequency(
            (3, Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzTUCD0123456789/ "], 0, 16]),
            (1, Gen.OneOf("/allybot", "start", "prep my meeting", "T1", "U1")),
            (1, Gen.String[0, 30]));
        return Gen.Select(field.Array[8], Gen.Bool.Array[8], (values, present) =>
            string.Join("&", new[] { "command", "team_id", "user_id", "text", "channel_id", "user_name", "trigger_id", "api_app_id" }
                .Where((_, i) => present[i])
                .Select((name, i) => $"{name}={FormEncode(values[i])}")));
    }

    /// <summary>
    /// The text's bytes: UTF-8 usually; sometimes with a stray invalid byte, cut short, behind a BOM, as UTF-16,
    /// or with garbage appended.
    /// </summary>
    public static Gen<byte[]> Encoded(Gen<string> text) => Gen.Select(text, Gen.Int[0, 11], Gen.Int[0, int.MaxValue], (body, how, at) =>
    {
        var utf8 = Encoding.UTF8.GetBytes(body);
        var cut = utf8.Length == 0 ? 0 : at % utf8.Length;
        return how switch
        {
            7 => [.. utf8[..cut], 0xFF, .. utf8[cut..]],
            8 => utf8[..cut],
            9 => [0xEF, 0xBB, 0xBF, .. utf8],
            10 => Encoding.Unicode.GetBytes(body),
            11 => [.. utf8, 0xC0, 0xAF, 0x00, (byte)'}'],
            _ => utf8,
        };
    });

    /// <summary>Percent-encodes the UTF-8 bytes of everything but unreserved characters.</summary>
    public static string FormEncode(string value)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
                encoded.Append((char)b);
            else
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return encoded.ToString();
    }
}
