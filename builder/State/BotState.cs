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
        turnContext.TurnState[_contextServiceKey] = CachedBotState.FromStored(stored);
    }

    /// <summary>
    /// Writes the state if it changed this turn (or <paramref name="force"/>), checked against the ETag it was
    /// read with. Throws <see cref="ETagConflictException"/> when another turn saved it in between.
    /// </summary>
    public virtual async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = GetCachedState(turnContext);
        if (cached is null) return;

        var hash = cached.ComputeHash();
        if (!force && hash == cached.Hash) return;

        var storageKey = GetStorageKey(turnContext);
        var document = new BotStateDocument { ETag = cached.ETag, Values = new Dictionary<string, object?>(cached.State) };
        await _storage.WriteAsync(new Dictionary<string, object> { [storageKey] = document }, cancellationToken).ConfigureAwait(false);
        cached.Hash = hash;

        // The next save this turn must carry the new ETag. Stores may hand it back on the written item
        // (MemoryStorage does); otherwise read it.
        if (document.ETag is not null && document.ETag != cached.ETag)
        {
            cached.ETag = document.ETag;
        }
        else
        {
            var items = await _storage.ReadAsync([storageKey], cancellationToken).ConfigureAwait(false);
            cached.ETag = items.TryGetValue(storageKey, out var stored) ? CachedBotState.FromStored(stored).ETag : null;
        }
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
        // in place are seen by SaveChangesAsync.
        var typed = BuilderJson.Convert<T>(value);
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
