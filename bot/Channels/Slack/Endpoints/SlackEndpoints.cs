namespace AllyBot.Bot.Channels.Slack.Endpoints;

/// <summary>The Slack request URLs (set them in the app manifest; see docs/slack.md).</summary>
public static class SlackEndpoints
{
    public const string LoggerCategory = "AllyBot.Bot.Channels.Slack";
    public const string EventsPath = "/api/slack/events";
    public const string InteractionsPath = "/api/slack/interactions";
    public const string CommandsPath = "/api/slack/commands";
}
