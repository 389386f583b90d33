namespace AllyBot.Builder.State;

/// <summary>
/// The storage keys the turn machinery set aside (<see cref="IQuarantiningStorage"/>) before this run of the
/// turn because they could not be read. The turn then runs on fresh state, and the bot tells the person plainly.
/// </summary>
public static class StateRecovery
{
    private const string TurnStateKey = "AllyBot.SetAsideKeys";

    public static void Record(ITurnContext turnContext, IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(keys);
        turnContext.TurnState[TurnStateKey] = keys.ToList();
    }

    /// <summary>The keys set aside for this turn; empty on an ordinary turn.</summary>
    public static IReadOnlyList<string> SetAsideKeys(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.TryGetValue(TurnStateKey, out var value) && value is List<string> keys ? keys : [];
    }
}
