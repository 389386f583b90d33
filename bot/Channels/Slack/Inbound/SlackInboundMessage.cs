namespace AllyBot.Bot.Channels.Slack.Inbound;

/// <summary>
/// An <c>app_mention</c> or <c>message.im</c> event that passed the checks (<see cref="SlackInboundValidation"/>):
/// every field a turn needs is present and well formed.
/// </summary>
public sealed record SlackInboundMessage(
    string EventId,
    string EventType,
    SlackConversationId Conversation,
    string User,
    string Ts,
    string? Text,
    string? ApiAppId)
{
    /// <summary>A direct message (<c>message.im</c>), rather than a mention in a channel thread.</summary>
    public bool IsDirect => EventType == SlackMessageEvent.Message;
}

/// <summary>A click on a button with a value (<c>block_actions</c>) that passed the checks.</summary>
public sealed record SlackButtonClick(
    SlackConversationId Conversation,
    string User,
    string? UserName,
    string Value,
    string? ActionId,
    string? ActionTs,
    string? MessageTs,
    string? ApiAppId);
