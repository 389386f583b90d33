using System.Text;
using System.Text.Json;

namespace AllyBot.Bot.Channels.Slack.BlockKit;

/// <summary>
/// Renders the Adaptive Card elements the bot uses as Block Kit: a large or heading <c>TextBlock</c> becomes a
/// header, other TextBlocks become mrkdwn sections (consecutive ones share a section), a <c>FactSet</c> becomes
/// section fields (<c>*title*</c> over the value), <c>Container</c> and <c>ColumnSet</c> are flattened in
/// reading order, <c>Image</c> becomes an image block, and <c>Action.Submit</c>/<c>Action.Execute</c>/
/// <c>Action.OpenUrl</c> (in <c>actions</c> or an <c>ActionSet</c>) become buttons. Inputs, ShowCard and
/// unknown elements are skipped: Slack messages cannot hold them.
/// </summary>
public sealed class AdaptiveCardToBlocks
{
    private readonly SlackButtonFactory _buttons;
    private readonly List<SlackBlock> _blocks = [];
    private readonly List<SlackButton> _pendingButtons = [];
    private readonly StringBuilder _paragraphs = new();

    private AdaptiveCardToBlocks(SlackButtonFactory buttons) => _buttons = buttons;

    public static IReadOnlyList<SlackBlock> Convert(JsonElement card, SlackButtonFactory buttons)
    {
        var converter = new AdaptiveCardToBlocks(buttons);
        if (card.ValueKind == JsonValueKind.Object)
        {
            converter.Elements(card, "body");
            converter.Actions(card, "actions");
        }
        converter.FlushParagraphs();
        converter.FlushButtons();
        return converter._blocks;
    }

    /// <summary>The text a notification should show for the card: its fallbackText, speak, or first TextBlock.</summary>
    public static string? FallbackText(JsonElement card)
    {
        if (card.ValueKind != JsonValueKind.Object)
            return null;
        if (String(card, "fallbackText") is { Length: > 0 } fallback)
            return fallback;
        return FirstText(card) ?? String(card, "speak");
    }

    private void Elements(JsonElement parent, string property)
    {
        if (!parent.TryGetProperty(property, out var items) || items.ValueKind != JsonValueKind.Array)
            return;
        foreach (var element in items.EnumerateArray())
            Element(element);
    }

    private void Element(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || IsHidden(element))
            return;
        switch (String(element, "type"))
        {
            case "TextBlock":
                TextBlock(element);
                break;
            case "RichTextBlock":
                Paragraph(InlinesText(element), bold: false);
                break;
            case "FactSet":
                FactSet(element);
                break;
            case "Container":
                Elements(element, "items");
                break;
            case "ColumnSet":
                if (element.TryGetProperty("columns", out var columns) && columns.ValueKind == JsonValueKind.Array)
                    foreach (var column in columns.EnumerateArray())
                        if (!IsHidden(column))
                            Elements(column, "items");
                break;
            case "Column":
                Elements(element, "items");
                break;
            case "Image" when String(element, "url") is { Length: > 0 } url:
                Add(new ImageBlock(url, String(element, "altText") is { Length: > 0 } alt ? alt : "image"));
                break;
            case "ActionSet":
                FlushParagraphs();
                Actions(element, "actions");
                FlushButtons();
                break;
        }
    }

    private void TextBlock(JsonElement element)
    {
        var text = String(element, "text");
        if (string.IsNullOrWhiteSpace(text))
            return;
        var size = String(element, "size");
        var isHeading = String(element, "style") == "heading"
            || string.Equals(size, "large", StringComparison.OrdinalIgnoreCase)
            || string.Equals(size, "extraLarge", StringComparison.OrdinalIgnoreCase);
        var plain = MarkdownToMrkdwn.ToPlainText(text);
        if (isHeading && plain.Length <= SlackLimits.HeaderText && !plain.Contains('\n'))
        {
            Add(new HeaderBlock(SlackText.Plain(plain)));
            return;
        }
        Paragraph(text, bold: isHeading || string.Equals(String(element, "weight"), "bolder", StringComparison.OrdinalIgnoreCase));
    }

    private void Paragraph(string? markdown, bool bold)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return;
        var mrkdwn = MarkdownToMrkdwn.Convert(markdown.Trim());
        if (bold && !mrkdwn.Contains('\n') && !mrkdwn.StartsWith('*'))
            mrkdwn = $"*{mrkdwn}*";
        if (_paragraphs.Length > 0)
            _paragraphs.Append('\n');
        _paragraphs.Append(mrkdwn);
    }

    private void FactSet(JsonElement element)
    {
        if (!element.TryGetProperty("facts", out var facts) || facts.ValueKind != JsonValueKind.Array)
            return;
        var fields = new List<SlackText>();
        foreach (var fact in facts.EnumerateArray())
        {
            var title = MarkdownToMrkdwn.ToPlainText(String(fact, "title"));
            var value = MarkdownToMrkdwn.Convert(String(fact, "value"));
            var field = title.Length == 0 ? value : $"*{MarkdownToMrkdwn.Escape(title)}*\n{value}";
            if (field.Trim().Length > 0)
                fields.Add(SlackText.Mrkdwn(SlackButtonFactory.Truncate(field, SlackLimits.FieldText)));
        }
        foreach (var chunk in fields.Chunk(SlackLimits.SectionFields))
            Add(new SectionBlock(null, chunk));
    }

    private void Actions(JsonElement parent, string property)
    {
        if (!parent.TryGetProperty(property, out var actions) || actions.ValueKind != JsonValueKind.Array)
            return;
        foreach (var action in actions.EnumerateArray())
            if (action.ValueKind == JsonValueKind.Object && Button(action) is { } button)
                _pendingButtons.Add(button);
    }

    private SlackButton? Button(JsonElement action)
    {
        var title = String(action, "title");
        switch (String(action, "type"))
        {
            case "Action.OpenUrl" when String(action, "url") is { Length: > 0 } url:
                return _buttons.Link(title, url);
            case "Action.Submit" or "Action.Execute":
                var value = SubmitValue(action);
                return value is null ? null : _buttons.Reply(title, value);
            default:
                return null;
        }
    }

    // What a click sends back: string data as text (as Teams does), an imBack in msteams data as its value,
    // object data as JSON (the interactivity endpoint turns a JSON object back into the activity's value).
    private static string? SubmitValue(JsonElement action)
    {
        if (!action.TryGetProperty("data", out var data) || data.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            return String(action, "title");
        if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty("msteams", out var teams)
            && teams.ValueKind == JsonValueKind.Object && String(teams, "value") is { } teamsValue)
            return teamsValue;
        return SlackButtonFactory.ValueText(data);
    }

    private void Add(SlackBlock block)
    {
        FlushParagraphs();
        FlushButtons();
        _blocks.Add(block);
    }

    private void FlushParagraphs()
    {
        if (_paragraphs.Length == 0)
            return;
        foreach (var piece in MrkdwnSplitter.Split(_paragraphs.ToString()))
            _blocks.Add(new SectionBlock(SlackText.Mrkdwn(piece)));
        _paragraphs.Clear();
    }

    private void FlushButtons()
    {
        if (_pendingButtons.Count == 0)
            return;
        FlushParagraphs();
        _blocks.AddRange(SlackButtonFactory.ToActionsBlocks(_pendingButtons.ToArray()));
        _pendingButtons.Clear();
    }

    private static bool IsHidden(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("isVisible", out var visible) && visible.ValueKind == JsonValueKind.False;

    private static string? InlinesText(JsonElement element)
    {
        if (!element.TryGetProperty("inlines", out var inlines) || inlines.ValueKind != JsonValueKind.Array)
            return null;
        var text = new StringBuilder();
        foreach (var inline in inlines.EnumerateArray())
            text.Append(inline.ValueKind == JsonValueKind.String ? inline.GetString() : String(inline, "text"));
        return text.ToString();
    }

    private static string? FirstText(JsonElement parent)
    {
        foreach (var name in new[] { "body", "items", "columns" })
        {
            if (!parent.TryGetProperty(name, out var items) || items.ValueKind != JsonValueKind.Array)
                continue;
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                    continue;
                if (String(item, "type") == "TextBlock" && String(item, "text") is { Length: > 0 } text)
                    return MarkdownToMrkdwn.ToPlainText(text);
                if (FirstText(item) is { } nested)
                    return nested;
            }
        }
        return null;
    }

    private static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
