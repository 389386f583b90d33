using System.Text;
using AllyBot.Bot.Hosting.Http;
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
        var read = await SlackRequestReader.ReadVerifiedAsync(context, options.Value, verifier, logger);
        if (!read.Succeeded)
            return read.Problem;
        var form = RequestBodyReader.ParseForm(read.Value!);
        if (!form.Succeeded)
            return form.Problem;
        if (SlackForm.Field(form.Value!, "payload") is not { } json)
            return SlackRequestReader.BadRequest("An interaction request carries its JSON in the 'payload' form field.");

        var payload = RequestBodyReader.ParseJson<SlackInteractionPayload>(Encoding.UTF8.GetBytes(json), SlackJson.Options);
        if (!payload.Succeeded)
            return payload.Problem;
        if (payload.Value!.Type is null)
            return SlackRequestReader.BadRequest("The payload has no type.");

        var click = SlackInboundValidation.ButtonClick(payload.Value);
        if (click.Rejection is { } rejection)
            return SlackRequestReader.BadRequest(rejection);
        if (click.Accepted is null)
        {
            LogIgnored(logger, payload.Value.Type);
            return TypedResults.Ok();
        }

        return queue.TryEnqueue(new SlackButtonInbound(click.Accepted))
            ? TypedResults.Ok()
            : TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy", detail: "Too many Slack turns are waiting; please click again.");
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored Slack interaction of type {InteractionType}")]
    private static partial void LogIgnored(ILogger logger, string? interactionType);
}
