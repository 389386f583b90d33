using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Tests.Schema;

public class ActivityExtensionsTests
{
    private static Activity Inbound(string type = ActivityTypes.Message, string channelId = Channels.Msteams) => new()
    {
        Type = type,
        Id = "in-1",
        ChannelId = channelId,
        ServiceUrl = "https://smba.example/",
        From = new ChannelAccount("user-1", "Ada"),
        Recipient = new ChannelAccount("bot-1", "AllyBot"),
        Conversation = new ConversationAccount("conv-1", isGroup: true),
        Locale = "en-US",
        Text = "hello",
    };

    [Fact]
    public void CreateReply_Message_SwapsPartiesAndRepliesToId()
    {
        var reply = Inbound().CreateReply("hi back");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("bot-1", reply.From!.Id);
        Assert.Equal("user-1", reply.Recipient!.Id);
        Assert.Equal("in-1", reply.ReplyToId);
        Assert.Equal("conv-1", reply.Conversation!.Id);
        Assert.True(reply.Conversation.IsGroup);
        Assert.Equal(Channels.Msteams, reply.ChannelId);
        Assert.Equal("https://smba.example/", reply.ServiceUrl);
        Assert.Equal("en-US", reply.Locale);
        Assert.Equal("hi back", reply.Text);
        Assert.Null(reply.Timestamp);
    }

    [Theory]
    [InlineData(Channels.Directline, null)]
    [InlineData(Channels.Webchat, null)]
    [InlineData(Channels.Msteams, "in-1")]
    public void GetConversationReference_ConversationUpdate_OmitsActivityIdOnDirectLine(string channelId, string? expected)
    {
        var reference = Inbound(ActivityTypes.ConversationUpdate, channelId).GetConversationReference();

        Assert.Equal(expected, reference.ActivityId);
    }

    [Fact]
    public void ApplyConversationReference_Outgoing_SetsBotAsSenderAndReplyTo()
    {
        var reference = Inbound().GetConversationReference();
        var activity = new Activity { Type = ActivityTypes.Message, Locale = "fr-FR" };

        activity.ApplyConversationReference(reference);

        Assert.Equal("bot-1", activity.From!.Id);
        Assert.Equal("user-1", activity.Recipient!.Id);
        Assert.Equal("in-1", activity.ReplyToId);
        Assert.Equal("conv-1", activity.Conversation!.Id);
        Assert.Equal("https://smba.example/", activity.ServiceUrl);
        Assert.Equal("fr-FR", activity.Locale);
    }

    [Fact]
    public void ApplyConversationReference_Incoming_SetsUserAsSenderAndId()
    {
        var reference = Inbound().GetConversationReference();
        var activity = new Activity { Type = ActivityTypes.Message };

        activity.ApplyConversationReference(reference, isIncoming: true);

        Assert.Equal("user-1", activity.From!.Id);
        Assert.Equal("bot-1", activity.Recipient!.Id);
        Assert.Equal("in-1", activity.Id);
        Assert.Null(activity.ReplyToId);
        Assert.Equal("en-US", activity.Locale);
    }

    [Fact]
    public void GetContinuationActivity_Reference_BuildsContinueConversationEvent()
    {
        var reference = Inbound().GetConversationReference();

        var activity = reference.GetContinuationActivity();

        Assert.Equal(ActivityTypes.Event, activity.Type);
        Assert.Equal(ActivityEventNames.ContinueConversation, activity.Name);
        Assert.Equal("user-1", activity.From!.Id);
        Assert.Equal("bot-1", activity.Recipient!.Id);
        Assert.Same(reference, activity.RelatesTo);
        Assert.False(string.IsNullOrEmpty(activity.Id));
    }

    [Fact]
    public void RemoveRecipientMention_BotMentioned_RemovesItCaseInsensitivelyAndTrims()
    {
        var activity = Inbound();
        activity.Text = "<AT>AllyBot</AT> plan a meeting with <at>Grace</at> ";
        activity.Entities =
        [
            new Mention(new ChannelAccount("bot-1", "AllyBot"), "<at>AllyBot</at>").ToEntity(),
            new Mention(new ChannelAccount("user-2", "Grace")).ToEntity(),
        ];

        var text = activity.RemoveRecipientMention();

        Assert.Equal("plan a meeting with <at>Grace</at>", text);
        Assert.Equal(text, activity.Text);
    }

    [Fact]
    public void RemoveMentionText_MentionWithoutText_RemovesAtName()
    {
        var activity = Inbound();
        activity.Text = "<at>AllyBot</at> help";
        var entity = new Mention(new ChannelAccount("bot-1", "AllyBot")) { Text = null }.ToEntity();
        activity.Entities = [entity];

        Assert.Equal("help", activity.RemoveMentionText("bot-1"));
    }

    [Fact]
    public void RemoveRecipientMention_OnlyOthersMentioned_LeavesTextUnchanged()
    {
        var activity = Inbound();
        activity.Text = "ask <at>Grace</at>";
        activity.Entities = [new Mention(new ChannelAccount("user-2", "Grace")).ToEntity()];

        Assert.Equal("ask <at>Grace</at>", activity.RemoveRecipientMention());
    }

    [Fact]
    public void GetMentions_WireEntities_ReadsMentionedAndTextIgnoringTypeCase()
    {
        var activity = BuilderJson.Deserialize<Activity>("""
            {"type":"message","entities":[
              {"type":"Mention","mentioned":{"id":"28:bot","name":"AllyBot"},"text":"<at>AllyBot</at>"},
              {"type":"clientInfo","locale":"en-US"}]}
            """)!;

        var mention = Assert.Single(activity.GetMentions());

        Assert.Equal("28:bot", mention.Mentioned!.Id);
        Assert.Equal("AllyBot", mention.Mentioned.Name);
        Assert.Equal("<at>AllyBot</at>", mention.Text);
    }

    [Fact]
    public void MentionToEntity_Serialized_HasWireShape()
    {
        var entity = new Mention(new ChannelAccount("28:bot", "AllyBot")).ToEntity();

        var json = BuilderJson.Serialize(new Activity { Entities = [entity] });

        var expected = """{"entities":[{"type":"mention","mentioned":{"id":"28:bot","name":"AllyBot"},"text":"<at>AllyBot</at>"}]}""";
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(expected), System.Text.Json.Nodes.JsonNode.Parse(json)), json);
    }
}
