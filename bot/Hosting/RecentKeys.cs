namespace AllyBot.Bot.Hosting;

/// <summary>
/// A bounded, in-process memory of recently seen keys: each is kept for <c>window</c>, at most
/// <c>capacity</c> of them (oldest forgotten first). The building block of the retry de-duplicators.
/// </summary>
public sealed class RecentKeys(TimeSpan window, int capacity, TimeProvider timeProvider)
{
    private readonly object _sync = new();
    private readonly Dictionary<string, long> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, long Sequence, DateTimeOffset SeenAt)> _order = new();
    private readonly int _capacity = Math.Max(1, capacity);
    private long _sequence;

    /// <summary>How many keys are remembered now (for tests and diagnostics).</summary>
    public int Count
    {
        get { lock (_sync) return _seen.Count; }
    }

    /// <summary>Remembers <paramref name="key"/>; false when it was already remembered (a repeat).</summary>
    public bool TryAdd(string key)
    {
        var now = timeProvider.GetUtcNow();
        lock (_sync)
        {
            // Arrival order means expired and excess entries are always at the head of the queue. An entry
            // whose key was forgotten and added again no longer owns the key (its sequence differs).
            while (_order.TryPeek(out var oldest) && (now - oldest.SeenAt >= window || _order.Count >= _capacity))
            {
                _order.Dequeue();
                if (_seen.TryGetValue(oldest.Key, out var sequence) && sequence == oldest.Sequence)
                    _seen.Remove(oldest.Key);
            }
            if (_seen.ContainsKey(key))
                return false;
            _seen[key] = ++_sequence;
            _order.Enqueue((key, _sequence, now));
            return true;
        }
    }

    /// <summary>Forgets <paramref name="key"/>, so the next delivery of it counts as new.</summary>
    public void Remove(string key)
    {
        lock (_sync)
            _seen.Remove(key);
    }
}
