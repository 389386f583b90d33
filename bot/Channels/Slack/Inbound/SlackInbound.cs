namespace AllyBot.Bot.Channels.Slack.Inbound;

/// <summary>
/// A request Slack sent that should become a turn, as queued for the background workers after the 3-second
/// acknowledgement. <see cref="OrderingKey"/> decides the worker: requests with the same key run in order.
/// </summary>
public abstract record SlackInbound(string OrderingKey);

/// <summary>An <c>app_mention</c> or <c>message.im</c> event that passed the checks.</summary>
public sealed record SlackEventInbound(SlackInboundMessage Message)
    : SlackInbound(Message.Conversation.ToString());

/// <summary>A button click (<c>block_actions</c>) that passed the checks.</summary>
public sealed record SlackButtonInbound(SlackButtonClick Click)
    : SlackInbound(Click.Conversation.ToString());

/// <summary>A <c>/allybot</c> command, with the text it sends into the bot.</summary>
public sealed record SlackCommandInbound(SlackSlashCommand Command, string Text)
    : SlackInbound($"{Command.TeamId}:{Command.UserId}");
