namespace AllyBot.Dialogs.Journey;

/// <summary>How a question is answered.</summary>
public enum AnswerKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>One of the question's choices (buttons, a number, a title or a synonym).</summary>
    Choice,

    /// <summary>Free text, with the choices offered as ideas; a choice typed exactly is recognized as that choice.</summary>
    TextWithSuggestions,

    /// <summary>
    /// Several questions at once, as one Adaptive Card form where the channel renders card inputs (see
    /// <see cref="QuestionStep.Fields"/>). Typing instead of submitting falls back to one question at a time.
    /// </summary>
    Form,
}

/// <summary>What the user answered: the text as typed and, for choices, the choice id; <see cref="Detail"/> for answers that say more (a corrected audience).</summary>
public sealed record Answer(string? Text, string? ChoiceId = null, string? Detail = null)
{
    /// <summary>The choice id when there is one, otherwise the text.</summary>
    public string? Value => ChoiceId ?? Text;
}

/// <summary>What a free-text question does with an answer that is not one ("that's all", "not sure", "yes").</summary>
public enum NonAnswerPolicy
{
    /// <summary>Leave the question unanswered and move on ("No problem, we'll leave that for now").</summary>
    Skip,

    /// <summary>The pitch needs it: explain with examples and ask again.</summary>
    Examples,

    /// <summary>"yes", "not sure", "you pick" take the suggestion offered with the question; "none" skips.</summary>
    Suggestion,
}

/// <summary>Why a question is being asked, so hooks can say an intro only on the way forward.</summary>
public enum AskReason
{
    Forward,
    Back,
    Repeat,
    Resume,
}
