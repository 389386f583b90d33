namespace AllyBot.Builder.State;

/// <summary>
/// A store that can set an unreadable value aside for an operator instead of losing it or failing on it
/// forever: the value leaves the live keys (so the person can start afresh under the same key) and is kept,
/// exactly as it was stored, with the reason. Deleting a key (<see cref="IStorage.DeleteAsync"/>) also
/// deletes its quarantined copies, so "delete my data" covers them.
/// </summary>
public interface IQuarantiningStorage : IStorage
{
    /// <summary>
    /// Moves the value stored under <paramref name="key"/> aside, readable or not, in one step. With an
    /// <paramref name="eTag"/>, only while the stored value still has that ETag (another turn may have set it
    /// aside and written a fresh one already); null moves whatever is stored. True when something was moved.
    /// </summary>
    Task<bool> QuarantineAsync(string key, string? eTag, string reason, CancellationToken cancellationToken = default);

    /// <summary>The copies of <paramref name="key"/> set aside so far, oldest first.</summary>
    Task<IReadOnlyList<QuarantinedItem>> ReadQuarantinedAsync(string key, CancellationToken cancellationToken = default);
}

/// <summary>A value set aside: the key it was stored under, its ETag, the stored text as it was, why and when.</summary>
public sealed record QuarantinedItem(string Key, string? ETag, string Stored, string Reason, DateTimeOffset QuarantinedAt);
