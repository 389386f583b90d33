namespace AllyBot.Builder.Dialogs;

/// <summary>Where the dialog stack stands after a turn (SDK: <c>DialogTurnStatus</c>).</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty: no dialog was active.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user's next input.</summary>
    Waiting,

    /// <summary>The dialog that was run ended; <see cref="DialogTurnResult.Result"/> holds its result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,

    /// <summary>The dialog ended, but the turn should still wait for input (kept for SDK parity).</summary>
    CompleteAndWait,
}
