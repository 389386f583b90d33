using ContentChoice = AllyBot.Content.Model.Choice;

namespace AllyBot.Dialogs.Journey;

/// <summary>
/// One question of a topic: which library question it asks, how it is answered, when it applies, and how the
/// answer is read from and written to the plan. The words all come from the library (<see cref="ContentStep"/>
/// / <see cref="Id"/>); the hooks only decide flow and where answers go.
/// </summary>
public sealed class QuestionStep(string id, AnswerKind kind)
{
    /// <summary>The library question id (unique within the topic).</summary>
    public string Id { get; } = id;

    public AnswerKind Kind { get; } = kind;

    /// <summary>The library step holding the question; null means the topic's own step.</summary>
    public string? ContentStep { get; init; }

    /// <summary>Asked once per ally (the position then carries the ally's index).</summary>
    public bool PerAlly { get; init; }

    /// <summary>"skip" is refused: the journey cannot go on without an answer (or the answer steers where to go).</summary>
    public bool Required { get; init; }

    /// <summary>Whether the question applies now; default always.</summary>
    public Func<StepView, bool>? When { get; init; }

    /// <summary>The earlier answer, shown when the user comes back to the question.</summary>
    public Func<StepView, string?>? Read { get; init; }

    /// <summary>Stores the answer in the plan (or in scratch).</summary>
    public Action<StepView, Answer>? Write { get; init; }

    /// <summary>Choices computed from the plan (allies, audiences); default the library question's choices.</summary>
    public Func<StepView, IReadOnlyList<ContentChoice>>? Choices { get; init; }

    /// <summary>The question text, when it depends on the plan beyond {placeholders}.</summary>
    public Func<StepView, string>? Text { get; init; }

    /// <summary>Sent before the question (an intro, a drafted pitch).</summary>
    public Func<StepView, CancellationToken, Task>? BeforeAsk { get; init; }

    /// <summary>Returns a message when the answer cannot be used; the question is then asked again.</summary>
    public Func<StepView, Answer, string?>? Validate { get; init; }

    /// <summary>Runs after the answer was written: may send a message and decide where to go.</summary>
    public Func<StepView, Answer, CancellationToken, Task<StepOutcome>>? AfterAnswer { get; init; }
}
