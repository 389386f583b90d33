using System.Globalization;
using System.Text;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Dialogs.Choices;

/// <summary>Renders a list of choices as a message (SDK: <c>ChoiceFactory</c>).</summary>
public static class ChoiceFactory
{
    public const string HeroCardContentType = "application/vnd.microsoft.card.hero";

    /// <summary>Renders with <paramref name="style"/>; <see cref="ListStyle.Auto"/> means suggested actions.</summary>
    public static Activity ForStyle(ListStyle style, IList<Choice>? choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null) =>
        style switch
        {
            ListStyle.Inline => Inline(choices, text, speak, options),
            ListStyle.List => List(choices, text, speak, options),
            ListStyle.HeroCard => HeroCard(choices, text, speak),
            ListStyle.None => Message(text, speak),
            _ => SuggestedAction(choices, text, speak),
        };

    /// <summary>"text (1) a, (2) b, or (3) c".</summary>
    public static Activity Inline(IList<Choice>? choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        choices ??= [];
        var separator = options?.InlineSeparator ?? ", ";
        var or = options?.InlineOr ?? " or ";
        var orMore = options?.InlineOrMore ?? ", or ";
        var numbers = options?.IncludeNumbers ?? true;

        var txt = new StringBuilder(text ?? string.Empty);
        if (txt.Length > 0)
            txt.Append(' ');
        var connector = string.Empty;
        for (var index = 0; index < choices.Count; index++)
        {
            txt.Append(connector);
            if (numbers)
                txt.Append('(').Append((index + 1).ToString(CultureInfo.InvariantCulture)).Append(") ");
            txt.Append(Title(choices[index]));
            connector = index == choices.Count - 2 ? (index == 0 ? or : orMore) : separator;
        }

        return Message(txt.ToString(), speak);
    }

    /// <summary>"text" then one numbered line per choice ("   1. a").</summary>
    public static Activity List(IList<Choice>? choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        choices ??= [];
        var numbers = options?.IncludeNumbers ?? true;
        var txt = new StringBuilder(text ?? string.Empty).Append("\n\n   ");
        var connector = string.Empty;
        for (var index = 0; index < choices.Count; index++)
        {
            txt.Append(connector)
                .Append(numbers ? (index + 1).ToString(CultureInfo.InvariantCulture) + ". " : "- ")
                .Append(Title(choices[index]));
            connector = "\n   ";
        }

        return Message(txt.ToString(), speak);
    }

    /// <summary>The text with <c>suggestedActions</c>: each choice's own action, or <c>imBack</c> with title = value = the choice's value.</summary>
    public static Activity SuggestedAction(IList<Choice>? choices, string? text = null, string? speak = null)
    {
        var message = Message(text, speak);
        message.SuggestedActions = new SuggestedActions(ExtractActions(choices));
        return message;
    }

    /// <summary>A hero card carrying the text and one button per choice.</summary>
    public static Activity HeroCard(IList<Choice>? choices, string? text = null, string? speak = null)
    {
        var message = Message(null, speak);
        var content = new Dictionary<string, object?> { ["buttons"] = ExtractActions(choices) };
        if (!string.IsNullOrEmpty(text))
            content["text"] = text;
        message.Attachments = [new Attachment { ContentType = HeroCardContentType, Content = content }];
        return message;
    }

    public static List<Choice> ToChoices(IEnumerable<string> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => new Choice(v)).ToList();

    public static List<CardAction> ExtractActions(IList<Choice>? choices) =>
        (choices ?? []).Select(choice => choice.Action ?? new CardAction(ActionTypes.ImBack, choice.Value, choice.Value)).ToList();

    private static string Title(Choice choice) => choice.Action?.Title ?? choice.Value;

    private static Activity Message(string? text, string? speak) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Speak = speak,
        InputHint = InputHints.ExpectingInput,
    };
}
