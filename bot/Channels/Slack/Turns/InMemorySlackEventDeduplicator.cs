using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.Slack.Turns;

/// <summary>
/// Remembers event ids for <see cref="SlackOptions.DeduplicationWindow"/>, at most
/// <see cref="SlackOptions.DeduplicationCapacity"/> of them (oldest forgotten first), in this process.
/// </summary>
public sealed class InMemorySlackEventDeduplicator : ISlackEventDeduplicator
{
    private readonly object _sync = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string EventId, DateTimeOffset SeenAt)> _order = new();
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _window;
    private readonly int _capacity;

    public InMemorySlackEventDeduplicator(IOptions<SlackOptions> options, TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        _window = options.Value.DeduplicationWindow;
        _capacity = Math.Max(1, options.Value.DeduplicationCapacity);
    }

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
            // Arrival order means expired and excess ids are always at the head of the queue.
            while (_order.TryPeek(out var oldest) && (now - oldest.SeenAt >= _window || _order.Count >= _capacity))
                _seen.Remove(_order.Dequeue().EventId);
            if (!_seen.Add(eventId))
                return ValueTask.FromResult(false);
            _order.Enqueue((eventId, now));
            return ValueTask.FromResult(true);
        }
    }
}
