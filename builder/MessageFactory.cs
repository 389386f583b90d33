using AllyBot.Builder.Schema;

namespace AllyBot.Builder;

/// <summary>
/// Builds outgoing message activities (SDK: <c>MessageFactory</c>). Routing fields are left empty: the turn
/// context fills them from the inbound activity when the message is sent.
/// </summary>
public static class MessageFactory
{
    /// <summary>A plain text message. <paramref name="inputHint"/> defaults to <c>acceptingInput</c>, as in the SDK.</summary>
    public static Activity Text(string? text, string? ssml = null, string? inputHint = null) =>
        WithTextAndSpeak(NewMessage(), text, ssml, inputHint);

    /// <summary>A message with <c>imBack</c> suggested actions whose title and value are each string.</summary>
    public static Activity SuggestedActions(IEnumerable<string> actions, string? text = null, string? ssml = null, string? inputHint = null)
    {
        ArgumentNullException.ThrowIfNull(actions);
        return SuggestedActions(actions.Select(a => new CardAction(ActionTypes.ImBack, a, a)), text, ssml, inputHint);
    }

    /// <summary>A message with the given suggested actions.</summary>
    public static Activity SuggestedActions(IEnumerable<CardAction> cardActions, string? text = null, string? ssml = null, string? inputHint = null)
    {
        ArgumentNullException.ThrowIfNull(cardActions);
        var message = WithTextAndSpeak(NewMessage(), text, ssml, inputHint);
        message.SuggestedActions = new SuggestedActions(cardActions);
        return message;
    }

    /// <summary>A message with one attachment (a card, a file).</summary>
    public static Activity Attachment(Attachment attachment, string? text = null, string? ssml = null, string? inputHint = null)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return Attachment([attachment], text, ssml, inputHint);
    }

    /// <summary>A message with attachments shown as a list.</summary>
    public static Activity Attachment(IEnumerable<Attachment> attachments, string? text = null, string? ssml = null, string? inputHint = null) =>
        AttachmentActivity(AttachmentLayoutTypes.List, attachments, text, ssml, inputHint);

    /// <summary>A message with attachments shown side by side as a carousel.</summary>
    public static Activity Carousel(IEnumerable<Attachment> attachments, string? text = null, string? ssml = null, string? inputHint = null) =>
        AttachmentActivity(AttachmentLayoutTypes.Carousel, attachments, text, ssml, inputHint);

    /// <summary>A message pointing at a file or image by URL.</summary>
    public static Activity ContentUrl(string url, string contentType, string? name = null, string? text = null, string? ssml = null, string? inputHint = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var attachment = new Attachment { ContentType = contentType, ContentUrl = url, Name = string.IsNullOrWhiteSpace(name) ? null : name };
        return Attachment(attachment, text, ssml, inputHint);
    }

    private static Activity AttachmentActivity(string layout, IEnumerable<Attachment> attachments, string? text, string? ssml, string? inputHint)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        var message = WithTextAndSpeak(NewMessage(), text, ssml, inputHint);
        message.AttachmentLayout = layout;
        message.Attachments = attachments.ToList();
        return message;
    }

    private static Activity NewMessage() => new() { Type = ActivityTypes.Message };

    // Empty text and speak stay off the wire (senders omit empty strings, spec A2004).
    private static Activity WithTextAndSpeak(Activity message, string? text, string? ssml, string? inputHint)
    {
        if (!string.IsNullOrEmpty(text)) message.Text = text;
        if (!string.IsNullOrEmpty(ssml)) message.Speak = ssml;
        message.InputHint = inputHint ?? InputHints.AcceptingInput;
        return message;
    }
}
