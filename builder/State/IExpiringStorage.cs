namespace AllyBot.Builder.State;

/// <summary>
/// A store that can forget short-lived records by age: the processed-activity markers kept for the
/// de-duplication window are written like any state (in the turn's batch) and pruned with this afterwards.
/// </summary>
public interface IExpiringStorage : IStorage
{
    /// <summary>
    /// Deletes the keys that start with <paramref name="keyPrefix"/> and were last written before
    /// <paramref name="writtenBefore"/> (by the store's clock); returns how many were deleted.
    /// </summary>
    Task<int> DeleteWrittenBeforeAsync(string keyPrefix, DateTimeOffset writtenBefore, CancellationToken cancellationToken = default);
}
