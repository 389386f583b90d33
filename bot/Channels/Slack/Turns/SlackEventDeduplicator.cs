using AllyBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.Slack.Turns;

/// <summary>
/// Two memories of Slack event ids: the events taken in by this process and not yet finished (in memory, for
/// <see cref="SlackOptions.DeduplicationWindow"/>, at most <see cref="SlackOptions.DeduplicationCapacity"/>),
/// and the events whose turn was saved (in the bot's store, written with the turn's state by
/// <see cref="SlackAdapter"/> under <see cref="KeyFor"/>), which a restart does not forget.
/// </summary>
public sealed class SlackEventDeduplicator(IActivityDeduplicator processed, IOptions<SlackOptions> options, TimeProvider timeProvider) : ISlackEventDeduplicator
{
    private readonly RecentKeys _takenIn = new(options.Value.DeduplicationWindow, options.Value.DeduplicationCapacity, timeProvider);

    /// <summary>How many ids are remembered in memory now (for tests and diagnostics).</summary>
    public int Count => _takenIn.Count;

    /// <summary>The delivery key of a Slack event: its <c>event_id</c>, the same on every retry.</summary>
    public static string KeyFor(string eventId) => DeliveryKeys.Of(AllyBot.Builder.Schema.Channels.Slack, "events", eventId);

    public async ValueTask<bool> TryRegisterAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        return !await processed.IsProcessedAsync(KeyFor(eventId), cancellationToken) && _takenIn.TryAdd(eventId);
    }

    public ValueTask ForgetAsync(string eventId, CancellationToken cancellationToken = default)
    {
        _takenIn.Remove(eventId);
        return ValueTask.CompletedTask;
    }
}
