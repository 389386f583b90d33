using System.Globalization;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// Keeps every conversation's feed in this process, bounded in count and in memory: per conversation at most
/// <see cref="DirectLineOptions.MaxActivitiesPerConversation"/> activities and
/// <see cref="DirectLineOptions.MaxFeedBytesPerConversation"/> bytes (the oldest drop off); at most
/// <see cref="DirectLineOptions.MaxConversations"/> conversations and <see cref="DirectLineOptions.MaxTotalFeedBytes"/>
/// bytes of feeds in all (the least recently used conversations are forgotten first); and a conversation untouched
/// for <see cref="DirectLineOptions.ConversationIdleTimeout"/> is forgotten. Activities are stored as JSON text, so
/// nothing the bot does to an activity after sending it changes the feed.
/// </summary>
/// <remarks>
/// Conversations sit in a list in order of last use, under one lock: touching one moves it to the end, expiry and
/// eviction take from the front, so every call costs O(1) amortised however many conversations there are, and no
/// call ever sorts or enumerates a collection that others are changing. Feeds have their own lock each; when both
/// are held, the store's lock is taken first.
/// </remarks>
public sealed partial class InMemoryDirectLineConversationStore(TimeProvider time, IOptions<DirectLineOptions> options) : IDirectLineConversationStore
{
    private readonly Dictionary<string, Entry> conversations = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> byLastUse = new();
    private readonly Lock gate = new();
    private long totalFeedBytes;

    private DirectLineOptions Options => options.Value;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return conversations.Count;
            }
        }
    }

    /// <summary>Memory held by all feeds now, by the same count as <see cref="DirectLineOptions.MaxTotalFeedBytes"/>.</summary>
    public long TotalFeedBytes => Interlocked.Read(ref totalFeedBytes);

    public ValueTask<(DirectLineConversation Conversation, bool Created)> StartAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        var forgotten = new List<Entry>();
        (DirectLineConversation, bool) result;
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (conversations.TryGetValue(conversation.Id, out var existing) && !IsExpired(existing, now))
            {
                TouchLocked(existing, now);
                result = (existing.Conversation, false);
            }
            else
            {
                if (existing is not null)
                {
                    RemoveLocked(existing, forgotten);
                }

                ForgetIdleLocked(now, forgotten);
                while (conversations.Count >= Math.Max(1, Options.MaxConversations) && byLastUse.First is { } leastRecent)
                {
                    RemoveLocked(leastRecent.Value, forgotten);
                }

                var entry = new Entry(conversation, now);
                entry.Node = byLastUse.AddLast(entry);
                conversations.Add(conversation.Id, entry);
                result = (conversation, true);
            }
        }

        Close(forgotten);
        return ValueTask.FromResult(result);
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
        long grew;
        lock (entry.Gate)
        {
            if (entry.IsClosed)
            {
                return ValueTask.FromResult<string?>(null);
            }

            var watermark = entry.LastWatermark + 1;
            id = $"{conversationId}|{watermark.ToString("D7", CultureInfo.InvariantCulture)}";
            activity.Id = id;
            var json = BuilderJson.Serialize(activity);
            entry.LastWatermark = watermark;
            grew = entry.Add(new DirectLineFeedEntry(watermark, json), Math.Max(1, Options.MaxActivitiesPerConversation), Options.MaxFeedBytesPerConversation);

            // Signalled inside the lock, so signals reach every stream in watermark order.
            entry.Signal(DirectLineFeedSignal.FeedGrew(watermark));
        }

        if (Interlocked.Add(ref totalFeedBytes, grew) > Options.MaxTotalFeedBytes)
        {
            ForgetForMemory(keep: entry);
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
            if (entry.IsClosed)
            {
                return ValueTask.FromResult<DirectLineActivityPage?>(null);
            }

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
                var (activities, bytes) = entry.Purge();
                dropped += activities;
                Interlocked.Add(ref totalFeedBytes, -bytes);
            }
        }
        return ValueTask.FromResult(dropped);
    }

    public IDirectLineFeedSubscription? Subscribe(string conversationId) => Live(conversationId)?.AddSubscriber();

    /// <summary>The entry when it exists and has not expired; touching it keeps it alive and makes it the most recently used.</summary>
    private Entry? Live(string conversationId)
    {
        var forgotten = new List<Entry>(0);
        lock (gate)
        {
            if (!conversations.TryGetValue(conversationId, out var entry))
            {
                return null;
            }

            var now = time.GetUtcNow();
            if (!IsExpired(entry, now))
            {
                TouchLocked(entry, now);
                return entry;
            }

            RemoveLocked(entry, forgotten);
        }

        Close(forgotten);
        return null;
    }

    private bool IsExpired(Entry entry, DateTimeOffset now) => now - entry.LastTouched >= Options.ConversationIdleTimeout;

    private void TouchLocked(Entry entry, DateTimeOffset now)
    {
        entry.LastTouched = now;
        if (entry.Node != byLastUse.Last)
        {
            byLastUse.Remove(entry.Node!);
            byLastUse.AddLast(entry.Node!);
        }
    }

    /// <summary>Forgets the conversations idle for too long: they are all at the front of the list.</summary>
    private void ForgetIdleLocked(DateTimeOffset now, List<Entry> forgotten)
    {
        while (byLastUse.First is { } leastRecent && IsExpired(leastRecent.Value, now))
        {
            RemoveLocked(leastRecent.Value, forgotten);
        }
    }

    /// <summary>
    /// Forgets the least recently used conversations (never <paramref name="keep"/>) until all feeds fit the total
    /// budget again. Closed under the lock, so a concurrent caller sees the freed bytes and forgets no more than needed.
    /// </summary>
    private void ForgetForMemory(Entry keep)
    {
        lock (gate)
        {
            var node = byLastUse.First;
            while (TotalFeedBytes > Options.MaxTotalFeedBytes && node is not null)
            {
                var next = node.Next;
                if (node.Value != keep)
                {
                    var forgotten = new List<Entry>(1);
                    RemoveLocked(node.Value, forgotten);
                    Close(forgotten);
                }

                node = next;
            }
        }
    }

    private void RemoveLocked(Entry entry, List<Entry> forgotten)
    {
        conversations.Remove(entry.Conversation.Id);
        byLastUse.Remove(entry.Node!);
        forgotten.Add(entry);
    }

    /// <summary>Ends forgotten conversations: their feeds are emptied (and uncounted) and their streams told.</summary>
    private void Close(List<Entry> forgotten)
    {
        foreach (var entry in forgotten)
        {
            Interlocked.Add(ref totalFeedBytes, -entry.Close());
        }
    }
}
