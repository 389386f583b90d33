using System.Text.Json;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.State;

/// <summary>
/// A bag of named properties stored under one storage key per scope (SDK: <c>BotState</c>). The bag is read
/// once per turn into <see cref="ITurnContext.TurnState"/> (under the key given to the constructor, e.g.
/// <c>"ConversationState"</c>), read and changed through accessors from <see cref="CreateProperty{T}"/>, and
/// written back by <see cref="SaveChangesAsync"/> only when its JSON changed, with the ETag it was read with,
/// so a concurrent turn's write is detected (<see cref="ETagConflictException"/>) instead of overwritten.
/// </summary>
public abstract partial class BotState
{
    /// <summary>The field that carries the ETag in the stored document; not usable as a property name.</summary>
    public const string ETagPropertyName = "eTag";

    private readonly IStorage _storage;
    private readonly string _contextServiceKey;

    protected BotState(IStorage storage, string contextServiceKey)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        ArgumentException.ThrowIfNullOrWhiteSpace(contextServiceKey);
        _contextServiceKey = contextServiceKey;
    }

    /// <summary>Creates a typed accessor for the property <paramref name="name"/> of this state.</summary>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name == ETagPropertyName) throw new ArgumentException($"'{ETagPropertyName}' is reserved for the storage ETag.", nameof(name));
        return new BotStatePropertyAccessor<T>(this, name);
    }

    /// <summary>Reads the state from storage into the turn, unless it was already read this turn (or <paramref name="force"/>).</summary>
    public virtual async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && GetCachedState(turnContext) is not null) return;

        var storageKey = GetStorageKey(turnContext);
        var items = await _storage.ReadAsync([storageKey], cancellationToken).ConfigureAwait(false);
        items.TryGetValue(storageKey, out var stored);
        turnContext.TurnState[_contextServiceKey] = CachedBotState.FromStored(storageKey, stored);
    }

    /// <summary>
    /// Writes the state if it changed this turn (or <paramref name="force"/>), checked against the ETag it was
    /// read with, together with the turn's pending <see cref="TurnWrites"/> in one batch. Throws
    /// <see cref="ETagConflictException"/> when another turn saved it in between (then nothing was written).
    /// </summary>
    public virtual Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        new BotStateSet(this).SaveAllChangesAsync(turnContext, force, cancellationToken);

    /// <summary>The store this state reads and writes; a <see cref="BotStateSet"/> batches states that share one.</summary>
    internal IStorage Storage => _storage;

    /// <summary>The write this state needs at the end of the turn, or null when it was not loaded or did not change.</summary>
    internal PendingSave? PrepareSave(ITurnContext turnContext, bool force)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = GetCachedState(turnContext);
        if (cached is null) return null;

        var hash = cached.ComputeHash();
        if (!force && hash == cached.Hash) return null;
        // A bag that was not stored when read must still be new when written: a concurrent first write wins once.
        var eTag = cached.ETag ?? StoreETags.NotStored;
        var document = new BotStateDocument { ETag = eTag, Values = new Dictionary<string, object?>(cached.State) };
        return new PendingSave(this, cached, GetStorageKey(turnContext), document, eTag, hash);
    }

    /// <summary>After the batch with <paramref name="save"/> was written: remember what is stored now and its new ETag.</summary>
    internal async Task CompleteSaveAsync(PendingSave save, CancellationToken cancellationToken)
    {
        var cached = save.Cached;
        cached.Hash = save.Hash;

        // The next save this turn must carry the new ETag. Stores may hand it back on the written item
        // (MemoryStorage does); otherwise read it.
        if (save.Document.ETag is not null && save.Document.ETag != save.SentETag)
        {
            cached.ETag = save.Document.ETag;
        }
        else
        {
            var items = await _storage.ReadAsync([save.Key], cancellationToken).ConfigureAwait(false);
            cached.ETag = items.TryGetValue(save.Key, out var stored) ? CachedBotState.FromStored(save.Key, stored).ETag : null;
        }
    }

    /// <summary>
    /// The error for a problem with this turn's stored value found after it was read (a dialog id on the stack
    /// that no dialog has any more): names the storage key and the ETag it was read with, so it can be set aside.
    /// </summary>
    public StateUnreadableException Unreadable(ITurnContext turnContext, string reason, Exception? innerException = null)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return new StateUnreadableException(GetStorageKey(turnContext), GetCachedState(turnContext)?.ETag, reason, innerException);
    }

    /// <summary>The storage key this state uses for the turn (e.g. <c>{channelId}/conversations/{conversationId}</c>).</summary>
    public string StorageKeyOf(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return GetStorageKey(turnContext);
    }

    /// <summary>Empties the state for this turn; the next <see cref="SaveChangesAsync"/> writes the empty bag.</summary>
    public virtual Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        // Keep the ETag so the clearing write is still checked; an empty hash forces the write.
        var eTag = GetCachedState(turnContext)?.ETag;
        turnContext.TurnState[_contextServiceKey] = new CachedBotState { ETag = eTag, Hash = string.Empty };
        return Task.CompletedTask;
    }

    /// <summary>Removes the state from the turn and deletes its storage key.</summary>
    public virtual async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(_contextServiceKey);
        await _storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The state as loaded this turn (with changes), as JSON; null when not loaded. For export and diagnostics.</summary>
    public JsonElement? Get(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = GetCachedState(turnContext);
        return cached is null ? null : JsonSerializer.SerializeToElement(cached.State, BuilderJson.Options);
    }

    /// <summary>This state's cache in the turn, or null before <see cref="LoadAsync"/>.</summary>
    public CachedBotState? GetCachedState(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.TryGetValue(_contextServiceKey, out var value) ? value as CachedBotState : null;
    }

    /// <summary>The storage key for this turn's scope, e.g. <c>{channelId}/conversations/{conversationId}</c>.</summary>
    protected internal abstract string GetStorageKey(ITurnContext turnContext);

    /// <summary>Reads a property; throws <see cref="KeyNotFoundException"/> when it is not set (so value types work).</summary>
    protected Task<T> GetPropertyValueAsync<T>(ITurnContext turnContext, string propertyName, CancellationToken cancellationToken = default)
    {
        var cached = RequireCachedState(turnContext);
        if (!cached.State.TryGetValue(propertyName, out var value)) throw new KeyNotFoundException(propertyName);
        if (value is null) return Task.FromResult(default(T)!);

        // Stored values arrive as JsonElement; convert once and keep the typed object, so changes made to it
        // in place are seen by SaveChangesAsync. A value that does not fit T is unreadable state, not a bug.
        T? typed;
        try
        {
            typed = BuilderJson.Convert<T>(value);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            throw Unreadable(turnContext, $"the property '{propertyName}' is not a {typeof(T).Name}", exception);
        }
        cached.State[propertyName] = typed;
        return Task.FromResult(typed!);
    }

    protected Task SetPropertyValueAsync(ITurnContext turnContext, string propertyName, object? value, CancellationToken cancellationToken = default)
    {
        RequireCachedState(turnContext).State[propertyName] = value;
        return Task.CompletedTask;
    }

    protected Task DeletePropertyValueAsync(ITurnContext turnContext, string propertyName, CancellationToken cancellationToken = default)
    {
        RequireCachedState(turnContext).State.Remove(propertyName);
        return Task.CompletedTask;
    }

    private CachedBotState RequireCachedState(ITurnContext turnContext) =>
        GetCachedState(turnContext)
        ?? throw new InvalidOperationException($"{GetType().Name} is not loaded for this turn; call LoadAsync first.");
}
