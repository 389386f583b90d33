using System.Collections.Concurrent;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// Counts the WebSockets open on this instance per conversation, so one conversation cannot hold more than
/// <see cref="DirectLineOptions.MaxSocketsPerConversation"/>. Conversations without open sockets take no memory.
/// </summary>
internal sealed class DirectLineStreamCounter
{
    private readonly ConcurrentDictionary<string, Count> open = new(StringComparer.Ordinal);

    /// <summary>Takes a place for one more socket of the conversation; false when it already has <paramref name="max"/>.</summary>
    public bool TryOpen(string conversationId, int max)
    {
        while (true)
        {
            var count = open.GetOrAdd(conversationId, _ => new Count());
            lock (count)
            {
                if (count.Removed)
                {
                    continue;   // emptied and dropped by a Close in between: take a fresh one
                }

                if (count.Value >= max)
                {
                    return false;
                }

                count.Value++;
                return true;
            }
        }
    }

    /// <summary>Gives the place back when a socket closes.</summary>
    public void Close(string conversationId)
    {
        if (!open.TryGetValue(conversationId, out var count))
        {
            return;
        }

        lock (count)
        {
            if (--count.Value == 0)
            {
                count.Removed = true;
                open.TryRemove(new KeyValuePair<string, Count>(conversationId, count));
            }
        }
    }

    private sealed class Count
    {
        public int Value { get; set; }

        public bool Removed { get; set; }
    }
}
