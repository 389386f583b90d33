using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;
using AllyBot.Content.Model;
using AllyBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.EndToEnd.Tests.DirectLine;

/// <summary>
/// The real host with a stand-in dialog that streams a pitch through the turn's <see cref="IStreamingResponse"/>,
/// so the suites see what each channel makes of a stream whatever the coaching journey would say. "stream" streams
/// the drafting line, then the pitch in three chunks (the last two sent together) and ends with the same text;
/// "replace" streams a draft and ends with a different final message; "replace on cue" waits for
/// <see cref="ReleaseFinal"/> before it ends (so a browser test can see the draft first). Each next step waits until the previous
/// update went out, so every update is seen. It greets a new conversation with <see cref="Greeting"/>.
/// </summary>
public sealed class StreamingBotFixture : BotHostFixture
{
    public const string Pitch = "Dear Dr. Lee, our chapter would like 20 minutes of your time.";
    public const string FirstChunk = "Dear Dr. Lee,";
    public const string Draft = "Dear Dr. Lee, as the largest chapter in the state";
    public const string Replacement = "Hi Dr. Lee, our chapter would like 20 minutes of your time.";

    /// <summary>Said when the conversation starts, so a client knows its connection is live before it speaks.</summary>
    public const string Greeting = "Ready to draft.";

    protected override BotStore Store => BotStore.Memory;

    private readonly SemaphoreSlim _cue = new(0);

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(new FinalCue(_cue));
        services.AddSingleton<IBot, StreamingPitchBot>();
    }

    /// <summary>Lets a "replace on cue" turn end its stream.</summary>
    public void ReleaseFinal() => _cue.Release();

    private sealed record FinalCue(SemaphoreSlim Released);

    /// <summary>The drafting line from the library, as the informative update shows it.</summary>
    public string Drafting => Host.Services.GetRequiredService<ContentLibrary>().Text(StreamingIds.Step, StreamingIds.DraftingPitchText);

    private sealed class StreamingPitchBot(ContentLibrary library, FinalCue cue) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            if (turnContext.Activity.Type == ActivityTypes.ConversationUpdate)
            {
                await turnContext.SendActivityAsync(Greeting, cancellationToken: cancellationToken);
                return;
            }
            if (turnContext.Activity.Type != ActivityTypes.Message)
                return;
            using var sent = new SemaphoreSlim(0);
            turnContext.OnSendActivities(async (_, activities, next) =>
            {
                var responses = await next();
                if (activities.Any(a => a.Type == ActivityTypes.Typing))
                    sent.Release();
                return responses;
            });
            var stream = turnContext.StreamingResponse();
            var streaming = stream.IsStreamingChannel;
            async Task UpdateSent()
            {
                if (streaming)
                    await sent.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
            }

            stream.QueueInformativeUpdate(library.Text(StreamingIds.Step, StreamingIds.DraftingPitchText));
            await UpdateSent();
            if (turnContext.Activity.Text is "replace" or "replace on cue")
            {
                stream.QueueTextChunk(Draft);
                await UpdateSent();
                if (turnContext.Activity.Text == "replace on cue")
                    await cue.Released.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
                await stream.EndStreamAsync(Replacement, cancellationToken);
                return;
            }
            stream.QueueTextChunk(FirstChunk);
            await UpdateSent();
            stream.QueueTextChunk(" our chapter would like");
            stream.QueueTextChunk(" 20 minutes of your time.");
            await UpdateSent();
            await stream.EndStreamAsync(Pitch, cancellationToken);
        }
    }
}
