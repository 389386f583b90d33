using AllyBot.Builder.Schema;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// Stamps activities the way the Direct Line service does: the channel sets <c>timestamp</c>, <c>conversation</c>,
/// <c>recipient</c>, <c>serviceUrl</c> and (via the store) <c>id</c>; the client's <c>channelData</c> (with
/// Web Chat's <c>clientActivityID</c>), <c>channelId</c> and <c>locale</c> are kept.
/// </summary>
public sealed class DirectLineActivityFactory(TimeProvider time, IOptions<DirectLineOptions> options)
{
    public ChannelAccount Bot => new(options.Value.BotId, options.Value.BotName, RoleTypes.Bot);

    /// <summary>The turn that greets a new conversation: both the user and the bot joined.</summary>
    public Activity ConversationUpdate(DirectLineConversation conversation, string serviceUrl) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = $"{conversation.Id}|start",
        Timestamp = time.GetUtcNow(),
        ChannelId = conversation.ChannelId,
        ServiceUrl = serviceUrl,
        From = User(conversation),
        Recipient = Bot,
        Conversation = new ConversationAccount(conversation.Id),
        Locale = conversation.Locale,
        MembersAdded = [User(conversation), Bot],
    };

    /// <summary>
    /// Makes a client's activity ready for the feed and the bot. The user id in the caller's token wins over
    /// <c>from.id</c>, so one token cannot speak for another user. Returns a problem text when the activity is unusable.
    /// </summary>
    public string? PrepareInbound(Activity activity, DirectLineConversation conversation, string? tokenUserId, string serviceUrl)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity needs a 'type'.";
        }

        var from = activity.From ?? new ChannelAccount();
        from.Id = tokenUserId ?? (string.IsNullOrWhiteSpace(from.Id) ? conversation.UserId : from.Id);
        from.Name ??= conversation.UserName;
        from.Role = RoleTypes.User;
        activity.From = from;

        activity.Id = null;
        activity.Timestamp = time.GetUtcNow();
        activity.ChannelId = string.IsNullOrWhiteSpace(activity.ChannelId) ? conversation.ChannelId : activity.ChannelId;
        activity.Conversation = new ConversationAccount(conversation.Id);
        activity.Recipient = Bot;
        activity.ServiceUrl = serviceUrl;
        activity.Locale ??= conversation.Locale;
        return null;
    }

    /// <summary>Stamps a bot reply: from the bot (role bot), to the conversation's user, now.</summary>
    public void PrepareOutbound(Activity reply, DirectLineConversation conversation, string? channelId)
    {
        var from = reply.From ?? Bot;
        from.Id = string.IsNullOrWhiteSpace(from.Id) ? options.Value.BotId : from.Id;
        from.Name ??= options.Value.BotName;
        from.Role = RoleTypes.Bot;
        reply.From = from;
        reply.Recipient ??= User(conversation);
        reply.Conversation = new ConversationAccount(conversation.Id);
        reply.ChannelId ??= channelId ?? conversation.ChannelId;
        reply.Timestamp = time.GetUtcNow();
        reply.Id = null;
    }

    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{DirectLineRoutes.Prefix}/";

    private static ChannelAccount User(DirectLineConversation conversation) => new(conversation.UserId, conversation.UserName, RoleTypes.User);
}
