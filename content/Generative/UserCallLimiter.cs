using System.Collections.Concurrent;

namespace AllyBot.Content.Generative;

/// The per-person limit on generative calls: at most Limit calls in any sliding Window (0 = no limit).
/// In memory, per process: a restart forgets the counts, which only ever lets a few more calls through.
public sealed class UserCallLimiter(GenerativeOptions options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _calls = new(StringComparer.Ordinal);
    private long _taken;

    /// Counts a call for the caller and says whether it is within the limit.
    public bool TryTake(string callerKey)
    {
        if (options.UserCallLimit == 0)
        {
            return true;
        }
        var now = timeProvider.GetUtcNow();
        var queue = _calls.GetOrAdd(callerKey, _ => new Queue<DateTimeOffset>());
        bool allowed;
        lock (queue)
        {
            Prune(queue, now);
            allowed = queue.Count < options.UserCallLimit;
            if (allowed)
            {
                queue.Enqueue(now);
            }
        }
        if (Interlocked.Increment(ref _taken) % 1024 == 0)
        {
            ForgetIdle(now);
        }
        return allowed;
    }

    private void Prune(Queue<DateTimeOffset> queue, DateTimeOffset now)
    {
        while (queue.Count > 0 && now - queue.Peek() >= options.UserCallWindow)
        {
            queue.Dequeue();
        }
    }

    private void ForgetIdle(DateTimeOffset now)
    {
        foreach (var (key, queue) in _calls)
        {
            lock (queue)
            {
                Prune(queue, now);
                if (queue.Count == 0)
                {
                    _calls.TryRemove(new KeyValuePair<string, Queue<DateTimeOffset>>(key, queue));
                }
            }
        }
    }
}
