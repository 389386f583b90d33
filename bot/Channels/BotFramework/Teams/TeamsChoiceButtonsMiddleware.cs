using AllyBot.Builder;
using AllyBot.Builder.Schema;
using IMiddleware = AllyBot.Builder.IMiddleware;

namespace AllyBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// Teams shows only the first three suggested actions and drops the rest, so a stance (five choices), the menu
/// or an audience list would lose options. On msteams, replies offering more than
/// <see cref="MaxSuggestedActions"/> get their choices as the buttons of a hero card instead (imBack, so a
/// click still posts the choice as the user's answer); three or fewer stay suggested actions.
/// </summary>
public sealed class TeamsChoiceButtonsMiddleware : IMiddleware
{
    public const int MaxSuggestedActions = 3;

    public const string HeroCardContentType = "application/vnd.microsoft.card.hero";

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (TeamsActivity.IsTeams(turnContext.Activity))
        {
            turnContext.OnSendActivities((_, activities, nextSend) =>
            {
                foreach (var activity in activities)
                    MoveChoicesIntoCard(activity);
                return nextSend();
            });
        }
        return next(cancellationToken);
    }

    internal static void MoveChoicesIntoCard(Activity activity)
    {
        if (activity.SuggestedActions?.Actions is not { Count: > MaxSuggestedActions } actions)
            return;
        activity.Attachments ??= [];
        activity.Attachments.Add(new Attachment
        {
            ContentType = HeroCardContentType,
            Content = new { buttons = actions },
        });
        activity.SuggestedActions = null;
    }
}
