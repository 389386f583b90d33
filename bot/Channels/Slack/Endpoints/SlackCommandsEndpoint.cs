using AllyBot.Bot.Hosting.Http;
using AllyBot.Bot.Channels.Slack.Inbound;
using AllyBot.Bot.Channels.Slack.Signing;
using AllyBot.Bot.Channels.Slack.Turns;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.Slack.Endpoints;

/// <summary>
/// <c>POST /api/slack/commands</c>, the <c>/allybot</c> slash command: maps the sub-command (<c>start</c>,
/// <c>plan</c>, <c>prep</c>, <c>help</c>; see <see cref="SlackOptions.Commands"/>) to the text it sends into
/// the bot, queues that as the user's message in their DM with the bot, and answers at once with an
/// ephemeral "on it" (the real replies follow with <c>chat.postMessage</c>). An unknown sub-command gets the
/// usage text and no turn.
/// </summary>
public static class SlackCommandsEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context,
        IOptionsSnapshot<SlackOptions> options,
        SlackSignatureVerifier verifier,
        SlackTurnQueue queue,
        ILoggerFactory loggerFactory)
    {
        var settings = options.Value;
        var logger = loggerFactory.CreateLogger(SlackEndpoints.LoggerCategory);
        var read = await SlackRequestReader.ReadVerifiedAsync(context, settings, verifier, logger);
        if (!read.Succeeded)
            return read.Problem;
        var form = RequestBodyReader.ParseForm(read.Value!);
        if (!form.Succeeded)
            return form.Problem;

        var command = SlackSlashCommand.FromForm(form.Value!);
        if (SlackInboundValidation.CommandProblem(command) is { } invalid)
            return SlackRequestReader.BadRequest(invalid);

        if (CommandText(settings, command.Text) is not { } text)
            return TypedResults.Json(new SlackCommandAnswer(settings.CommandUsageText), SlackJson.Options);

        return queue.TryEnqueue(new SlackCommandInbound(command, text))
            ? TypedResults.Json(new SlackCommandAnswer(settings.CommandAckText), SlackJson.Options)
            : TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy", detail: "Too many Slack turns are waiting; please try again.");
    }

    /// <summary>The bot message for a command's text (<c>prep my meeting</c> → <c>prep my meeting</c>), or null for an unknown sub-command.</summary>
    public static string? CommandText(SlackOptions options, string? commandText)
    {
        var words = (commandText ?? "").Trim();
        var space = words.IndexOfAny([' ', '\t', '\n']);
        var sub = space < 0 ? words : words[..space];
        var rest = space < 0 ? "" : words[(space + 1)..].Trim();
        if (sub.Length == 0)
            sub = "help";
        if (!options.Commands.TryGetValue(sub, out var mapped))
            return null;
        return rest.Length == 0 ? mapped : $"{mapped} {rest}";
    }

    /// <summary>The immediate answer to a slash command: shown only to the user who typed it.</summary>
    public sealed record SlackCommandAnswer(string Text)
    {
        public string ResponseType => "ephemeral";
    }
}
