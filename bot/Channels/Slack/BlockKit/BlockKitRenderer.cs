using System.Text;
using System.Text.Json;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.Slack.BlockKit;

/// <summary>
/// Turns an outgoing activity into Slack messages. Pure: no I/O, same activity in, same messages out.
/// Only <c>message</c> activities produce anything (typing, event, trace … are not posted). Text becomes
/// mrkdwn sections split under 3000 characters; Adaptive and hero cards become blocks; suggested actions
/// become buttons at the end. Every message gets fallback <c>text</c>, and no message has more than 50
/// blocks: longer content is spread over several messages, in order.
/// </summary>
public static class BlockKitRenderer
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
    public const string HeroCardContentType = "application/vnd.microsoft.card.hero";

    public static IReadOnlyList<SlackMessageDraft> Render(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.Equals(activity.Type, ActivityTypes.Message, StringComparison.Ordinal))
            return [];

        var buttons = new SlackButtonFactory();
        var blocks = new List<SlackBlock>();
        var text = MarkdownToMrkdwn.Convert(activity.Text);
        foreach (var piece in MrkdwnSplitter.Split(text))
            blocks.Add(new SectionBlock(SlackText.Mrkdwn(piece)));

        string? cardFallback = null;
        foreach (var attachment in activity.Attachments ?? [])
        {
            var rendered = RenderAttachment(attachment, buttons, out var fallback);
            cardFallback ??= fallback;
            blocks.AddRange(rendered);
        }

        var suggested = (activity.SuggestedActions?.Actions ?? [])
            .Select(buttons.FromCardAction).OfType<SlackButton>().ToArray();
        blocks.AddRange(SlackButtonFactory.ToActionsBlocks(suggested));

        if (blocks.Count == 0)
            return [];

        var messages = new List<SlackMessageDraft>();
        foreach (var chunk in blocks.Chunk(SlackLimits.BlocksPerMessage))
        {
            // The first message notifies with the activity's own text, else the card's; later ones with what they show.
            var fallback = messages.Count == 0
                ? (text.Length > 0 ? text : cardFallback ?? FallbackFrom(chunk))
                : FallbackFrom(chunk);
            messages.Add(new SlackMessageDraft(SlackButtonFactory.Truncate(fallback ?? "…", SlackLimits.FallbackText), chunk));
        }
        return messages;
    }

    private static IReadOnlyList<SlackBlock> RenderAttachment(Attachment attachment, SlackButtonFactory buttons, out string? fallback)
    {
        fallback = null;
        if (string.Equals(attachment.ContentType, AdaptiveCardContentType, StringComparison.OrdinalIgnoreCase) && attachment.Content is not null)
        {
            var card = ToElement(attachment.Content);
            fallback = AdaptiveCardToBlocks.FallbackText(card);
            return AdaptiveCardToBlocks.Convert(card, buttons);
        }
        if (string.Equals(attachment.ContentType, HeroCardContentType, StringComparison.OrdinalIgnoreCase) && attachment.Content is not null)
        {
            var card = BuilderJson.Convert<HeroCardContent>(attachment.Content) ?? new HeroCardContent();
            fallback = card.Title ?? card.Text;
            return RenderHeroCard(card, buttons);
        }
        if (!string.IsNullOrEmpty(attachment.ContentUrl))
        {
            var name = MarkdownToMrkdwn.Escape(attachment.Name ?? attachment.ContentUrl).Replace('|', '/');
            fallback = attachment.Name;
            return [new SectionBlock(SlackText.Mrkdwn($"<{attachment.ContentUrl}|{name}>"))];
        }
        return [];
    }

    private static List<SlackBlock> RenderHeroCard(HeroCardContent card, SlackButtonFactory buttons)
    {
        var blocks = new List<SlackBlock>();
        var title = MarkdownToMrkdwn.ToPlainText(card.Title);
        if (title.Length > 0)
            blocks.Add(new HeaderBlock(SlackText.Plain(SlackButtonFactory.Truncate(title, SlackLimits.HeaderText))));
        var body = string.Join("\n", new[] { card.Subtitle, card.Text }.Where(s => !string.IsNullOrWhiteSpace(s)));
        foreach (var piece in MrkdwnSplitter.Split(MarkdownToMrkdwn.Convert(body)))
            blocks.Add(new SectionBlock(SlackText.Mrkdwn(piece)));
        var cardButtons = (card.Buttons ?? []).Select(buttons.FromCardAction).OfType<SlackButton>().ToArray();
        blocks.AddRange(SlackButtonFactory.ToActionsBlocks(cardButtons));
        return blocks;
    }

    private static string? FallbackFrom(IEnumerable<SlackBlock> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            var piece = block switch
            {
                HeaderBlock h => h.Text.Text,
                SectionBlock { Text: { } t } => t.Text,
                SectionBlock { Fields: { } f } => string.Join("\n", f.Select(x => x.Text)),
                _ => null,
            };
            if (string.IsNullOrEmpty(piece))
                continue;
            if (text.Length > 0)
                text.Append('\n');
            text.Append(piece);
            if (text.Length >= SlackLimits.FallbackText)
                break;
        }
        return text.Length > 0 ? text.ToString() : null;
    }

    private static JsonElement ToElement(object content) =>
        content is JsonElement element ? element : JsonSerializer.SerializeToElement(content, BuilderJson.Options);

    private sealed class HeroCardContent
    {
        public string? Title { get; set; }
        public string? Subtitle { get; set; }
        public string? Text { get; set; }
        public List<CardAction>? Buttons { get; set; }
    }
}
