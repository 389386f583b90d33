using System.Text.RegularExpressions;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using IMiddleware = AllyBot.Builder.IMiddleware;

namespace AllyBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// Teams messages, before the dialogs see them. In a group chat or channel the bot answers only when it is
/// @mentioned (other messages end the turn untouched: no reply, no state change), except a card's
/// Action.Submit, which carries no mention. Then the bot's own mention is cut out of the text, so
/// "<c>&lt;at&gt;AllyBot&lt;/at&gt; prep</c>" reaches the dialogs as "<c>prep</c>".
/// </summary>
public sealed partial class TeamsMentionMiddleware(ILogger<TeamsMentionMiddleware> logger) : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (!TeamsActivity.IsTeams(activity) || activity.Type != ActivityTypes.Message)
            return next(cancellationToken);

        var mentioned = TeamsActivity.MentionsBot(activity) || MentionsBotByName(activity);
        if (TeamsActivity.IsGroupConversation(activity) && !mentioned && !TeamsActivity.IsCardSubmit(activity))
        {
            LogIgnored(activity.Conversation?.ConversationType);
            return Task.CompletedTask;
        }

        if (mentioned)
            activity.Text = StripBotMention(activity);
        return next(cancellationToken);
    }

    /// <summary>
    /// The text without the bot's mention: first the mention entities' own text (the SDK's
    /// <c>RemoveRecipientMention</c>), then any <c>&lt;at&gt;BotName&lt;/at&gt;</c> left over (clients that send
    /// the tag without an entity), and Teams' non-breaking spaces around it.
    /// </summary>
    public static string? StripBotMention(Activity activity)
    {
        activity.RemoveRecipientMention();
        if (activity.Text is null)
            return null;
        var text = activity.Text;
        if (activity.Recipient?.Name is { Length: > 0 } name)
            text = text.Replace($"<at>{name}</at>", " ", StringComparison.OrdinalIgnoreCase);
        text = text.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase).Replace('\u00A0', ' ');
        return Whitespace().Replace(text, " ").Trim();
    }

    private static bool MentionsBotByName(Activity activity) =>
        activity.Recipient?.Name is { Length: > 0 } name
        && activity.Text?.Contains($"<at>{name}</at>", StringComparison.OrdinalIgnoreCase) == true;

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Whitespace();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored a Teams {ConversationType} message that does not mention the bot")]
    private partial void LogIgnored(string? conversationType);
}
