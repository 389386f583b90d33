using System.Threading.Channels;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// The activity log of every Direct Line conversation. The in-memory store serves one instance; a shared
/// implementation (a database plus a pub/sub for <see cref="Subscribe"/>) would let several instances serve
/// the same widget. Methods return null for a conversation that does not exist or has expired.
/// </summary>
public interface IDirectLineConversationStore
{
    /// <summary>Creates the conversation, or finds it when it was started already; <c>Created</c> tells which.</summary>
    ValueTask<(DirectLineConversation Conversation, bool Created)> StartAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    ValueTask<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends a copy of the activity to the feed under the next watermark and sets its <c>id</c> to
    /// <c>{conversationId}|{watermark:D7}</c>; returns that id.
    /// </summary>
    ValueTask<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Sends an activity to live streams only (typing goes over the WebSocket, never to polling clients).</summary>
    ValueTask<bool> PublishTransientAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>The feed after <paramref name="afterWatermark"/> (all of it when null).</summary>
    ValueTask<DirectLineActivityPage?> GetActivitiesAsync(string conversationId, long? afterWatermark, CancellationToken cancellationToken);

    /// <summary>
    /// Empties the feeds of every conversation of <paramref name="userId"/> ("delete my data": no copy of what
    /// they said stays in memory); the conversations stay open and go on at the next watermark. Returns how many
    /// activities were dropped.
    /// </summary>
    ValueTask<int> PurgeUserTranscriptsAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Signals for a live stream; the reader completes when the conversation expires. Dispose to stop.</summary>
    IDirectLineFeedSubscription? Subscribe(string conversationId);
}

public interface IDirectLineFeedSubscription : IDisposable
{
    ChannelReader<DirectLineFeedSignal> Signals { get; }
}
