using System.Threading.Channels;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;

namespace AllyBot.Bot.Tests.Infrastructure;

/// <summary>
/// Stands in for a dialog that streams a reply: on each message it takes the turn's stream and carries out the
/// steps the test gives it, in order, until one ends the stream. The test decides when each step happens.
/// </summary>
public sealed class StreamingStandInBot : IBot
{
    private readonly Channel<(Func<IStreamingResponse, Task> Step, TaskCompletionSource Done)> _steps = Channel.CreateUnbounded<(Func<IStreamingResponse, Task>, TaskCompletionSource)>();

    /// <summary>Whether the last turn's stream showed updates (true for streaming channels).</summary>
    public bool? WasStreamingChannel { get; private set; }

    /// <summary>The stream of the turn in progress (null before the first message).</summary>
    public IStreamingResponse? Stream { get; private set; }

    public Task Do(Func<IStreamingResponse, Task> step)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _steps.Writer.TryWrite((step, done));
        return done.Task;
    }

    public Task Inform(string text) => Do(s => { s.QueueInformativeUpdate(text); return Task.CompletedTask; });

    public Task Chunk(string text) => Do(s => { s.QueueTextChunk(text); return Task.CompletedTask; });

    public Task End(string finalText) => Do(s => s.EndStreamAsync(finalText));

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
            return;
        var stream = turnContext.StreamingResponse();
        Stream = stream;
        WasStreamingChannel = stream.IsStreamingChannel;
        while (!stream.IsEnded)
        {
            var (step, done) = await _steps.Reader.ReadAsync(cancellationToken);
            try
            {
                await step(stream);
                done.SetResult();
            }
            catch (Exception exception)
            {
                done.SetException(exception);
                throw;
            }
        }
    }
}
