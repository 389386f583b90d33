using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// Reads Teams facts from an <see cref="Activity"/> (docs/protocols.md §5). Everything here looks only at Activity
/// fields. (Where the plan lives — per user, or per group conversation — is the dialogs' PlanScope.)
/// </summary>
public static class TeamsActivity
{
    public const string PersonalConversation = "personal";
    public const string GroupChatConversation = "groupChat";
    public const string ChannelConversation = "channel";

    public static bool IsTeams(Activity activity) =>
        string.Equals(activity.ChannelId, AllyBot.Builder.Schema.Channels.Msteams, StringComparison.OrdinalIgnoreCase);

    /// <summary>A group chat or a channel: <c>conversation.isGroup</c>, or Teams' <c>conversationType</c>.</summary>
    public static bool IsGroupConversation(Activity activity) =>
        activity.Conversation is { } conversation
        && (conversation.IsGroup == true
            || string.Equals(conversation.ConversationType, GroupChatConversation, StringComparison.OrdinalIgnoreCase)
            || string.Equals(conversation.ConversationType, ChannelConversation, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when a <c>mention</c> entity names the bot (the activity's recipient).</summary>
    public static bool MentionsBot(Activity activity) =>
        activity.Recipient?.Id is { Length: > 0 } botId
        && activity.GetMentions().Any(m => string.Equals(m.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The bot itself is among <c>membersAdded</c> (it was installed into this conversation).</summary>
    public static bool BotWasAdded(Activity activity) => HasBot(activity.MembersAdded, activity);

    /// <summary>The bot itself is among <c>membersRemoved</c> (it was uninstalled from this conversation).</summary>
    public static bool BotWasRemoved(Activity activity) => HasBot(activity.MembersRemoved, activity);

    /// <summary>
    /// A card's <c>Action.Submit</c> as Teams and Web Chat deliver it: a message with no text and an object
    /// <c>value</c> (the card's inputs merged with the action's data).
    /// </summary>
    public static bool IsCardSubmit(Activity activity) =>
        activity.Type == ActivityTypes.Message
        && string.IsNullOrWhiteSpace(activity.Text)
        && activity.Value is not null
        && BuilderJson.Convert<System.Text.Json.JsonElement>(activity.Value).ValueKind == System.Text.Json.JsonValueKind.Object;

    private static bool HasBot(List<ChannelAccount>? members, Activity activity) =>
        activity.Recipient?.Id is { Length: > 0 } botId
        && members?.Any(m => string.Equals(m.Id, botId, StringComparison.OrdinalIgnoreCase)) == true;
}
