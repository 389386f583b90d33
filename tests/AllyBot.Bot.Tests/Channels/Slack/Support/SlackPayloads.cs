namespace AllyBot.Bot.Tests.Channels.Slack.Support;

/// <summary>Slack request bodies shaped as Slack sends them (field names and nesting from Slack's reference pages).</summary>
public static class SlackPayloads
{
    private static int _actions;

    public static string UrlVerification(string challenge) =>
        $$"""{"token":"legacy","challenge":{{Json(challenge)}},"type":"url_verification"}""";

    public static string AppMention(string eventId, string text, string ts, string? threadTs = null, string channel = "C1", string user = "U1") =>
        Envelope(eventId, $$"""
            {"type":"app_mention","user":"{{user}}","text":{{Json(text)}},"ts":"{{ts}}",{{(threadTs is null ? "" : $"\"thread_ts\":\"{threadTs}\",")}}
             "channel":"{{channel}}","event_ts":"{{ts}}","team":"T1"}
            """);

    public static string DirectMessage(string eventId, string text, string ts, string channel = "D1", string user = "U1") =>
        Envelope(eventId, $$"""
            {"type":"message","channel_type":"im","user":"{{user}}","text":{{Json(text)}},"ts":"{{ts}}","channel":"{{channel}}","event_ts":"{{ts}}","team":"T1"}
            """);

    public static string BotDirectMessage(string eventId, string ts) =>
        Envelope(eventId, $$"""
            {"type":"message","subtype":"bot_message","channel_type":"im","bot_id":"BBOT","text":"from a bot","ts":"{{ts}}","channel":"D1"}
            """);

    public static string Envelope(string eventId, string eventJson) => $$"""
        {"token":"legacy","team_id":"T1","api_app_id":"A1","event":{{eventJson}},"type":"event_callback","event_id":"{{eventId}}",
         "event_time":1800000000,"authorizations":[{"enterprise_id":null,"team_id":"T1","user_id":"{{FakeSlackWebApi.BotUserId}}","is_bot":true}]}
        """;

    /// <summary>A <c>block_actions</c> payload for a click on a button of a message the bot posted.</summary>
    public static string ButtonClick(string channel, string messageTs, string? threadTs, string actionId, string value, string user = "U1") => $$"""
        {"type":"block_actions","user":{"id":"{{user}}","username":"ana","name":"ana","team_id":"T1"},"api_app_id":"A1","token":"legacy",
         "container":{"type":"message","message_ts":"{{messageTs}}","channel_id":"{{channel}}","is_ephemeral":false{{(threadTs is null ? "" : $",\"thread_ts\":\"{threadTs}\"")}}},
         "trigger_id":"1.2.3","team":{"id":"T1","domain":"chapter"},"channel":{"id":"{{channel}}","name":"x"},
         "message":{"type":"message","user":"{{FakeSlackWebApi.BotUserId}}","bot_id":"BBOT","ts":"{{messageTs}}"{{(threadTs is null ? "" : $",\"thread_ts\":\"{threadTs}\"")}},"text":"..."},
         "response_url":"https://hooks.example/actions/1","actions":[{"action_id":"{{actionId}}","block_id":"b1","text":{"type":"plain_text","text":"x"},
         "value":{{Json(value)}},"type":"button","action_ts":"1800000100.{{Interlocked.Increment(ref _actions):D6}}"}]}
        """;

    private static string Json(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    public static Dictionary<string, string> SlashCommand(string text, string user = "U1", string channel = "C9") => new()
    {
        ["token"] = "legacy",
        ["team_id"] = "T1",
        ["team_domain"] = "chapter",
        ["channel_id"] = channel,
        ["channel_name"] = "general",
        ["user_id"] = user,
        ["user_name"] = "ana",
        ["command"] = "/allybot",
        ["text"] = text,
        ["api_app_id"] = "A1",
        ["response_url"] = "https://hooks.example/commands/1",
        ["trigger_id"] = "1800000000.1.abc",
    };
}
