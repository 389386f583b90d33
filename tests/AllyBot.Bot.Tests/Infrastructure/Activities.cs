using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Infrastructure;

/// <summary>Inbound activities as a channel would post them.</summary>
public static class Activities
{
    public static Activity Message(string conversationId, string text, string? id = null, string? serviceUrl = "http://127.0.0.1:1/", bool expectReplies = true) =>
        Base(ActivityTypes.Message, conversationId, id, serviceUrl, expectReplies, a => a.Text = text);

    public static Activity UserJoined(string conversationId, string? id = null, string? serviceUrl = "http://127.0.0.1:1/", bool expectReplies = true) =>
        Base(ActivityTypes.ConversationUpdate, conversationId, id, serviceUrl, expectReplies, a => a.MembersAdded = [new ChannelAccount("user1", "Ada")]);

    public static Activity Invoke(string conversationId, string name, string? id = null) =>
        Base(ActivityTypes.Invoke, conversationId, id, "http://127.0.0.1:1/", false, a => a.Name = name);

    private static Activity Base(string type, string conversationId, string? id, string? serviceUrl, bool expectReplies, Action<Activity> configure)
    {
        var activity = new Activity
        {
            Type = type,
            Id = id,
            ChannelId = "test",
            ServiceUrl = serviceUrl,
            From = new ChannelAccount("user1", "Ada"),
            Recipient = new ChannelAccount("bot", "AllyBot"),
            Conversation = new ConversationAccount(conversationId),
            Locale = "en-US",
            DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : null,
        };
        configure(activity);
        return activity;
    }
}
