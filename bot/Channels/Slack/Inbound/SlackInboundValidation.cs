namespace AllyBot.Bot.Channels.Slack.Inbound;

/// <summary>
/// Turns Slack's loosely typed payloads (every field optional, lists that may hold nulls) into the typed records
/// turns use, after the signature check: events and clicks the bot does not answer are ignored; ones it would
/// answer but that lack an id it needs, or carry ids that are not Slack-shaped, are rejected.
/// </summary>
public static class SlackInboundValidation
{
    private const int MaxIdLength = 64;

    public static SlackChecked<SlackInboundMessage> Message(SlackEventEnvelope envelope, string? botUserId)
    {
        var e = envelope.Event;
        if (!SlackActivityFactory.IsHandled(e, botUserId))
            return SlackChecked<SlackInboundMessage>.Ignore();
        if (string.IsNullOrWhiteSpace(envelope.EventId))
            return SlackChecked<SlackInboundMessage>.Reject("An event_callback needs an event_id.");
        var team = envelope.TeamId ?? e!.Team;
        if (!IsId(envelope.EventId) || !IsId(team) || !IsId(e!.Channel) || !IsId(e.User) || !IsTs(e.Ts) || (e.ThreadTs is not null && !IsTs(e.ThreadTs)))
            return SlackChecked<SlackInboundMessage>.Reject("The event's event_id, team, channel, user, ts and thread_ts must be Slack ids and timestamps.");

        var conversation = e.Type == SlackMessageEvent.Message
            ? new SlackConversationId(team!, e.Channel!)
            : new SlackConversationId(team!, e.Channel!, e.ThreadTs ?? e.Ts);
        return SlackChecked<SlackInboundMessage>.Accept(new SlackInboundMessage(envelope.EventId, e.Type!, conversation, e.User!, e.Ts!, e.Text, envelope.ApiAppId));
    }

    public static SlackChecked<SlackButtonClick> ButtonClick(SlackInteractionPayload payload)
    {
        // Link buttons have no value; other interaction types are not answered.
        if (payload.Type != SlackInteractionPayload.BlockActions
            || payload.Actions?.FirstOrDefault(a => a is { Type: "button", Value: not null }) is not { } action)
            return SlackChecked<SlackButtonClick>.Ignore();

        var team = payload.Team?.Id ?? payload.User?.TeamId;
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId;
        var user = payload.User?.Id;
        if (!IsId(team) || !IsId(channel) || !IsId(user))
            return SlackChecked<SlackButtonClick>.Reject("A block_actions payload needs the team, the user and the channel, as Slack ids.");
        var messageTs = payload.Message?.Ts ?? payload.Container?.MessageTs;
        var threadTs = payload.Message?.ThreadTs ?? payload.Container?.ThreadTs ?? messageTs;
        if ((messageTs is not null && !IsTs(messageTs)) || (threadTs is not null && !IsTs(threadTs)))
            return SlackChecked<SlackButtonClick>.Reject("The clicked message's ts and thread_ts must be Slack timestamps.");

        var conversation = SlackConversationId.IsDirectMessageChannel(channel)
            ? new SlackConversationId(team!, channel!)
            : new SlackConversationId(team!, channel!, threadTs);
        return SlackChecked<SlackButtonClick>.Accept(new SlackButtonClick(
            conversation, user!, payload.User!.Name ?? payload.User.Username, action.Value!, action.ActionId, action.ActionTs, messageTs, payload.ApiAppId));
    }

    /// <summary>A slash command needs its command, team and user; team and user as Slack ids.</summary>
    public static string? CommandProblem(SlackSlashCommand command) =>
        command.Command is null || !IsId(command.TeamId) || !IsId(command.UserId)
            ? "A slash command needs command, team_id and user_id (Slack ids)."
            : null;

    /// <summary>Slack ids (<c>T…</c>, <c>U…</c>, <c>C…</c>, event ids) are short runs of letters, digits, <c>_</c> and <c>-</c>; never <c>:</c>, which separates them in conversation ids.</summary>
    public static bool IsId(string? value) =>
        value is { Length: > 0 and <= MaxIdLength } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    /// <summary>Slack timestamps are seconds with a fraction: <c>1712345678.000100</c>.</summary>
    public static bool IsTs(string? value) =>
        value is { Length: > 0 and <= 32 } && value.All(c => char.IsAsciiDigit(c) || c == '.');
}
