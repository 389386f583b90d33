using AllyBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.Slack.Turns;

/// <summary>
/// Remembers event ids for <see cref="SlackOptions.DeduplicationWindow"/>, at most
/// <see cref="SlackOptions.DeduplicationCapacity"/> of them (oldest forgotten first), in this process.
/// </summary>
public sealed class InMemorySlackEventDeduplicator(IOptions<SlackOptions> options, TimeProvider timeProvider) : ISlackEventDeduplicator
{
    private readonly RecentKeys _seen = new(options.Value.DeduplicationWindow, options.Value.DeduplicationCapacity, timeProvider);

    /// <summary>How many ids are remembered now (for tests and diagnostics).</summary>
    public int Count => _seen.Count;

    public ValueTask<bool> TryRegisterAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        return ValueTask.FromResult(_seen.TryAdd(eventId));
    }

    public ValueTask ForgetAsync(string eventId, CancellationToken cancellationToken = default)
    {
        _seen.Remove(eventId);
        return ValueTask.CompletedTask;
    }
}
