using System.Text.Json;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.Console;

/// <summary>A numbered option shown in the terminal, and what choosing it sends back.</summary>
public sealed record ConsoleChoice(string Title, string? Text, object? Value);

/// <summary>
/// Renders the bot's activities as plain text lines: the message text, cards as text, and suggested actions
/// or card buttons as a numbered list ("  1. Yes") that the next input can pick by number.
/// </summary>
public sealed partial class ConsoleRenderer(TextWriter output)
{
    private readonly List<ConsoleChoice> _choices = [];

    /// <summary>The options offered by the latest reply that had any.</summary>
    public IReadOnlyList<ConsoleChoice> Choices => _choices;

    public async Task RenderAsync(Activity activity, CancellationToken cancellationToken)
    {
        // Typing, events and traces have nothing to show in a terminal.
        if (activity.Type != ActivityTypes.Message)
            return;

        var lines = new List<string>();
        var choices = new List<ConsoleChoice>();
        if (!string.IsNullOrWhiteSpace(activity.Text) && !WasStreamed(activity.Text))
            lines.Add(MarkdownToPlainText.Convert(activity.Text));
        foreach (var attachment in activity.Attachments ?? [])
            RenderAttachment(attachment, lines, choices);
        choices.AddRange((activity.SuggestedActions?.Actions ?? []).Select(ToChoice).OfType<ConsoleChoice>());

        if (choices.Count > 0)
        {
            _choices.Clear();
            _choices.AddRange(choices);
            lines.AddRange(choices.Select((choice, i) => $"  {i + 1}. {choice.Title}"));
        }

        foreach (var line in lines)
            await output.WriteLineAsync(line.AsMemory(), cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>The choice a typed number stands for, or null when the input is not one of the offered numbers.</summary>
    public ConsoleChoice? Pick(string input) =>
        int.TryParse(input.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
        && number >= 1 && number <= _choices.Count
            ? _choices[number - 1]
            : null;

    public void ClearChoices() => _choices.Clear();

    private static void RenderAttachment(Attachment attachment, List<string> lines, List<ConsoleChoice> choices)
    {
        switch (attachment.ContentType)
        {
            case AdaptiveCardText.ContentType:
                lines.AddRange(AdaptiveCardText.Lines(attachment.Content));
                choices.AddRange(AdaptiveCardText.SubmitActions(attachment.Content).Select(a => new ConsoleChoice(a.Title, null, a.Data)));
                break;
            case "application/vnd.microsoft.card.hero":
            case "application/vnd.microsoft.card.thumbnail":
                var card = BuilderJson.Convert<JsonElement?>(attachment.Content);
                if (card is { ValueKind: JsonValueKind.Object } hero)
                {
                    lines.AddRange(new[] { "title", "subtitle", "text" }.Select(name => StringProperty(hero, name)).OfType<string>());
                    if (hero.TryGetProperty("buttons", out var buttons) && buttons.ValueKind == JsonValueKind.Array)
                        choices.AddRange(buttons.EnumerateArray().Select(b => ToChoice(BuilderJson.Convert<CardAction>(b)!)).OfType<ConsoleChoice>());
                }
                break;
            default:
                lines.Add($"[attachment: {attachment.Name ?? attachment.ContentType ?? "file"}]");
                break;
        }
    }

    // imBack and postBack send their value as text; messageBack sends text plus a value; a URL is shown, not chosen.
    private static ConsoleChoice? ToChoice(CardAction action)
    {
        var title = action.Title ?? AsString(action.Value) ?? action.Text;
        if (title is null)
            return null;
        return action.Type switch
        {
            ActionTypes.OpenUrl => new ConsoleChoice($"{title} ({AsString(action.Value)})", null, null),
            ActionTypes.MessageBack => new ConsoleChoice(title, action.Text, action.Value),
            _ => AsString(action.Value) is { } text ? new ConsoleChoice(title, text, null) : new ConsoleChoice(title, action.Value is null ? title : null, action.Value),
        };
    }

    private static string? AsString(object? value) => value switch
    {
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
        _ => null,
    };

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;
}
