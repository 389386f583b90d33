using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Builder.Schema;
using ContentChoice = AllyBot.Content.Model.Choice;

namespace AllyBot.Dialogs.Coaching;

/// <summary>
/// Turns the library's choices into prompt choices: the value is the choice id (what the dialogs store), the
/// button shows the title and sends the title back, and the title, id and synonyms all pick it.
/// </summary>
public static class ChoiceList
{
    public static List<Choice> From(IEnumerable<ContentChoice> choices) => choices.Select(From).ToList();

    public static Choice From(ContentChoice choice) => new()
    {
        Value = choice.Id,
        Action = new CardAction(ActionTypes.ImBack, choice.Title, choice.Title),
        Synonyms = [choice.Title, .. choice.Synonyms],
    };

    /// <summary>A choice made from data (an ally's name, an audience) rather than from a library question.</summary>
    public static ContentChoice Make(string id, string title, params string[] synonyms) => new(id, title, null, synonyms);
}
