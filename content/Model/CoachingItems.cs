namespace AllyBot.Content.Model;

/// A choice offered with a question (a menu entry, a yes/no, a stance on the spectrum of allies).
/// Synonyms are extra words a user may type to pick it.
public sealed record Choice(string Id, string Title, string? Description, IReadOnlyList<string> Synonyms);

/// A question the bot asks in a step. Help says why it is asked; Reprompt is said when an answer fits no choice.
/// Suggested is the choice taken for "go with what you suggest" and preselected on a card form (one of Choices).
public sealed record Question(
    string Id,
    string Text,
    string Help,
    IReadOnlyList<string> Examples,
    string Reprompt,
    IReadOnlyList<Choice> Choices,
    IReadOnlyList<string> Sources,
    string? Suggested = null)
{
    public Choice Choice(string id) =>
        Choices.FirstOrDefault(c => c.Id == id)
        ?? throw ContentKeyNotFoundException.For("choice", id, $"question '{Id}'", Choices.Select(c => c.Id));
}

/// A piece of advice shown during a step.
public sealed record Tip(string Id, string Text, IReadOnlyList<string> Sources);

/// A worked example shown during a step.
public sealed record Example(string Id, string Text, IReadOnlyList<string> Sources);
