using System.Threading.Channels;

namespace AllyBot.Bot.Channels.DirectLine;

public sealed partial class InMemoryDirectLineConversationStore
{
    /// <summary>One conversation: its feed (guarded by <see cref="Gate"/>), its place in the store's use order, its live streams.</summary>
    private sealed class Entry(DirectLineConversation conversation, DateTimeOffset now)
    {
        private readonly List<Subscription> subscribers = [];
        private readonly Queue<DirectLineFeedEntry> feed = new();
        private long feedBytes;

        public DirectLineConversation Conversation { get; } = conversation;

        public Lock Gate { get; } = new();

        /// <summary>This entry's node in the store's use order (guarded by the store's lock).</summary>
        public LinkedListNode<Entry>? Node { get; set; }

        /// <summary>Last use (guarded by the store's lock).</summary>
        public DateTimeOffset LastTouched { get; set; } = now;

        public IEnumerable<DirectLineFeedEntry> Feed => feed;

        public long LastWatermark { get; set; }

        public bool IsClosed { get; private set; }

        /// <summary>Memory the feed holds now; readable without <see cref="Gate"/>.</summary>
        public long FeedBytes => Interlocked.Read(ref feedBytes);

        public static long SizeOf(DirectLineFeedEntry entry) => (long)entry.Activity.Length * sizeof(char);

        /// <summary>Adds an activity, then drops the oldest beyond the count and byte budgets (never the newest); returns how much the feed grew.</summary>
        public long Add(DirectLineFeedEntry entry, int maxActivities, long maxBytes)
        {
            var before = feedBytes;
            feed.Enqueue(entry);
            var bytes = feedBytes + SizeOf(entry);
            while (feed.Count > 1 && (feed.Count > maxActivities || bytes > maxBytes))
            {
                bytes -= SizeOf(feed.Dequeue());
            }

            Interlocked.Exchange(ref feedBytes, bytes);
            return bytes - before;
        }

        public Subscription AddSubscriber()
        {
            var subscription = new Subscription(this);
            lock (subscribers)
            {
                if (IsClosed)
                {
                    subscription.Writer.TryComplete();
                }
                else
                {
                    subscribers.Add(subscription);
                }
            }

            return subscription;
        }

        public void RemoveSubscriber(Subscription subscription)
        {
            lock (subscribers)
            {
                subscribers.Remove(subscription);
            }
        }

        public void Signal(DirectLineFeedSignal signal)
        {
            lock (subscribers)
            {
                foreach (var subscriber in subscribers)
                {
                    subscriber.Writer.TryWrite(signal);
                }
            }
        }

        /// <summary>Empties the feed (the person asked to delete their data); watermarks keep counting. Returns the activities and bytes dropped. Call under <see cref="Gate"/>.</summary>
        public (int Activities, long Bytes) Purge()
        {
            var activities = feed.Count;
            feed.Clear();
            return (activities, Interlocked.Exchange(ref feedBytes, 0));
        }

        /// <summary>Ends the conversation: empties the feed and completes every stream's signals. Returns the bytes freed.</summary>
        public long Close()
        {
            long freed;
            lock (Gate)
            {
                IsClosed = true;
                feed.Clear();
                freed = Interlocked.Exchange(ref feedBytes, 0);
            }

            lock (subscribers)
            {
                foreach (var subscriber in subscribers)
                {
                    subscriber.Writer.TryComplete();
                }

                subscribers.Clear();
            }

            return freed;
        }
    }

    private sealed class Subscription(Entry entry) : IDirectLineFeedSubscription
    {
        // A slow socket loses the oldest signals first; the stream re-reads the feed by watermark when quiet, so only typing can be lost.
        private readonly Channel<DirectLineFeedSignal> channel = Channel.CreateBounded<DirectLineFeedSignal>(
            new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        public ChannelReader<DirectLineFeedSignal> Signals => channel.Reader;

        public ChannelWriter<DirectLineFeedSignal> Writer => channel.Writer;

        public void Dispose()
        {
            entry.RemoveSubscriber(this);
            channel.Writer.TryComplete();
        }
    }
}
