using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;
using IMiddleware = AllyBot.Builder.IMiddleware;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>Message turns on our Direct Line stream their replies as Web Chat livestreams (<see cref="DirectLineStreamingResponse"/>).</summary>
public sealed class DirectLineStreamingMiddleware(TimeProvider timeProvider) : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Adapter is DirectLineAdapter && turnContext.Activity.Type == ActivityTypes.Message)
            turnContext.UseStreamingResponses(turn => new DirectLineStreamingResponse(turn, timeProvider));
        return next(cancellationToken);
    }
}
