using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;
using AllyBot.Content.Model;
using IMiddleware = AllyBot.Builder.IMiddleware;

namespace AllyBot.Bot.Channels.Console;

/// <summary>Message turns in the terminal print streamed replies as they arrive (<see cref="ConsoleStreamingResponse"/>).</summary>
public sealed class ConsoleStreamingMiddleware(TimeProvider timeProvider, ContentLibrary library) : IMiddleware
{
    private readonly string _separator = library.Text(StreamingIds.Step, StreamingIds.CheckedVersionText);

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Adapter is ConsoleAdapter console && turnContext.Activity.Type == ActivityTypes.Message)
            turnContext.UseStreamingResponses(turn => new ConsoleStreamingResponse(turn, timeProvider, console.Renderer, _separator));
        return next(cancellationToken);
    }
}
