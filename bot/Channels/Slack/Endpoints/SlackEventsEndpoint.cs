using System.Text.Json;
using AllyBot.Bot.Channels.Slack.Inbound;
using AllyBot.Bot.Channels.Slack.Signing;
using AllyBot.Bot.Channels.Slack.Turns;
using AllyBot.Bot.Channels.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.Slack.Endpoints;

/// <summary>
/// <c>POST /api/slack/events</c>, the Events API request URL: answers <c>url_verification</c>, and for an
/// <c>app_mention</c> or <c>message.im</c> acknowledges at once and queues the turn. Retries of an event
/// already taken in (same <c>event_id</c>) are acknowledged and dropped.
/// </summary>
public static partial class SlackEventsEndpoint
{
    public const string RetryNumHeader = "X-Slack-Retry-Num";

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        IOptionsSnapshot<SlackOptions> options,
        SlackSignatureVerifier verifier,
        ISlackEventDeduplicator deduplicator,
        SlackTurnQueue queue,
        SlackBotIdentity botIdentity,
        SlackDirectMessageChannels directMessages,
        ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger(SlackEndpoints.LoggerCategory);
        var (body, problem) = await SlackRequestReader.ReadVerifiedAsync(context, options.Value, verifier, logger);
        if (problem is not null)
            return problem;

        SlackEventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<SlackEventEnvelope>(body, SlackJson.Options);
        }
        catch (JsonException)
        {
            return SlackRequestReader.BadRequest("The body is not a JSON Events API payload.");
        }
        if (envelope?.Type is null)
            return SlackRequestReader.BadRequest("The payload has no type.");

        if (envelope.Type == SlackEventEnvelope.UrlVerification)
            return envelope.Challenge is { Length: > 0 } challenge
                ? TypedResults.Json(new UrlVerificationAnswer(challenge), SlackJson.Options)
                : SlackRequestReader.BadRequest("url_verification needs a challenge.");

        if (envelope.Type != SlackEventEnvelope.EventCallback)
            return TypedResults.Ok();

        botIdentity.Learn(SlackActivityFactory.BotUserIdFrom(envelope));
        var e = envelope.Event;
        if (!SlackActivityFactory.IsHandled(e, botIdentity.Known))
        {
            LogIgnored(logger, e?.Type, e?.Subtype, e?.BotId is not null);
            return TypedResults.Ok();
        }

        var eventId = envelope.EventId;
        if (eventId is not null && !await deduplicator.TryRegisterAsync(eventId, context.RequestAborted))
        {
            LogRetryIgnored(logger, eventId, context.Request.Headers[RetryNumHeader].ToString());
            return TypedResults.Ok();
        }

        if (e!.ChannelType == SlackMessageEvent.ImChannelType)
            directMessages.Remember(envelope.TeamId, e.User, e.Channel);

        if (!queue.TryEnqueue(new SlackEventInbound(envelope, e)))
        {
            if (eventId is not null)
                await deduplicator.ForgetAsync(eventId, context.RequestAborted);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy",
                detail: "Too many Slack turns are waiting; Slack will retry this event.");
        }
        return TypedResults.Ok();
    }

    /// <summary>The answer to Slack's URL verification: the challenge echoed back.</summary>
    public sealed record UrlVerificationAnswer(string Challenge);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored Slack event {EventType} (subtype {Subtype}, from a bot: {FromBot})")]
    private static partial void LogIgnored(ILogger logger, string? eventType, string? subtype, bool fromBot);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored Slack retry {RetryNum} of event {EventId}: already taken in")]
    private static partial void LogRetryIgnored(ILogger logger, string eventId, string retryNum);
}
