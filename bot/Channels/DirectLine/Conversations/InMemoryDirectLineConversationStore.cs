using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// Keeps every conversation's feed in this process, bounded: at most <see cref="DirectLineOptions.MaxActivitiesPerConversation"/>
/// activities each (the oldest drop off), at most <see cref="DirectLineOptions.MaxConversations"/> conversations
/// (least recently used go first), and a conversation untouched for <see cref="DirectLineOptions.ConversationIdleTimeout"/> is forgotten.
/// Activities are stored as JSON text, so nothing the bot does to an activity after sending it changes the feed.
/// </summary>
public sealed class InMemoryDirectLineConversationStore(TimeProvider time, IOptions<DirectLineOptions> options) : IDirectLineConversationStore
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Entry> conversations = new(StringComparer.Ordinal);
    private readonly Lock sweepGate = new();
    private DateTimeOffset lastSweep = DateTimeOffset.MinValue;

    private DirectLineOptions Options => options.Value;

    public int Count => conversations.Count;

    public ValueTask<(DirectLineConversation Conversation, bool Created)> StartAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        SweepIfDue();
        while (true)
        {
            var now = time.GetUtcNow();
            if (conversations.TryAdd(conversation.Id, new Entry(conversation, now)))
            {
                return ValueTask.FromResult((conversation, true));
            }

            if (Live(conversation.Id) is { } existing)
            {
                return ValueTask.FromResult((existing.Conversation, false));
            }

            // It expired (or was evicted) between the two looks: start it afresh.
        }
    }

    public ValueTask<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Live(conversationId)?.Conversation);

    public ValueTask<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var entry = Live(conversationId);
        if (entry is null)
        {
            return ValueTask.FromResult<string?>(null);
        }

        string id;
        lock (entry.Gate)
        {
            var watermark = ++entry.LastWatermark;
            id = $"{conversationId}|{watermark.ToString("D7", CultureInfo.InvariantCulture)}";
            activity.Id = id;
            entry.Feed.Enqueue(new DirectLineFeedEntry(watermark, BuilderJson.Serialize(activity)));
            while (entry.Feed.Count > Math.Max(1, Options.MaxActivitiesPerConversation))
            {
                entry.Feed.Dequeue();
            }

            // Signalled inside the lock, so signals reach every stream in watermark order.
            entry.Signal(DirectLineFeedSignal.FeedGrew(watermark));
        }

        return ValueTask.FromResult<string?>(id);
    }

    public ValueTask<bool> PublishTransientAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var entry = Live(conversationId);
        if (entry is null)
        {
            return ValueTask.FromResult(false);
        }

        var json = BuilderJson.Serialize(activity);
        lock (entry.Gate)
        {
            entry.Signal(new DirectLineFeedSignal(entry.LastWatermark, json));
        }

        return ValueTask.FromResult(true);
    }

    public ValueTask<DirectLineActivityPage?> GetActivitiesAsync(string conversationId, long? afterWatermark, CancellationToken cancellationToken)
    {
        var entry = Live(conversationId);
        if (entry is null)
        {
            return ValueTask.FromResult<DirectLineActivityPage?>(null);
        }

        lock (entry.Gate)
        {
            var after = afterWatermark ?? 0;
            var activities = entry.Feed.Where(a => a.Watermark > after).ToList();
            return ValueTask.FromResult<DirectLineActivityPage?>(new DirectLineActivityPage(activities, entry.LastWatermark));
        }
    }

    public ValueTask<int> PurgeUserTranscriptsAsync(string userId, CancellationToken cancellationToken)
    {
        var dropped = 0;
        foreach (var entry in conversations.Values.Where(e => e.Conversation.UserId == userId))
        {
            lock (entry.Gate)
            {
                dropped += entry.Feed.Count;
                entry.Feed.Clear();
            }
        }
        return ValueTask.FromResult(dropped);
    }

    public IDirectLineFeedSubscription? Subscribe(string conversationId) => Live(conversationId)?.AddSubscriber();

    /// <summary>The entry when it exists and has not expired; touching it keeps it alive.</summary>
    private Entry? Live(string conversationId)
    {
        if (!conversations.TryGetValue(conversationId, out var entry))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (IsExpired(entry, now))
        {
            Remove(conversationId, entry);
            return null;
        }

        entry.Touch(now);
        return entry;
    }

    private bool IsExpired(Entry entry, DateTimeOffset now) => now - entry.LastTouched >= Options.ConversationIdleTimeout;

    private void Remove(string conversationId, Entry entry)
    {
        if (conversations.TryRemove(new KeyValuePair<string, Entry>(conversationId, entry)))
        {
            entry.Close();
        }
    }

    private void SweepIfDue()
    {
        var now = time.GetUtcNow();
        lock (sweepGate)
        {
            if (now - lastSweep < SweepInterval && conversations.Count < Options.MaxConversations)
            {
                return;
            }

            lastSweep = now;
        }

        foreach (var (id, entry) in conversations)
        {
            if (IsExpired(entry, now))
            {
                Remove(id, entry);
            }
        }

        // Make room for the conversation about to start.
        var excess = conversations.Count - Math.Max(1, Options.MaxConversations) + 1;
        if (excess > 0)
        {
            foreach (var (id, entry) in conversations.OrderBy(c => c.Value.LastTouched).Take(excess).ToList())
            {
                Remove(id, entry);
            }
        }
    }

    private sealed class Entry(DirectLineConversation conversation, DateTimeOffset now)
    {
        private readonly List<Subscription> subscribers = [];
        private long lastTouchedTicks = now.UtcTicks;

        public DirectLineConversation Conversation { get; } = conversation;
        public Lock Gate { get; } = new();
        public Queue<DirectLineFeedEntry> Feed { get; } = new();
        public long LastWatermark { get; set; }
        public DateTimeOffset LastTouched => new(Interlocked.Read(ref lastTouchedTicks), TimeSpan.Zero);

        public void Touch(DateTimeOffset at) => Interlocked.Exchange(ref lastTouchedTicks, at.UtcTicks);

        public Subscription AddSubscriber()
        {
            var subscription = new Subscription(this);
            lock (subscribers)
            {
                subscribers.Add(subscription);
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

        public void Close()
        {
            lock (subscribers)
            {
                foreach (var subscriber in subscribers)
                {
                    subscriber.Writer.TryComplete();
                }

                subscribers.Clear();
            }
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
