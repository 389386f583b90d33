using System.Text.Json;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Teams;

/// <summary>Activities shaped as Teams sends them (docs/protocols.md §5): bot id <c>28:…</c>, conversation types, mention entities.</summary>
public static class TeamsActivities
{
    public const string BotId = "28:9a4f1c2e-6b7d-4e8f-a0b1-c2d3e4f5a6b7";
    public const string BotName = "AllyBot";
    public const string UserId = "29:1user-aad-id";

    public static Activity Personal(string? text, string conversationId = "a:personal-1") =>
        Message(text, new ConversationAccount(conversationId, conversationType: "personal", tenantId: "tenant-1"));

    public static Activity GroupChat(string? text, string conversationId = "19:group-1@thread.v2") =>
        Message(text, new ConversationAccount(conversationId, isGroup: true, conversationType: "groupChat", tenantId: "tenant-1"));

    public static Activity Channel(string? text, string conversationId = "19:channel-1@thread.tacv2;messageid=1") =>
        Message(text, new ConversationAccount(conversationId, isGroup: true, conversationType: "channel", tenantId: "tenant-1"));

    /// <summary>Adds the bot's mention entity matching <c>&lt;at&gt;AllyBot&lt;/at&gt;</c> in the text.</summary>
    public static Activity WithBotMention(this Activity activity, string? mentionText = null)
    {
        activity.Entities ??= [];
        activity.Entities.Add(new Mention(new ChannelAccount(BotId, BotName), mentionText ?? $"<at>{BotName}</at>").ToEntity());
        return activity;
    }

    public static Activity WithValue(this Activity activity, string json)
    {
        activity.Value = JsonDocument.Parse(json).RootElement.Clone();
        return activity;
    }

    public static Activity Invoke(string name, string valueJson, string conversationId = "a:personal-1")
    {
        var activity = Base(ActivityTypes.Invoke, new ConversationAccount(conversationId, conversationType: "personal"));
        activity.Name = name;
        activity.Value = JsonDocument.Parse(valueJson).RootElement.Clone();
        return activity;
    }

    public static Activity InstallationUpdate(string action, ConversationAccount? conversation = null)
    {
        var activity = Base(ActivityTypes.InstallationUpdate, conversation ?? new ConversationAccount("a:personal-1", conversationType: "personal"));
        activity.Action = action;
        return activity;
    }

    public static Activity ConversationUpdate(ConversationAccount conversation, List<ChannelAccount>? added = null, List<ChannelAccount>? removed = null)
    {
        var activity = Base(ActivityTypes.ConversationUpdate, conversation);
        activity.MembersAdded = added;
        activity.MembersRemoved = removed;
        return activity;
    }

    public static ChannelAccount Bot => new(BotId, BotName);

    public static ChannelAccount User => new(UserId, "Ada Lovelace");

    private static Activity Message(string? text, ConversationAccount conversation)
    {
        var activity = Base(ActivityTypes.Message, conversation);
        activity.Text = text;
        return activity;
    }

    private static Activity Base(string type, ConversationAccount conversation) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = AllyBot.Builder.Schema.Channels.Msteams,
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        From = User,
        Recipient = Bot,
        Conversation = conversation,
        Locale = "en-US",
    };
}
