using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Journey;

/// <summary>Where to go after a question was answered; the default is the next question that applies.</summary>
public sealed record StepOutcome
{
    public static readonly StepOutcome Continue = new();

    /// <summary>Leave the questions about the current ally and go on with the next ally (or past the ally questions).</summary>
    public static readonly StepOutcome NextAlly = new() { EndAlly = true };

    /// <summary>Ask the same question again (after explaining why the answer did not fit).</summary>
    public static readonly StepOutcome Repeat = new() { AskAgain = true };

    public string? GoTo { get; init; }

    /// <summary>A question of this topic about another ally (e.g. the name of a new one).</summary>
    public Position? GoToPosition { get; init; }

    public TopicResult? End { get; init; }

    public bool EndAlly { get; init; }

    public bool AskAgain { get; init; }

    public static StepOutcome Jump(string questionId) => new() { GoTo = questionId };

    public static StepOutcome JumpTo(Position position) => new() { GoToPosition = position };

    public static StepOutcome Finish(TopicResult result) => new() { End = result };
}
