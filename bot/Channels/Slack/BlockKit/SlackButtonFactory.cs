using System.Globalization;
using System.Text.Json;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.Slack.BlockKit;

/// <summary>
/// Builds buttons for one rendering, handing out action ids that are unique across everything it renders
/// (Slack requires them unique within a message) and keeping texts and values inside Slack's limits.
/// </summary>
public sealed class SlackButtonFactory
{
    /// <summary>Prefix of every action id AllyBot renders; the interactivity endpoint ignores other ids' shapes.</summary>
    public const string ActionIdPrefix = "allybot-";

    private int _next;

    /// <summary>A button that sends <paramref name="value"/> back to the bot when clicked.</summary>
    public SlackButton Reply(string? title, string value)
    {
        var label = Label(title, value);
        return new SlackButton(SlackText.Plain(label), NextActionId(), Truncate(value, SlackLimits.ButtonValue));
    }

    /// <summary>A button that opens a link.</summary>
    public SlackButton Link(string? title, string url) =>
        new(SlackText.Plain(Label(title, url)), NextActionId(), Url: url);

    /// <summary>A Bot Framework card action as a button, or null for action types Slack cannot carry (call, signin, …).</summary>
    public SlackButton? FromCardAction(CardAction action)
    {
        var value = ValueText(action.Value);
        switch (action.Type)
        {
            case ActionTypes.OpenUrl when !string.IsNullOrWhiteSpace(value):
                return Link(action.Title, value);
            case ActionTypes.MessageBack:
                var sent = action.Text ?? value ?? action.DisplayText ?? action.Title;
                return string.IsNullOrEmpty(sent) ? null : Reply(action.Title ?? action.DisplayText, sent);
            case ActionTypes.ImBack or ActionTypes.PostBack or null:
                var reply = value ?? action.Title;
                return string.IsNullOrEmpty(reply) ? null : Reply(action.Title, reply);
            default:
                return null;
        }
    }

    /// <summary>Groups buttons into actions blocks of at most 25 elements.</summary>
    public static IEnumerable<ActionsBlock> ToActionsBlocks(IReadOnlyList<SlackButton> buttons) =>
        buttons.Chunk(SlackLimits.ActionsPerBlock).Select(chunk => new ActionsBlock(chunk));

    /// <summary>A free-form value as button text: strings as they are, anything else as compact JSON.</summary>
    public static string? ValueText(object? value) => value switch
    {
        null => null,
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        JsonElement e => e.GetRawText(),
        IFormattable f when value is not System.Collections.IEnumerable => f.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, BuilderJson.Options),
    };

    private string NextActionId() => ActionIdPrefix + (++_next).ToString(CultureInfo.InvariantCulture);

    private static string Label(string? title, string fallback)
    {
        var label = MarkdownToMrkdwn.ToPlainText(string.IsNullOrWhiteSpace(title) ? fallback : title);
        return Truncate(label.Length == 0 ? "…" : label, SlackLimits.ButtonText);
    }

    internal static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1), "…");
}
