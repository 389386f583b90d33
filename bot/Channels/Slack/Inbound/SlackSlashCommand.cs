namespace AllyBot.Bot.Channels.Slack.Inbound;

/// <summary>The form fields of a slash command request (docs/protocols.md §6) that the bot uses.</summary>
public sealed record SlackSlashCommand(
    string? TeamId,
    string? ChannelId,
    string? UserId,
    string? UserName,
    string? Command,
    string? Text,
    string? TriggerId,
    string? ApiAppId)
{
    public static SlackSlashCommand FromForm(IFormCollection form) => new(
        Field(form, "team_id"),
        Field(form, "channel_id"),
        Field(form, "user_id"),
        Field(form, "user_name"),
        Field(form, "command"),
        Field(form, "text"),
        Field(form, "trigger_id"),
        Field(form, "api_app_id"));

    private static string? Field(IFormCollection form, string name) => Endpoints.SlackForm.Field(form, name);
}
