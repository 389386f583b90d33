using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Journey;

/// <summary>How a topic ended, for the router to decide what comes next.</summary>
public enum TopicExit
{
    /// <summary>Every question of the topic was asked.</summary>
    Completed,

    /// <summary>"back" left the topic: go to <see cref="TopicResult.Target"/>.</summary>
    GoTo,

    Menu,
    Cancelled,
    StartOver,
    Deleted,

    /// <summary>A menu pick: <see cref="TopicResult.Route"/> is the choice id.</summary>
    Route,

    /// <summary>Meeting prep was asked for at a question; <see cref="TopicResult.Text"/> is what the user wrote.</summary>
    Prep,
}

/// <summary>Handed from a topic to the router within the same turn (never stored).</summary>
public sealed record TopicResult(string Topic, TopicExit Exit, Position? Target = null, string? Route = null, string? Text = null, int? Ally = null);

/// <summary>How a topic is begun: at a position (back, resume), quietly with a command to run, with the user's text, or about an ally of the plan.</summary>
public sealed record TopicStart(Position? At = null, AskReason Reason = AskReason.Forward, string? Command = null, string? Text = null, int? Ally = null)
{
    /// <summary>Not a user command: begins the topic without sending its question (the menu after "cancel" waits quietly).</summary>
    public const string QuietCommand = "quiet";

    public static readonly TopicStart Fresh = new();
}

/// <summary>Sent from the interruption handler to the question flow in place of a prompt result.</summary>
internal enum FlowSignal
{
    Back,
    Skip,
}
