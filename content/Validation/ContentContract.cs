namespace AllyBot.Content.Validation;

/// What the code that uses the library relies on, declared by that code (the dialogs declare theirs) and
/// checked by lint and at start-up, so a library id the code would not know what to do with, or an id the
/// code needs that the library lacks, is a lint problem rather than a surprise in a conversation.
/// Content itself knows nothing of the dialogs: the host passes their contract in.
public sealed record ContentContract(IReadOnlyList<KnownChoices> Choices, IReadOnlyList<string> Audiences, IReadOnlyList<RequiredText> Texts)
{
    /// No expectations: only the library's own rules are checked.
    public static ContentContract None { get; } = new([], [], []);
}

/// The choice ids the code handles for some questions of a step (the interruptions' commands, the stances,
/// the roles). Any other choice id in those questions is a problem, since the code would not know what it
/// means; each id in Required must be there, since the code asks for it.
public sealed record KnownChoices(string Step, IReadOnlyList<string> Questions, IReadOnlyCollection<string> Known, IReadOnlyCollection<string> Required, string What);

/// A text (step and key) the code says, so it must exist.
public sealed record RequiredText(string Step, string Key);
