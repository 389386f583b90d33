namespace AllyBot.Builder.State;

/// <summary>
/// Key-value storage for bot state, with optimistic concurrency. A value that implements
/// <see cref="IStoreItem"/> is written only if its <see cref="IStoreItem.ETag"/> matches the stored one
/// (or is <c>"*"</c>, or the key is new); otherwise the write throws <see cref="ETagConflictException"/>
/// and nothing is overwritten. Every successful write gives the item a new ETag.
/// <see cref="StoreETags.NotStored"/> writes only a key that does not exist yet, so two first writes of one key
/// (two conversations of a new user) cannot both win.
/// A value that is not an <see cref="IStoreItem"/> but whose JSON has an <c>"eTag"</c> string is checked the same way.
/// Values are kept as JSON text written with <c>BuilderJson.Options</c>; <see cref="ReadAsync"/> returns each as a
/// <c>JsonElement</c> object that includes <c>"eTag"</c> (convert it with <c>BuilderJson.Convert&lt;T&gt;</c>).
/// A write is a batch: all of its items are written or, on a conflict or any failure, none of them, so a turn
/// that saves several keys (its conversation, its plan, the id of the activity it processed) saves them together.
/// A stored value that cannot be parsed any more makes <see cref="ReadAsync"/> throw <see cref="StateUnreadableException"/>
/// naming the key (never a bare JSON error), so the caller can set it aside (<see cref="IQuarantiningStorage"/>).
/// <see cref="DeleteAsync"/> leaves no copy of the deleted values behind in the store: no old row versions, no
/// write-ahead log frames, no quarantined copies of those keys.
/// Implementations may also set the new ETag on an <see cref="IStoreItem"/> they wrote (MemoryStorage does;
/// BotState re-reads when a store does not).
/// </summary>
public interface IStorage
{
    /// <summary>Reads the keys that exist; missing keys are absent from the result.</summary>
    /// <exception cref="StateUnreadableException">A stored value can no longer be parsed.</exception>
    Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);

    /// <summary>Writes every change or none of them (see the interface remarks on ETags).</summary>
    Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes the keys (missing ones are fine), leaving no copy of their values in the store.</summary>
    Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default);
}

/// <summary>The ETags with a meaning of their own (every other ETag is a stored version).</summary>
public static class StoreETags
{
    /// <summary>Write regardless of what is stored.</summary>
    public const string Any = "*";

    /// <summary>Write only when nothing is stored under the key yet; otherwise <see cref="ETagConflictException"/>.</summary>
    public const string NotStored = "(not stored)";
}

/// <summary>A stored value that takes part in optimistic concurrency.</summary>
public interface IStoreItem
{
    /// <summary>
    /// The version last read; <c>"*"</c> (or null) means write regardless, <see cref="StoreETags.NotStored"/>
    /// write only if the key is still new.
    /// </summary>
    string? ETag { get; set; }
}

/// <summary>A write carried a stale ETag: someone else changed the item since it was read.</summary>
public sealed class ETagConflictException(string key)
    : Exception($"Etag conflict: the item '{key}' was changed by another writer since it was read.")
{
    public string Key { get; } = key;
}
