namespace AllyBot.Builder.State;

/// <summary>
/// Storage writes that belong to the current turn but to no <see cref="BotState"/>, such as the marker that
/// this activity was processed. They ride in the same all-or-nothing batch as the turn's state (the first
/// <see cref="BotState.SaveChangesAsync"/> or <see cref="BotStateSet.SaveAllChangesAsync"/> of the turn), so
/// "processed" and "saved" cannot disagree. Whatever no save took is the caller's to write after the turn.
/// </summary>
public static class TurnWrites
{
    private const string TurnStateKey = "AllyBot.TurnWrites";

    /// <summary>Adds a value to write with this turn's state (a later add for the same key wins).</summary>
    public static void Add(ITurnContext turnContext, string key, object value)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        Pending(turnContext, create: true)![key] = value;
    }

    /// <summary>Removes and returns the writes not yet taken by a save this turn.</summary>
    public static IReadOnlyDictionary<string, object> Take(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (Pending(turnContext, create: false) is not { Count: > 0 } pending)
            return new Dictionary<string, object>(StringComparer.Ordinal);
        var taken = new Dictionary<string, object>(pending, StringComparer.Ordinal);
        pending.Clear();
        return taken;
    }

    private static Dictionary<string, object>? Pending(ITurnContext turnContext, bool create)
    {
        if (turnContext.TurnState.TryGetValue(TurnStateKey, out var value) && value is Dictionary<string, object> pending)
            return pending;
        if (!create)
            return null;
        pending = new Dictionary<string, object>(StringComparer.Ordinal);
        turnContext.TurnState[TurnStateKey] = pending;
        return pending;
    }
}
