using AllyBot.Builder;
using AllyBot.Builder.Schema;
using IMiddleware = AllyBot.Builder.IMiddleware;

namespace AllyBot.Bot.Channels.BotFramework.Teams;

/// <summary>Turn middleware that reshapes each activity the bot sends in a Teams conversation, just before it leaves.</summary>
public abstract class TeamsOutgoingMiddleware : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (TeamsActivity.IsTeams(turnContext.Activity))
        {
            turnContext.OnSendActivities((_, activities, nextSend) =>
            {
                foreach (var activity in activities)
                    Reshape(activity);
                return nextSend();
            });
        }
        return next(cancellationToken);
    }

    /// <summary>Changes the outgoing activity in place for Teams.</summary>
    protected abstract void Reshape(Activity activity);
}
