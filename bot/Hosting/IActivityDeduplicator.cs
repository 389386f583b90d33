using AllyBot.Builder;

namespace AllyBot.Bot.Hosting;

/// <summary>
/// Recognises a retried delivery of an activity whose turn was already processed (Teams retries after 15 s,
/// Slack after 3 s, a client after a crash), by a delivery key (<see cref="DeliveryKeys"/>), so the turn runs
/// once. "Processed" is recorded with the turn's state, in the same all-or-nothing batch
/// (<see cref="MarkProcessed"/>), so a turn that was saved is never run again and a turn that was not saved
/// is not skipped. Called inside the conversation's turn gate, so a retry that arrives while the original is
/// still running waits and is then recognised.
/// </summary>
public interface IActivityDeduplicator
{
    /// <summary>True when a turn for <paramref name="deliveryKey"/> was committed within the de-duplication window.</summary>
    ValueTask<bool> IsProcessedAsync(string deliveryKey, CancellationToken cancellationToken = default);

    /// <summary>Records <paramref name="deliveryKey"/> as processed, in the batch that saves this turn's state.</summary>
    void MarkProcessed(ITurnContext turnContext, string deliveryKey);
}

/// <summary>The delivery keys the de-duplicator works with: where an activity came from plus the id the channel gave it.</summary>
public static class DeliveryKeys
{
    /// <summary>Ids are unique per conversation on most channels, so the key includes the channel and the conversation.</summary>
    public static string Of(string? channelId, string? conversationId, string deliveryId) => $"{channelId}\n{conversationId}\n{deliveryId}";
}
