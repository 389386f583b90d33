using AllyBot.Bot.Hosting.Http;
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
        var read = await SlackRequestReader.ReadVerifiedAsync(context, options.Value, verifier, logger);
        if (!read.Succeeded)
            return read.Problem;

        var parsed = RequestBodyReader.ParseJson<SlackEventEnvelope>(read.Value, SlackJson.Options);
        if (!parsed.Succeeded)
            return parsed.Problem;
        var envelope = parsed.Value!;
        if (envelope.Type is null)
            return SlackRequestReader.BadRequest("The payload has no type.");

        if (envelope.Type == SlackEventEnvelope.UrlVerification)
            return envelope.Challenge is { Length: > 0 } challenge
                ? TypedResults.Json(new UrlVerificationAnswer(challenge), SlackJson.Options)
                : SlackRequestReader.BadRequest("url_verification needs a challenge.");

        if (envelope.Type != SlackEventEnvelope.EventCallback)
            return TypedResults.Ok();

        botIdentity.Learn(SlackActivityFactory.BotUserIdFrom(envelope));
        var message = SlackInboundValidation.Message(envelope, botIdentity.Known);
        if (message.Rejection is { } rejection)
            return SlackRequestReader.BadRequest(rejection);
        if (message.Accepted is not { } accepted)
        {
            var e = envelope.Event;
            LogIgnored(logger, e?.Type, e?.Subtype, e?.BotId is not null);
            return TypedResults.Ok();
        }

        if (!await deduplicator.TryRegisterAsync(accepted.EventId, context.RequestAborted))
        {
            LogRetryIgnored(logger, accepted.EventId, context.Request.Headers[RetryNumHeader].ToString());
            return TypedResults.Ok();
        }

        if (accepted.IsDirect)
            directMessages.Remember(accepted.Conversation.Team, accepted.User, accepted.Conversation.Channel);

        if (!queue.TryEnqueue(new SlackEventInbound(accepted)))
        {
            await deduplicator.ForgetAsync(accepted.EventId, context.RequestAborted);
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
