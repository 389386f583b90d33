using AllyBot.Builder.Schema;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Hosting;

/// <summary>
/// Remembers activity ids for <see cref="BotHostOptions.DeduplicationWindow"/>, at most
/// <see cref="BotHostOptions.DeduplicationCapacity"/> of them (oldest forgotten first), in this process.
/// </summary>
public sealed class InMemoryActivityDeduplicator(IOptions<BotHostOptions> options, TimeProvider timeProvider) : IActivityDeduplicator
{
    private readonly RecentKeys _seen = new(options.Value.DeduplicationWindow, options.Value.DeduplicationCapacity, timeProvider);

    /// <summary>How many ids are remembered now (for tests and diagnostics).</summary>
    public int Count => _seen.Count;

    public ValueTask<bool> TryRegisterAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
            return ValueTask.FromResult(true);

        // Ids are unique per conversation on most channels, so the key includes where the activity came from.
        return ValueTask.FromResult(_seen.TryAdd($"{activity.ChannelId}\n{activity.Conversation?.Id}\n{activity.Id}"));
    }
}
