using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Dialogs.Choices;

/// <summary>
/// One option offered by a <see cref="ChoicePrompt"/> (SDK: <c>Choice</c>). <see cref="Value"/> is what the
/// prompt returns and, by default, the button title; <see cref="Synonyms"/> are other words that pick it.
/// </summary>
public sealed class Choice
{
    public Choice() { }

    public Choice(string value) => Value = value;

    public string Value { get; set; } = string.Empty;

    /// <summary>The button to show instead of the default <c>imBack</c> one; its title is recognized too.</summary>
    public CardAction? Action { get; set; }

    public List<string>? Synonyms { get; set; }

    public override string ToString() => Value;
}
