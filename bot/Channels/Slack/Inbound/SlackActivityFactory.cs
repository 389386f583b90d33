using System.Globalization;
using System.Text.Json;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.Slack.Inbound;

/// <summary>
/// Translates Slack's inbound payloads into activities on channel <c>slack</c>: <c>from</c> is the Slack
/// user, <c>recipient</c> the bot user, <c>conversation.id</c> a <see cref="SlackConversationId"/> (which
/// also tells the adapter where replies go), <c>id</c> the Slack message or action timestamp.
/// </summary>
public static class SlackActivityFactory
{
    /// <summary>
    /// True for the events the bot answers: an <c>app_mention</c> outside DMs, or a user's message in a DM.
    /// Bot messages (<c>bot_id</c>, <c>bot_message</c>), edits, deletions and every other subtype are ignored,
    /// as is the bot's own user.
    /// </summary>
    public static bool IsHandled(SlackMessageEvent? e, string? botUserId)
    {
        if (e is null || string.IsNullOrEmpty(e.User) || string.IsNullOrEmpty(e.Channel) || string.IsNullOrEmpty(e.Ts))
            return false;
        if (e.BotId is not null || e.Subtype is not null || string.Equals(e.User, botUserId, StringComparison.Ordinal))
            return false;
        return e.Type switch
        {
            // A mention inside a DM also arrives as message.im; answering both would reply twice.
            SlackMessageEvent.AppMention => !SlackConversationId.IsDirectMessageChannel(e.Channel) && e.ChannelType != SlackMessageEvent.ImChannelType,
            SlackMessageEvent.Message => e.ChannelType == SlackMessageEvent.ImChannelType,
            _ => false,
        };
    }

    /// <summary>The bot's user id as the envelope's bot authorization states it, when present.</summary>
    public static string? BotUserIdFrom(SlackEventEnvelope envelope) =>
        envelope.Authorizations?.FirstOrDefault(a => a is { IsBot: true } && SlackInboundValidation.IsId(a.UserId))?.UserId;

    public static Activity FromEvent(SlackInboundMessage message, string? botUserId) =>
        NewMessage(
            id: message.Ts,
            message.Conversation,
            message.IsDirect,
            userId: message.User,
            userName: null,
            botUserId: botUserId ?? message.ApiAppId,
            text: SlackMentionText.Clean(message.Text, botUserId, isMention: !message.IsDirect),
            channelData: new SlackChannelData(message.EventId, message.EventType, message.Ts, null));

    /// <summary>A button click as the clicking user's message in the conversation of the clicked message.</summary>
    public static Activity FromButton(SlackButtonClick click, string? botUserId)
    {
        var activity = NewMessage(
            id: click.ActionTs ?? click.MessageTs ?? "",
            click.Conversation,
            isDirect: click.Conversation.ThreadTs is null,
            click.User,
            click.UserName,
            botUserId: botUserId ?? click.ApiAppId,
            text: click.Value,
            channelData: new SlackChannelData(null, "block_actions", click.MessageTs, click.ActionId));
        activity.ReplyToId = click.MessageTs;
        activity.Value = click.Value;

        // An Action.Submit with object data was rendered as JSON: like Teams, it comes back as the value, no text.
        if (click.Value.StartsWith('{') && TryParseObject(click.Value) is { } data)
        {
            activity.Text = null;
            activity.Value = data;
        }
        return activity;
    }

    /// <summary>
    /// A slash command as the user's message in their direct conversation with the bot. The conversation is
    /// <c>{team}:{dmChannel}</c> when the DM channel is known, otherwise <c>{team}:{user}</c> (Slack posts to a
    /// user id in the bot's DM with them).
    /// </summary>
    public static Activity FromCommand(SlackSlashCommand command, string text, string? dmChannel, string? botUserId) =>
        NewMessage(
            id: command.TriggerId ?? $"{command.UserId}-{command.Command}",
            new SlackConversationId(command.TeamId!, dmChannel ?? command.UserId!),
            isDirect: true,
            userId: command.UserId!,
            userName: command.UserName,
            botUserId: botUserId ?? command.ApiAppId,
            text,
            channelData: new SlackChannelData(null, "slash_command", null, command.Command));

    private static Activity NewMessage(string id, SlackConversationId conversation, bool isDirect, string userId, string? userName,
        string? botUserId, string? text, SlackChannelData channelData) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Timestamp = FromSlackTs(id),
        ChannelId = AllyBot.Builder.Schema.Channels.Slack,
        From = new ChannelAccount(userId, userName, RoleTypes.User),
        Recipient = new ChannelAccount(botUserId ?? "bot", null, RoleTypes.Bot),
        Conversation = new ConversationAccount(conversation.ToString(), isGroup: !isDirect, conversationType: isDirect ? "im" : "channel", tenantId: conversation.Team),
        Text = text,
        ChannelData = channelData,
    };

    /// <summary>A Slack timestamp (<c>1712345678.123456</c>, seconds since the epoch) as a time, when it is one.</summary>
    public static DateTimeOffset? FromSlackTs(string? ts) =>
        decimal.TryParse(ts, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and < 100_000_000_000m
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
            : null;

    private static JsonElement? TryParseObject(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// The Slack specifics kept in <c>channelData</c>: which event or interaction produced the activity.
/// Message text is not repeated here.
/// </summary>
public sealed record SlackChannelData(string? EventId, string? Source, string? MessageTs, string? Detail);
