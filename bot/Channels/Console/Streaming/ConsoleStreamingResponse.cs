using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;

namespace AllyBot.Bot.Channels.Console;

/// <summary>
/// A streamed reply in the terminal: no pacing (a terminal has no rate limit), so text prints as it arrives;
/// the final message goes through the turn like any reply, and the renderer prints only what was not on the
/// screen yet (see <see cref="ConsoleRenderer.EndStreamedAsync"/>).
/// </summary>
public sealed class ConsoleStreamingResponse(ITurnContext turnContext, TimeProvider timeProvider, ConsoleRenderer renderer, string separator)
    : StreamingResponse(turnContext, timeProvider, TimeSpan.Zero)
{
    private int _updates;

    protected override async Task<ResourceResponse?> SendUpdateAsync(StreamUpdate update, CancellationToken cancellationToken)
    {
        if (update.Kind == StreamUpdateKind.Informative)
            await renderer.WriteInformativeAsync(update.Text, cancellationToken);
        else
            await renderer.WriteStreamedAsync(update.Text, cancellationToken);
        return new ResourceResponse($"console-stream-{Interlocked.Increment(ref _updates)}");
    }

    protected override async Task<ResourceResponse?> SendFinalAsync(Activity finalActivity, string streamId, CancellationToken cancellationToken)
    {
        await renderer.EndStreamedAsync(finalActivity.Text, separator, cancellationToken);
        return await TurnContext.SendActivityAsync(finalActivity, cancellationToken);
    }
}
