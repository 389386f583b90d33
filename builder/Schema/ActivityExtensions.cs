namespace AllyBot.Builder.Schema;

/// <summary>
/// The SDK's <c>Activity</c> helper methods (<c>CreateReply</c>, <c>GetConversationReference</c>,
/// <c>ApplyConversationReference</c>, mentions), as extension methods because <see cref="Activity"/> is a plain
/// wire type here.
/// </summary>
public static class ActivityExtensions
{
    /// <summary>
    /// Creates a message that answers <paramref name="activity"/>: from/recipient swapped, same conversation,
    /// channel and service URL, <c>replyToId</c> set. No timestamp: channels stamp it.
    /// </summary>
    public static Activity CreateReply(this Activity activity, string? text = null, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new Activity
        {
            Type = ActivityTypes.Message,
            From = activity.Recipient is null ? null : new ChannelAccount(activity.Recipient.Id, activity.Recipient.Name),
            Recipient = activity.From is null ? null : new ChannelAccount(activity.From.Id, activity.From.Name),
            ReplyToId = ReplyableId(activity),
            ServiceUrl = activity.ServiceUrl,
            ChannelId = activity.ChannelId,
            Conversation = activity.Conversation is null
                ? null
                : new ConversationAccount(activity.Conversation.Id, activity.Conversation.Name, activity.Conversation.IsGroup),
            Text = text ?? string.Empty,
            Locale = locale ?? activity.Locale,
        };
    }

    /// <summary>Captures where <paramref name="activity"/> (an inbound one) came from, to reply to it or continue the conversation later.</summary>
    public static ConversationReference GetConversationReference(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ConversationReference
        {
            ActivityId = ReplyableId(activity),
            User = activity.From,
            Bot = activity.Recipient,
            Conversation = activity.Conversation,
            ChannelId = activity.ChannelId,
            Locale = activity.Locale,
            ServiceUrl = activity.ServiceUrl,
        };
    }

    /// <summary>
    /// Copies routing from <paramref name="reference"/> onto <paramref name="activity"/>. Outgoing (the default):
    /// from = bot, recipient = user, <c>replyToId</c> = the reference's activity id. Incoming: from = user,
    /// recipient = bot, <c>id</c> = the reference's activity id. The activity's own locale wins over the reference's.
    /// </summary>
    public static Activity ApplyConversationReference(this Activity activity, ConversationReference reference, bool isIncoming = false)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reference);
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation;
        activity.Locale ??= reference.Locale;
        if (isIncoming)
        {
            activity.From = reference.User;
            activity.Recipient = reference.Bot;
            if (reference.ActivityId is not null) activity.Id = reference.ActivityId;
        }
        else
        {
            activity.From = reference.Bot;
            activity.Recipient = reference.User;
            if (reference.ActivityId is not null) activity.ReplyToId = reference.ActivityId;
        }

        return activity;
    }

    /// <summary>The event activity a proactive turn starts with (SDK: <c>ConversationReference.GetContinuationActivity</c>).</summary>
    public static Activity GetContinuationActivity(this ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new Activity
        {
            Type = ActivityTypes.Event,
            Name = ActivityEventNames.ContinueConversation,
            Id = Guid.NewGuid().ToString(),
            ChannelId = reference.ChannelId,
            Locale = reference.Locale,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            Recipient = reference.Bot,
            From = reference.User,
            RelatesTo = reference,
        };
    }

    /// <summary>The mention entities of the activity (entity type compared case-insensitively: the REST docs write <c>Mention</c>).</summary>
    public static Mention[] GetMentions(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Entities?
            .Where(e => string.Equals(e.Type, Mention.EntityType, StringComparison.OrdinalIgnoreCase))
            .Select(Mention.FromEntity)
            .ToArray() ?? [];
    }

    /// <summary>Removes the bot's own @mention from <see cref="Activity.Text"/> (Teams channels and group chats) and returns the text.</summary>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Recipient?.Id is { } id ? activity.RemoveMentionText(id) : activity.Text;
    }

    /// <summary>
    /// Removes, case-insensitively, the text of every mention of <paramref name="id"/> (the entity's <c>text</c>,
    /// or <c>&lt;at&gt;name&lt;/at&gt;</c> when it has none), then trims; returns the new text.
    /// </summary>
    public static string? RemoveMentionText(this Activity activity, string id)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var mention in activity.GetMentions().Where(m => m.Mentioned?.Id == id))
        {
            if (activity.Text is null) break;
            var mentionText = mention.Text ?? (mention.Mentioned?.Name is { } name ? $"<at>{name}</at>" : null);
            if (string.IsNullOrEmpty(mentionText)) continue;
            activity.Text = activity.Text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase).Trim();
        }

        return activity.Text;
    }

    /// <summary>True when the activity carries text, a summary, attachments or channel data (SDK: <c>Activity.HasContent</c>).</summary>
    public static bool HasContent(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return !string.IsNullOrWhiteSpace(activity.Text)
            || !string.IsNullOrWhiteSpace(activity.Summary)
            || activity.Attachments is { Count: > 0 }
            || activity.ChannelData is not null;
    }

    // The SDK leaves replyToId off replies to a Direct Line / Web Chat conversationUpdate: those ids are not
    // real messages there, and the channel rejects replies that point at them.
    private static string? ReplyableId(Activity activity) =>
        !string.Equals(activity.Type, ActivityTypes.ConversationUpdate, StringComparison.OrdinalIgnoreCase)
        || (activity.ChannelId != Channels.Directline && activity.ChannelId != Channels.Webchat)
            ? activity.Id
            : null;
}
