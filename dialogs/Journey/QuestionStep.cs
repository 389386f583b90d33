using ContentChoice = AllyBot.Content.Model.Choice;

namespace AllyBot.Dialogs.Journey;

/// <summary>
/// One question of a topic: which library question it asks, how it is answered, when it applies, and how the
/// answer is read from and written to the plan. The words all come from the library (<see cref="ContentStep"/>
/// / <see cref="Id"/>); the hooks only decide flow and where answers go. In the whole journey a question
/// that is answered (<see cref="Answered"/>) or skipped is not asked again, so "continue" and "jump to a
/// part" land on the first unanswered one.
/// </summary>
public sealed class QuestionStep(string id, AnswerKind kind)
{
    /// <summary>The library question id (unique within the topic).</summary>
    public string Id { get; } = id;

    public AnswerKind Kind { get; } = kind;

    /// <summary>The library step holding the question; null means the topic's own step.</summary>
    public string? ContentStep { get; init; }

    /// <summary>The part of the plan ("Jump to a part") the question belongs to; default <see cref="ContentStep"/>, else the topic. <see cref="AnyPart"/>: every part.</summary>
    public string? Part { get; init; }

    /// <summary>A <see cref="Part"/> for questions that belong to every part (which ally to work on).</summary>
    public const string AnyPart = "*";

    /// <summary>Asked once per ally (the position then carries the ally's index).</summary>
    public bool PerAlly { get; init; }

    /// <summary>Asked where no ally exists yet at the position: it adds the ally (the ally's name).</summary>
    public bool AddsAlly { get; init; }

    /// <summary>"skip" is refused: the journey cannot go on without an answer (or the answer steers where to go).</summary>
    public bool Required { get; init; }

    /// <summary>Asked on the quick-pitch path too (the default is the full plan only).</summary>
    public bool Quick { get; init; }

    /// <summary>A depth question: in the whole journey only after the user chose to plan more with the ally.</summary>
    public bool Depth { get; init; }

    /// <summary>Whether the question applies now; default always.</summary>
    public Func<StepView, bool>? When { get; init; }

    /// <summary>Whether the plan already holds the answer (then the whole journey does not ask it again).</summary>
    public Func<StepView, bool>? Answered { get; init; }

    /// <summary>The earlier answer, shown when the user comes back to the question.</summary>
    public Func<StepView, string?>? Read { get; init; }

    /// <summary>Stores the answer in the plan (or in scratch).</summary>
    public Action<StepView, Answer>? Write { get; init; }

    /// <summary>Choices computed from the plan (allies, audiences); default the library question's choices.</summary>
    public Func<StepView, IReadOnlyList<ContentChoice>>? Choices { get; init; }

    /// <summary>The question text, when it depends on the plan beyond {placeholders}.</summary>
    public Func<StepView, string>? Text { get; init; }

    /// <summary>The re-prompt, when it depends on the plan beyond {placeholders}.</summary>
    public Func<StepView, string>? Reprompt { get; init; }

    /// <summary>
    /// The suggested answer: a choice id for choice questions, the text itself for free-text ones. "go with
    /// what you suggest" / "you pick" takes it, and a card form shows it as the default.
    /// </summary>
    public Func<StepView, string?>? Suggestion { get; init; }

    /// <summary>
    /// What to say to a greeting ("hi") typed at this question, with the question in it; null for the usual "Hi
    /// again! Here's where we were." and the question after it. A greeting is never the answer.
    /// </summary>
    public Func<StepView, string>? GreetingReply { get; init; }

    /// <summary>
    /// The answer may itself be a question ("What if every school had a nurse?" as a goal, a pitch that asks
    /// something): a message here is never taken for a coaching question (see Generative.CoachingQuestions).
    /// </summary>
    public bool AcceptsQuestions { get; init; }

    /// <summary>What a free-text answer that is not one ("none", "not sure", "yes") does here.</summary>
    public NonAnswerPolicy NonAnswer { get; init; } = NonAnswerPolicy.Skip;

    /// <summary>Ideas shown when the user has none (the audience's typical asks); default the question's examples.</summary>
    public Func<StepView, IReadOnlyList<string>>? Ideas { get; init; }

    /// <summary>
    /// Reads a typed answer that needs more than a choice match ("no, they're a nonprofit", "1 and 3");
    /// null means not understood, and the question's re-prompt is said.
    /// </summary>
    public Func<StepView, string, Answer?>? Interpret { get; init; }

    /// <summary>Sent before the question (an intro, a drafted pitch).</summary>
    public Func<StepView, CancellationToken, Task>? BeforeAsk { get; init; }

    /// <summary>Returns a message when the answer cannot be used; the question is then asked again.</summary>
    public Func<StepView, Answer, string?>? Validate { get; init; }

    /// <summary>Runs after the answer was written: may send a message and decide where to go.</summary>
    public Func<StepView, Answer, CancellationToken, Task<StepOutcome>>? AfterAnswer { get; init; }

    /// <summary>For a <see cref="AnswerKind.Form"/>: the ids of the questions it asks at once, in order.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    /// <summary>As a field of a form: whether it is on the form (default <see cref="When"/>).</summary>
    public Func<StepView, bool>? InForm { get; init; }

    /// <summary>As a field of a form: the value filled in (default <see cref="Read"/>; for choices a choice id).</summary>
    public Func<StepView, string?>? FormDefault { get; init; }

    /// <summary>As a field of a form: the card will not submit without it.</summary>
    public bool FormRequired { get; init; }

    /// <summary>A name or a title rather than a sentence: one line on a form.</summary>
    public bool ShortAnswer { get; init; }

    /// <summary>As a field of a form with choices: several may be picked (the answer is their numbers, "1,3").</summary>
    public bool MultiSelect { get; init; }
}
