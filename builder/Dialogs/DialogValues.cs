using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Dialogs;

/// <summary>
/// A typed view over a dictionary that is persisted as JSON between turns (a waterfall's <c>Values</c>, a
/// prompt's <c>State</c>). Replaces the SDK's <c>IDictionary&lt;string, object&gt;</c> casts, which break once a
/// value has been through storage and comes back as a <see cref="JsonElement"/>.
/// </summary>
/// <remarks>
/// <see cref="Get{T}"/> converts a value restored from JSON to <typeparamref name="T"/> once and keeps the typed
/// object in the dictionary, so changing that object later in the same turn is saved with the state, exactly as
/// changing an object stored with <see cref="Set{T}"/> is.
/// </remarks>
public sealed class DialogValues : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly IDictionary<string, object?> _values;

    public DialogValues() : this(new Dictionary<string, object?>()) { }

    /// <summary>Wraps <paramref name="values"/> (not copied): changes go straight to the persisted dictionary.</summary>
    public DialogValues(IDictionary<string, object?> values) => _values = values ?? throw new ArgumentNullException(nameof(values));

    public int Count => _values.Count;

    public ICollection<string> Keys => _values.Keys;

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <summary>The value under <paramref name="key"/> as <typeparamref name="T"/>; default when absent or null.</summary>
    public T? Get<T>(string key) => TryGet<T>(key, out var value) ? value : default;

    /// <summary>The value under <paramref name="key"/>, or <paramref name="defaultValue"/> when absent or null.</summary>
    public T Get<T>(string key, T defaultValue) => TryGet<T>(key, out var value) ? value : defaultValue;

    public bool TryGet<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_values.TryGetValue(key, out var raw) || raw is null || raw is JsonElement { ValueKind: JsonValueKind.Null })
        {
            value = default;
            return false;
        }

        T? converted;
        try
        {
            converted = BuilderJson.Convert<T>(raw);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            throw new DialogStateException($"The stored dialog value '{key}' is not a {typeof(T).Name}.", exception);
        }
        if (converted is null)
        {
            value = default;
            return false;
        }

        // Keep the typed object so later mutations this turn are persisted with the state.
        if (raw is JsonElement && converted is not JsonElement)
            _values[key] = converted;
        value = converted;
        return true;
    }

    /// <summary>The value under <paramref name="key"/>; when absent, stores and returns <paramref name="create"/>'s value.</summary>
    public T GetOrAdd<T>(string key, Func<T> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (TryGet<T>(key, out var existing))
            return existing;
        var created = create();
        Set(key, created);
        return created;
    }

    public void Set<T>(string key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        _values[key] = value;
    }

    public bool Remove(string key) => _values.Remove(key);

    public void Clear() => _values.Clear();

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
