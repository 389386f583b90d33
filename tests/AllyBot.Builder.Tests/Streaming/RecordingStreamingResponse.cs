using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;

namespace AllyBot.Builder.Tests.Streaming;

/// <summary>
/// A streaming channel for the tests: interim updates go out as typing activities with the streaminfo entity
/// through the turn context (so the TestAdapter queues them), each stamped with the fake clock's time, and the
/// test can wait for the n-th update or make the channel refuse one.
/// </summary>
internal sealed class RecordingStreamingResponse(ITurnContext turnContext, TimeProvider time, TimeSpan interval, TimeSpan? maxDuration = null)
    : StreamingResponse(turnContext, time, interval, maxDuration)
{
    private readonly SemaphoreSlim _sent = new(0);
    private int _count;

    public List<(StreamUpdate Update, DateTimeOffset At)> Updates { get; } = [];

    public List<Exception> Failures { get; } = [];

    /// <summary>Refuse the update with this sequence number (1-based).</summary>
    public int? RefuseUpdate { get; set; }

    /// <summary>Answer the first update without an id, as a channel that cannot stream would.</summary>
    public bool NoIds { get; set; }

    public async Task WaitForUpdatesAsync(int count)
    {
        while (Volatile.Read(ref _count) < count)
        {
            if (!await _sent.WaitAsync(TimeSpan.FromSeconds(10)))
                throw new TimeoutException($"Expected {count} update(s), saw {_count}.");
        }
    }

    protected override async Task<ResourceResponse?> SendUpdateAsync(StreamUpdate update, CancellationToken cancellationToken)
    {
        try
        {
            if (update.Sequence == RefuseUpdate)
                throw new InvalidOperationException("403 ContentStreamNotAllowed");
            lock (Updates)
                Updates.Add((update, Time.GetUtcNow()));
            var typing = StreamInfo.For(update).ApplyTo(new Activity { Type = ActivityTypes.Typing, Text = update.Text });
            var response = await TurnContext.SendActivityAsync(typing, cancellationToken);
            return NoIds ? new ResourceResponse() : response;
        }
        finally
        {
            Interlocked.Increment(ref _count);
            _sent.Release();
        }
    }

    protected override Task<ResourceResponse?> SendFinalAsync(Activity finalActivity, string streamId, CancellationToken cancellationToken) =>
        TurnContext.SendActivityAsync(StreamInfo.Final(streamId).ApplyTo(finalActivity), cancellationToken);

    protected override void OnUpdateFailed(Exception exception) => Failures.Add(exception);
}
