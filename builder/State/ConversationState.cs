namespace AllyBot.Builder.State;

/// <summary>State shared by everyone in a conversation. Storage key: <c>{channelId}/conversations/{conversationId}</c>.</summary>
public class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    protected internal override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var channelId = StateKeys.Require(turnContext.Activity.ChannelId, "channelId");
        var conversationId = StateKeys.Require(turnContext.Activity.Conversation?.Id, "conversation.id");
        return $"{channelId}/conversations/{conversationId}";
    }
}

/// <summary>State that follows a user across conversations on one channel. Storage key: <c>{channelId}/users/{userId}</c>.</summary>
public class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    protected internal override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var channelId = StateKeys.Require(turnContext.Activity.ChannelId, "channelId");
        var userId = StateKeys.Require(turnContext.Activity.From?.Id, "from.id");
        return $"{channelId}/users/{userId}";
    }
}

/// <summary>
/// State for one user within one conversation (e.g. a member of a group chat).
/// Storage key: <c>{channelId}/conversations/{conversationId}/users/{userId}</c>.
/// </summary>
public class PrivateConversationState(IStorage storage) : BotState(storage, nameof(PrivateConversationState))
{
    protected internal override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var channelId = StateKeys.Require(turnContext.Activity.ChannelId, "channelId");
        var conversationId = StateKeys.Require(turnContext.Activity.Conversation?.Id, "conversation.id");
        var userId = StateKeys.Require(turnContext.Activity.From?.Id, "from.id");
        return $"{channelId}/conversations/{conversationId}/users/{userId}";
    }
}

internal static class StateKeys
{
    // Without these fields every such turn would share one key; fail loudly instead.
    public static string Require(string? value, string field) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException($"Invalid activity: {field} is missing, so no state key can be built.")
            : value;
}
