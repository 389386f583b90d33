namespace AllyBot.Bot.Hosting;

/// <summary>
/// How a turn whose state could not be saved as it was read is run again. Bound from the <c>BotHost</c>
/// section (next to <see cref="BotHostOptions"/>), e.g. <c>BotHost:ConflictRetries</c>.
/// </summary>
public sealed class TurnCommitOptions
{
    /// <summary>
    /// How many times a turn whose save hit an ETag conflict (the same person's other conversation saved the
    /// shared plan first) is run again on fresh state before the person gets the apology. Each re-run waits a
    /// random moment that doubles every time (at most 10, 20, 40 … ms), so 8 re-runs wait 2.5 s at the very most.
    /// Default 8.
    /// </summary>
    public int ConflictRetries { get; set; } = 8;

    /// <summary>How many unreadable state values one turn may set aside and start afresh from. Default 3.</summary>
    public int MaxSetAsidePerTurn { get; set; } = 3;
}
