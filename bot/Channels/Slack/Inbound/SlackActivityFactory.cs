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
        envelope.Authorizations?.FirstOrDefault(a => a.IsBot == true && !string.IsNullOrEmpty(a.UserId))?.UserId;

    public static string OrderingKey(SlackEventEnvelope envelope, SlackMessageEvent e) => ConversationFor(envelope, e).ToString();

    public static string OrderingKey(SlackInteractionPayload payload) => ConversationFor(payload)?.ToString() ?? "slack";

    public static Activity FromEvent(SlackEventEnvelope envelope, SlackMessageEvent e, string? botUserId)
    {
        var conversation = ConversationFor(envelope, e);
        var isDirect = e.Type == SlackMessageEvent.Message;
        return NewMessage(
            id: e.Ts!,
            conversation,
            isDirect,
            userId: e.User!,
            userName: null,
            botUserId: botUserId ?? envelope.ApiAppId,
            text: SlackMentionText.Clean(e.Text, botUserId, isMention: !isDirect),
            channelData: new SlackChannelData(envelope.EventId, e.Type, e.Ts, null));
    }

    /// <summary>A button click as the clicking user's message in the conversation of the clicked message, or null.</summary>
    public static Activity? FromButton(SlackInteractionPayload payload, SlackBlockAction action, string? botUserId)
    {
        if (ConversationFor(payload) is not { } conversation || payload.User?.Id is not { Length: > 0 } userId || action.Value is null)
            return null;
        var activity = NewMessage(
            id: action.ActionTs ?? payload.Container?.MessageTs ?? "",
            conversation,
            isDirect: conversation.ThreadTs is null,
            userId,
            userName: payload.User.Name ?? payload.User.Username,
            botUserId: botUserId ?? payload.ApiAppId,
            text: action.Value,
            channelData: new SlackChannelData(null, "block_actions", payload.Message?.Ts ?? payload.Container?.MessageTs, action.ActionId));
        activity.ReplyToId = payload.Message?.Ts ?? payload.Container?.MessageTs;
        activity.Value = action.Value;

        // An Action.Submit with object data was rendered as JSON: like Teams, it comes back as the value, no text.
        if (action.Value.StartsWith('{') && TryParseObject(action.Value) is { } data)
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

    private static SlackConversationId ConversationFor(SlackEventEnvelope envelope, SlackMessageEvent e)
    {
        var team = envelope.TeamId ?? e.Team ?? "T";
        return e.Type == SlackMessageEvent.Message
            ? new SlackConversationId(team, e.Channel!)
            : new SlackConversationId(team, e.Channel!, e.ThreadTs ?? e.Ts);
    }

    private static SlackConversationId? ConversationFor(SlackInteractionPayload payload)
    {
        var team = payload.Team?.Id ?? payload.User?.TeamId;
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId;
        if (string.IsNullOrEmpty(team) || string.IsNullOrEmpty(channel))
            return null;
        if (SlackConversationId.IsDirectMessageChannel(channel))
            return new SlackConversationId(team, channel);
        var thread = payload.Message?.ThreadTs ?? payload.Container?.ThreadTs ?? payload.Message?.Ts ?? payload.Container?.MessageTs;
        return new SlackConversationId(team, channel, thread);
    }

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
