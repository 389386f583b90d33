namespace AllyBot.Builder.State;

/// <summary>
/// Marks a turn that erased everything kept about its user ("delete my data"), so the channel edge can purge
/// what it holds about them too (a Direct Line transcript) once the turn is over.
/// </summary>
public static class DataErasure
{
    private const string TurnStateKey = "AllyBot.UserDataErased";

    public static void Record(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[TurnStateKey] = true;
    }

    public static bool WasRecorded(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.ContainsKey(TurnStateKey);
    }
}
