namespace AllyBot.Builder.Dialogs;

/// <summary>
/// Helpers for the framework's own entries in <see cref="DialogInstance.State"/> (a waterfall's values, a
/// component's inner stack, a prompt's options). Each entry is live within a turn and JSON across turns;
/// these convert the JSON form once and put the typed object back, so mutations are saved.
/// </summary>
internal static class PersistedState
{
    public static T GetOrCreate<T>(IDictionary<string, object?> state, string key, Func<T> create)
        where T : class
    {
        var values = new DialogValues(state);
        return values.GetOrAdd(key, create);
    }

    public static T? Get<T>(IDictionary<string, object?> state, string key) => new DialogValues(state).Get<T>(key);

    /// <summary>A nested dictionary under <paramref name="key"/>, viewed as <see cref="DialogValues"/>.</summary>
    public static DialogValues Bag(IDictionary<string, object?> state, string key) =>
        new(GetOrCreate<Dictionary<string, object?>>(state, key, () => []));
}
