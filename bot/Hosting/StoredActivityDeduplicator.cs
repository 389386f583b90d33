using System.Security.Cryptography;
using System.Text;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Hosting;

/// <summary>
/// Keeps processed delivery keys in the bot's store, under <see cref="KeyPrefix"/> and a hash of the key (so
/// no user or conversation id is stored), written with the turn's state (<see cref="TurnWrites"/>) and pruned
/// once they are older than <see cref="BotHostOptions.DeduplicationWindow"/>. A restart therefore forgets
/// nothing, and several instances sharing one store share what was processed.
/// </summary>
public sealed partial class StoredActivityDeduplicator(IStorage storage, IOptions<BotHostOptions> options, TimeProvider time, ILogger<StoredActivityDeduplicator> logger)
    : IActivityDeduplicator
{
    /// <summary>Where the markers live in the store.</summary>
    public const string KeyPrefix = "processed/";

    private static readonly TimeSpan MaxPruneInterval = TimeSpan.FromMinutes(1);
    private readonly TimeSpan _window = options.Value.DeduplicationWindow;
    private long _lastPruneTicks = time.GetUtcNow().UtcTicks;
    private int _pruning;

    public async ValueTask<bool> IsProcessedAsync(string deliveryKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        await PruneIfDueAsync(cancellationToken);
        var key = StorageKey(deliveryKey);
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var stored)
            && BuilderJson.Convert<ProcessedMarker>(stored) is { } marker
            && time.GetUtcNow() - marker.ProcessedAt < _window;
    }

    public void MarkProcessed(ITurnContext turnContext, string deliveryKey)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        TurnWrites.Add(turnContext, StorageKey(deliveryKey), new ProcessedMarker { ProcessedAt = time.GetUtcNow() });
    }

    /// <summary>The store key for a delivery key: the prefix and 128 bits of its SHA-256.</summary>
    public static string StorageKey(string deliveryKey) =>
        KeyPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(deliveryKey)), 0, 16);

    // At most once per interval, and by one caller at a time; the others go straight on.
    private async Task PruneIfDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var interval = _window < MaxPruneInterval ? _window : MaxPruneInterval;
        if (now.UtcTicks - Interlocked.Read(ref _lastPruneTicks) < interval.Ticks || storage is not IExpiringStorage expiring)
            return;
        if (Interlocked.Exchange(ref _pruning, 1) == 1)
            return;
        try
        {
            Interlocked.Exchange(ref _lastPruneTicks, now.UtcTicks);
            var pruned = await expiring.DeleteWrittenBeforeAsync(KeyPrefix, now - _window, cancellationToken);
            LogPruned(pruned);
        }
        finally
        {
            Interlocked.Exchange(ref _pruning, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pruned {Count} processed-activity markers older than the de-duplication window")]
    private partial void LogPruned(int count);

    /// <summary>What is stored for a processed delivery: only when.</summary>
    public sealed class ProcessedMarker
    {
        public DateTimeOffset ProcessedAt { get; set; }
    }
}
