using AllyBot.Builder.Schema;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Hosting;

/// <summary>
/// Remembers activity ids for <see cref="BotHostOptions.DeduplicationWindow"/>, at most
/// <see cref="BotHostOptions.DeduplicationCapacity"/> of them (oldest forgotten first), in this process.
/// </summary>
public sealed class InMemoryActivityDeduplicator : IActivityDeduplicator
{
    private readonly object _sync = new();
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset SeenAt)> _order = new();
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _window;
    private readonly int _capacity;

    public InMemoryActivityDeduplicator(IOptions<BotHostOptions> options, TimeProvider timeProvider)
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

    public ValueTask<bool> TryRegisterAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
            return ValueTask.FromResult(true);

        // Ids are unique per conversation on most channels, so the key includes where the activity came from.
        var key = $"{activity.ChannelId}\n{activity.Conversation?.Id}\n{activity.Id}";
        var now = _timeProvider.GetUtcNow();
        lock (_sync)
        {
            Forget(now);
            if (_seen.ContainsKey(key))
                return ValueTask.FromResult(false);
            _seen[key] = now;
            _order.Enqueue((key, now));
            return ValueTask.FromResult(true);
        }
    }

    // The queue is in arrival order, so expired and excess entries are always at its head.
    private void Forget(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && (now - oldest.SeenAt >= _window || _order.Count >= _capacity))
        {
            _order.Dequeue();
            _seen.Remove(oldest.Key);
        }
    }
}
