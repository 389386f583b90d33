using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.Slack.Turns;

/// <summary>
/// Remembers event ids for <see cref="SlackOptions.DeduplicationWindow"/>, at most
/// <see cref="SlackOptions.DeduplicationCapacity"/> of them (oldest forgotten first), in this process.
/// </summary>
public sealed class InMemorySlackEventDeduplicator : ISlackEventDeduplicator
{
    private readonly object _sync = new();
    private readonly Dictionary<string, long> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string EventId, long Sequence, DateTimeOffset SeenAt)> _order = new();
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _window;
    private readonly int _capacity;
    private long _sequence;

    public InMemorySlackEventDeduplicator(IOptions<SlackOptions> options, TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        _window = options.Value.DeduplicationWindow;
        _capacity = Math.Max(1, options.Value.DeduplicationCapacity);
    }

    /// <summary>How many ids are remembered now (for tests and diagnostics).</summary>
    public int Count
    {
        get { lock (_sync) return _seen.Count; }
    }

    public ValueTask<bool> TryRegisterAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        var now = _timeProvider.GetUtcNow();
        lock (_sync)
        {
            // Arrival order means expired and excess entries are always at the head of the queue. An entry
            // whose id was forgotten and registered again no longer owns the id (its sequence differs).
            while (_order.TryPeek(out var oldest) && (now - oldest.SeenAt >= _window || _order.Count >= _capacity))
            {
                _order.Dequeue();
                if (_seen.TryGetValue(oldest.EventId, out var sequence) && sequence == oldest.Sequence)
                    _seen.Remove(oldest.EventId);
            }
            if (_seen.ContainsKey(eventId))
                return ValueTask.FromResult(false);
            _seen[eventId] = ++_sequence;
            _order.Enqueue((eventId, _sequence, now));
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask ForgetAsync(string eventId, CancellationToken cancellationToken = default)
    {
        lock (_sync)
            _seen.Remove(eventId);
        return ValueTask.CompletedTask;
    }
}
