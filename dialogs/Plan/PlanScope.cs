using AllyBot.Builder.Schema;

namespace AllyBot.Dialogs.Plan;

/// <summary>
/// The one place that decides whose plan a turn works on, from Activity fields only: in a group conversation
/// (<c>conversation.isGroup</c>) the plan belongs to the conversation, so everyone in the channel builds one
/// plan together; in a personal conversation it belongs to the user and follows them into new conversations.
/// </summary>
public static class PlanScope
{
    public static bool IsGroup(Activity activity) => activity?.Conversation?.IsGroup == true;

    /// <summary>The storage key of the plan this turn reads and writes.</summary>
    public static string StorageKey(Activity activity) =>
        IsGroup(activity) ? ConversationPlanKey(activity) : UserPlanKey(activity);

    public static string UserPlanKey(Activity activity) => $"{Channel(activity)}/users/{User(activity)}/plan";

    public static string ConversationPlanKey(Activity activity) => $"{Channel(activity)}/conversations/{Conversation(activity)}/plan";

    /// <summary>
    /// Every key AllyBot may keep about the user of this turn: both plan scopes, and the conversation, user
    /// and private-conversation state keys of the builder's BotState classes (the dialog stack lives there).
    /// </summary>
    /// <remarks><paramref name="otherConversations"/> are the user's earlier conversations (their dialog stacks are kept per conversation).</remarks>
    public static IReadOnlyList<string> KeysAbout(Activity activity, IEnumerable<string>? otherConversations = null)
    {
        var channel = Channel(activity);
        var user = User(activity);
        var conversations = (otherConversations ?? []).Prepend(Conversation(activity)).Distinct(StringComparer.Ordinal);
        return [UserPlanKey(activity), ConversationPlanKey(activity), $"{channel}/users/{user}", .. ConversationKeys(activity, conversations)];
    }

    /// <summary>The state keys of other conversations of this turn's user (their dialog stacks), for forgetting old conversations.</summary>
    public static IReadOnlyList<string> ConversationKeys(Activity activity, IEnumerable<string> conversations)
    {
        var (channel, user) = (Channel(activity), User(activity));
        return conversations.SelectMany(c => new[] { $"{channel}/conversations/{c}", $"{channel}/conversations/{c}/users/{user}" }).ToList();
    }

    private static string Channel(Activity activity) => Require(activity?.ChannelId, "channelId");

    private static string Conversation(Activity activity) => Require(activity?.Conversation?.Id, "conversation.id");

    private static string User(Activity activity) => Require(activity?.From?.Id, "from.id");

    // Without these fields every such turn would share one key; fail loudly instead (as the builder's states do).
    private static string Require(string? value, string field) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException($"Invalid activity: {field} is missing, so no plan key can be built.")
            : value;
}
