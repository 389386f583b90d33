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
}

/// <summary>What the user answered: the text as typed and, for choices, the choice id.</summary>
public sealed record Answer(string? Text, string? ChoiceId = null)
{
    /// <summary>The choice id when there is one, otherwise the text.</summary>
    public string? Value => ChoiceId ?? Text;
}

/// <summary>Why a question is being asked, so hooks can say an intro only on the way forward.</summary>
public enum AskReason
{
    Forward,
    Back,
    Repeat,
    Resume,
}
