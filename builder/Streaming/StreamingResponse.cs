using System.Text;
using System.Threading.Channels;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Streaming;

/// <summary>
/// The paced part every streaming channel shares; a channel derives from it and says how an update and the
/// final message look on its wire (<see cref="SendUpdateAsync"/>, <see cref="SendFinalAsync"/>).
/// <list type="bullet">
/// <item>Updates go out one at a time, each after the previous one was answered, at most one per
///   <see cref="Interval"/> of the injected clock; chunks queued in between go out together in the next update.
///   The first update goes out at once.</item>
/// <item>The channel's id for the first update becomes <see cref="StreamId"/>, which later updates and the final
///   message carry.</item>
/// <item>When the channel refuses an update (any exception), when the first answer has no id, or when the stream
///   has been open for <see cref="MaxDuration"/>, no more updates are sent and the final message goes out as a
///   plain message (<see cref="IsCancelled"/>). So does the final message of a stream that sent no update.</item>
/// <item>Ending drops updates not yet sent (the final message replaces them) and waits for one on its way.</item>
/// </list>
/// Disposing (the turn context does it at the end of the turn) stops the updates of a stream that was never ended.
/// </summary>
public abstract class StreamingResponse : IStreamingResponse, IDisposable
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly StringBuilder _message = new();
    private Task? _updates;
    private string? _informative;
    private bool _textQueued;
    private bool _ended;
    private bool _cancelled;
    private int _sequence;
    private long? _firstUpdateAt;
    private long? _lastUpdateAt;

    /// <param name="interval">The least time between the starts of two updates (and of the last update and the final message).</param>
    /// <param name="maxDuration">How long after its first update the channel still accepts the stream; null for no limit.</param>
    protected StreamingResponse(ITurnContext turnContext, TimeProvider timeProvider, TimeSpan interval, TimeSpan? maxDuration = null)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.Zero);
        TurnContext = turnContext;
        _time = timeProvider;
        Interval = interval;
        MaxDuration = maxDuration;
    }

    public ITurnContext TurnContext { get; }

    /// <summary>The clock that paces the updates.</summary>
    protected TimeProvider Time => _time;

    public TimeSpan Interval { get; }

    public TimeSpan? MaxDuration { get; }

    public bool IsStreamingChannel => true;

    public string Message
    {
        get { lock (_gate) return _message.ToString(); }
    }

    public bool IsEnded
    {
        get { lock (_gate) return _ended; }
    }

    /// <summary>True once updates stopped because the channel refused one or the stream ran out of time.</summary>
    public bool IsCancelled
    {
        get { lock (_gate) return _cancelled; }
    }

    /// <summary>The channel's id for the stream: the id it gave the first update.</summary>
    public string? StreamId { get; private set; }

    /// <summary>How many interim updates the channel accepted.</summary>
    public int UpdatesSent { get; private set; }

    public void QueueInformativeUpdate(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        lock (_gate)
        {
            ThrowIfEnded();
            // Informative updates lead a stream; once the reply's text flows, they would only interrupt it.
            if (_cancelled || _message.Length > 0)
                return;
            _informative = text;
            _updates ??= Task.Run(SendUpdatesAsync);
        }
        _wake.Writer.TryWrite(true);
    }

    public void QueueTextChunk(string text)
    {
        if (string.IsNullOrEmpty(text))
            return;
        lock (_gate)
        {
            ThrowIfEnded();
            _message.Append(text);
            if (_cancelled)
                return;
            _textQueued = true;
            _updates ??= Task.Run(SendUpdatesAsync);
        }
        _wake.Writer.TryWrite(true);
    }

    public async Task<ResourceResponse?> EndStreamAsync(Activity finalActivity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(finalActivity);
        Task? updates;
        lock (_gate)
        {
            ThrowIfEnded();
            _ended = true;
            _informative = null;
            _textQueued = false;
            updates = _updates;
        }
        _wake.Writer.TryComplete();
        if (updates is not null)
            await updates.ConfigureAwait(false);

        string? streamId;
        lock (_gate)
        {
            _cancelled |= UpdatesSent > 0 && OutOfTime();
            streamId = UpdatesSent > 0 && !_cancelled ? StreamId : null;
        }
        // No update was shown, or the stream was cancelled: the final message goes out as an ordinary one.
        if (streamId is null)
            return await TurnContext.SendActivityAsync(finalActivity, cancellationToken).ConfigureAwait(false);

        var wait = UntilNextUpdate();
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        return await SendFinalAsync(finalActivity, streamId, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _wake.Writer.TryComplete();
        GC.SuppressFinalize(this);
    }

    /// <summary>Puts one interim update on the wire; returns the channel's answer (its id names the stream).</summary>
    protected abstract Task<ResourceResponse?> SendUpdateAsync(StreamUpdate update, CancellationToken cancellationToken);

    /// <summary>Sends the final message of a stream that is still open, marked as the end of stream <paramref name="streamId"/>.</summary>
    protected abstract Task<ResourceResponse?> SendFinalAsync(Activity finalActivity, string streamId, CancellationToken cancellationToken);

    /// <summary>Called once when the channel refused an update; the stream goes on without updates.</summary>
    protected virtual void OnUpdateFailed(Exception exception)
    {
    }

    private async Task SendUpdatesAsync()
    {
        var stop = _stop.Token;
        try
        {
            while (await _wake.Reader.WaitToReadAsync(stop).ConfigureAwait(false))
            {
                _wake.Reader.TryRead(out _);
                if (IsEnded || IsCancelled)
                    return;
                var wait = UntilNextUpdate();
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, _time, stop).ConfigureAwait(false);
                if (TakeUpdate() is not { } update)
                {
                    if (IsEnded || IsCancelled)
                        return;
                    continue;
                }
                var response = await SendUpdateAsync(update, stop).ConfigureAwait(false);
                if (!Accepted(response))
                    return;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Disposed: the turn is over.
        }
        catch (Exception exception)
        {
            lock (_gate)
                _cancelled = true;
            OnUpdateFailed(exception);
        }
    }

    /// <summary>The update to send now: the text so far when it grew, else the latest informative text; null when ended or nothing is new.</summary>
    private StreamUpdate? TakeUpdate()
    {
        lock (_gate)
        {
            if (_ended || _cancelled)
                return null;
            if (_firstUpdateAt is not null && OutOfTime())
            {
                _cancelled = true;
                return null;
            }
            StreamUpdate? update = null;
            if (_textQueued)
                update = new StreamUpdate(StreamUpdateKind.Streaming, _message.ToString(), _sequence + 1, StreamId);
            else if (_informative is { } informative)
                update = new StreamUpdate(StreamUpdateKind.Informative, informative, _sequence + 1, StreamId);
            if (update is not null)
            {
                // Pacing counts from when an update leaves, so a slow answer does not stretch the interval.
                var now = _time.GetTimestamp();
                _firstUpdateAt ??= now;
                _lastUpdateAt = now;
                _sequence++;
                _textQueued = false;
                _informative = null;
            }
            return update;
        }
    }

    private bool Accepted(ResourceResponse? response)
    {
        lock (_gate)
        {
            UpdatesSent++;
            StreamId ??= response?.Id;
            // Without the first update's id, later updates cannot name their stream.
            if (string.IsNullOrEmpty(StreamId))
                _cancelled = true;
            return !_cancelled;
        }
    }

    private TimeSpan UntilNextUpdate()
    {
        long? last;
        lock (_gate)
            last = _lastUpdateAt;
        return last is { } at ? Interval - _time.GetElapsedTime(at) : TimeSpan.Zero;
    }

    private bool OutOfTime() => MaxDuration is { } limit && _firstUpdateAt is { } first && _time.GetElapsedTime(first) >= limit;

    private void ThrowIfEnded()
    {
        if (_ended)
            throw new InvalidOperationException("The stream has ended; ask the turn context for a new one.");
    }
}
