using AllyBot.Bot.Channels.BotFramework.Teams;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;
using IMiddleware = AllyBot.Builder.IMiddleware;

namespace AllyBot.Bot.Channels.BotFramework.Streaming;

/// <summary>
/// Says how replies stream in Teams: one-to-one chats get Teams streaming (<see cref="TeamsStreamingResponse"/>);
/// group chats and channels, where Teams does not stream, get the final message only (no "Drafting…" message for
/// everyone in the chat; the typing indicator covers the wait). Only message turns delivered normally stream;
/// other turns and other channels keep the default.
/// </summary>
public sealed class TeamsStreamingMiddleware(TimeProvider timeProvider, ILogger<TeamsStreamingResponse> logger) : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (TeamsActivity.IsTeams(activity) && activity.Type == ActivityTypes.Message && activity.DeliveryMode != DeliveryModes.ExpectReplies)
        {
            if (TeamsActivity.IsGroupConversation(activity))
                turnContext.UseStreamingResponses(turn => new BufferedStreamingResponse(turn, informativeAsMessage: false));
            else
                turnContext.UseStreamingResponses(turn => new TeamsStreamingResponse(turn, timeProvider, logger));
        }
        return next(cancellationToken);
    }
}
