using System.Text.Json;
using AllyBot.Bot.Channels.Slack.Inbound;
using AllyBot.Bot.Channels.Slack.Signing;
using AllyBot.Bot.Channels.Slack.Turns;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.Slack.Endpoints;

/// <summary>
/// <c>POST /api/slack/interactions</c>, the interactivity request URL: a button click (<c>block_actions</c>)
/// is acknowledged at once and queued as the clicking user's message in the conversation of the clicked
/// message. Link buttons (no value) and other interaction types are acknowledged and ignored.
/// </summary>
public static partial class SlackInteractionsEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context,
        IOptionsSnapshot<SlackOptions> options,
        SlackSignatureVerifier verifier,
        SlackTurnQueue queue,
        ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger(SlackEndpoints.LoggerCategory);
        var (body, problem) = await SlackRequestReader.ReadVerifiedAsync(context, options.Value, verifier, logger);
        if (problem is not null)
            return problem;

        SlackInteractionPayload? payload;
        try
        {
            var json = SlackForm.Field(SlackForm.Parse(body!), "payload");
            if (json is null)
                return SlackRequestReader.BadRequest("An interaction request carries its JSON in the 'payload' form field.");
            payload = JsonSerializer.Deserialize<SlackInteractionPayload>(json, SlackJson.Options);
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException)
        {
            return SlackRequestReader.BadRequest("The 'payload' form field is not an interaction payload.");
        }
        if (payload?.Type is null)
            return SlackRequestReader.BadRequest("The payload has no type.");

        if (payload.Type != SlackInteractionPayload.BlockActions
            || payload.Actions?.FirstOrDefault(a => a.Type == "button" && a.Value is not null) is not { } action)
        {
            LogIgnored(logger, payload.Type);
            return TypedResults.Ok();
        }
        if (payload.User?.Id is null || (payload.Channel?.Id ?? payload.Container?.ChannelId) is null)
            return SlackRequestReader.BadRequest("A block_actions payload needs the user and the channel.");

        return queue.TryEnqueue(new SlackButtonInbound(payload, action))
            ? TypedResults.Ok()
            : TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy", detail: "Too many Slack turns are waiting; please click again.");
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored Slack interaction of type {InteractionType}")]
    private static partial void LogIgnored(ILogger logger, string? interactionType);
}
