namespace AllyBot.Bot.Channels.Slack.Endpoints;

/// <summary>Maps the Slack request URLs (set them in the app manifest; see docs/slack.md).</summary>
public static class SlackEndpoints
{
    public const string LoggerCategory = "AllyBot.Bot.Channels.Slack";
    public const string EventsPath = "/api/slack/events";
    public const string InteractionsPath = "/api/slack/interactions";
    public const string CommandsPath = "/api/slack/commands";

    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(EventsPath, SlackEventsEndpoint.HandleAsync).DisableAntiforgery();
        endpoints.MapPost(InteractionsPath, SlackInteractionsEndpoint.HandleAsync).DisableAntiforgery();
        endpoints.MapPost(CommandsPath, SlackCommandsEndpoint.HandleAsync).DisableAntiforgery();
        return endpoints;
    }
}
