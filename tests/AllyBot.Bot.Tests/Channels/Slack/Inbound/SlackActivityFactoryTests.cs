using System.Text.Json;
using AllyBot.Bot.Channels.Slack;
using AllyBot.Bot.Channels.Slack.Inbound;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.Slack.Inbound;

public sealed class SlackActivityFactoryTests
{
    private const string Bot = "UBOT";

    private static SlackEventEnvelope Envelope(string eventJson) => JsonSerializer.Deserialize<SlackEventEnvelope>(
        $$"""{"type":"event_callback","team_id":"T1","api_app_id":"A1","event_id":"Ev1","event":{{eventJson}},"authorizations":[{"team_id":"T1","user_id":"UBOT","is_bot":true}]}""",
        SlackJson.Options)!;

    private static SlackInboundMessage Message(SlackEventEnvelope envelope, string? botUserId) =>
        SlackInboundValidation.Message(envelope, botUserId).Accepted!;

    private static SlackButtonClick Click(SlackInteractionPayload payload) => SlackInboundValidation.ButtonClick(payload).Accepted!;

    [Fact]
    public void FromEvent_AppMentionInChannel_ThreadedConversationAndMentionStripped()
    {
        var envelope = Envelope("""{"type":"app_mention","user":"U1","text":"<@UBOT> I want to  get more people tested","ts":"1712345678.000100","channel":"C1","event_ts":"1712345678.000100"}""");

        Assert.True(SlackActivityFactory.IsHandled(envelope.Event, Bot));
        var activity = SlackActivityFactory.FromEvent(Message(envelope, Bot), Bot);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(AllyBot.Builder.Schema.Channels.Slack, activity.ChannelId);
        Assert.Equal("T1:C1:1712345678.000100", activity.Conversation!.Id);
        Assert.True(activity.Conversation.IsGroup);
        Assert.Equal("T1", activity.Conversation.TenantId);
        Assert.Equal("U1", activity.From!.Id);
        Assert.Equal(Bot, activity.Recipient!.Id);
        Assert.Equal("I want to get more people tested", activity.Text);
        Assert.Equal("1712345678.000100", activity.Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1712345678000), activity.Timestamp);
        Assert.Null(activity.ServiceUrl);
    }

    [Fact]
    public void FromEvent_AppMentionInsideThread_UsesTheThreadRoot()
    {
        var envelope = Envelope("""{"type":"app_mention","user":"U1","text":"<@UBOT|allybot> next","ts":"2.0","thread_ts":"1.0","channel":"C1"}""");

        var activity = SlackActivityFactory.FromEvent(Message(envelope, Bot), Bot);

        Assert.Equal("T1:C1:1.0", activity.Conversation!.Id);
        Assert.Equal("next", activity.Text);
    }

    [Fact]
    public void FromEvent_DirectMessage_UnthreadedConversationKeepsText()
    {
        var envelope = Envelope("""{"type":"message","channel_type":"im","user":"U1","text":"hello &amp; welcome &lt;3","ts":"3.0","channel":"D1"}""");

        Assert.True(SlackActivityFactory.IsHandled(envelope.Event, Bot));
        var activity = SlackActivityFactory.FromEvent(Message(envelope, Bot), Bot);

        Assert.Equal("T1:D1", activity.Conversation!.Id);
        Assert.False(activity.Conversation.IsGroup);
        Assert.Equal("hello & welcome <3", activity.Text);
    }

    [Fact]
    public void FromEvent_MentionWithoutKnownBotId_StripsTheFirstMentionOnly()
    {
        var envelope = Envelope("""{"type":"app_mention","user":"U1","text":"<@UXYZ> ask <@U2> about it","ts":"2.0","channel":"C1"}""");

        Assert.Equal("ask <@U2> about it", SlackActivityFactory.FromEvent(Message(envelope, botUserId: null), botUserId: null).Text);
    }

    [Theory]
    [InlineData("""{"type":"message","channel_type":"im","bot_id":"B1","user":"U1","text":"hi","ts":"1.0","channel":"D1"}""")]
    [InlineData("""{"type":"message","channel_type":"im","subtype":"bot_message","user":"U1","text":"hi","ts":"1.0","channel":"D1"}""")]
    [InlineData("""{"type":"message","channel_type":"im","subtype":"message_changed","user":"U1","ts":"1.0","channel":"D1"}""")]
    [InlineData("""{"type":"message","channel_type":"im","subtype":"message_deleted","ts":"1.0","channel":"D1"}""")]
    [InlineData("""{"type":"message","channel_type":"im","user":"UBOT","text":"my own","ts":"1.0","channel":"D1"}""")]
    [InlineData("""{"type":"message","channel_type":"channel","user":"U1","text":"chatter","ts":"1.0","channel":"C1"}""")]
    [InlineData("""{"type":"app_mention","user":"U1","text":"<@UBOT> hi","ts":"1.0","channel":"D1"}""")]
    [InlineData("""{"type":"app_mention","bot_id":"B2","user":"U2","text":"<@UBOT> loop","ts":"1.0","channel":"C1"}""")]
    [InlineData("""{"type":"reaction_added","user":"U1","ts":"1.0","channel":"C1"}""")]
    [InlineData("""{"type":"message","channel_type":"im","text":"no user","ts":"1.0","channel":"D1"}""")]
    public void IsHandled_BotEditsAndOtherEvents_Ignored(string eventJson)
    {
        Assert.False(SlackActivityFactory.IsHandled(Envelope(eventJson).Event, Bot));
    }

    [Fact]
    public void BotUserIdFrom_BotAuthorization_IsRead()
    {
        Assert.Equal(Bot, SlackActivityFactory.BotUserIdFrom(Envelope("""{"type":"app_mention"}""")));
    }

    private static SlackInteractionPayload Payload(string json) => JsonSerializer.Deserialize<SlackInteractionPayload>(json, SlackJson.Options)!;

    [Fact]
    public void FromButton_ClickInChannelThread_MessageInThatThread()
    {
        var payload = Payload("""
            {"type":"block_actions","team":{"id":"T1"},"user":{"id":"U1","name":"ana","team_id":"T1"},"api_app_id":"A1",
             "channel":{"id":"C1"},"container":{"type":"message","message_ts":"5.0","channel_id":"C1","thread_ts":"1.0"},
             "message":{"ts":"5.0","thread_ts":"1.0"},
             "actions":[{"action_id":"allybot-1","block_id":"b","type":"button","value":"Nurses' union","action_ts":"6.0"}]}
            """);

        var activity = SlackActivityFactory.FromButton(Click(payload), Bot);

        Assert.Equal("T1:C1:1.0", activity.Conversation!.Id);
        Assert.Equal("Nurses' union", activity.Text);
        Assert.Equal("Nurses' union", activity.Value);
        Assert.Equal("U1", activity.From!.Id);
        Assert.Equal("ana", activity.From.Name);
        Assert.Equal("5.0", activity.ReplyToId);
        Assert.Equal("6.0", activity.Id);
    }

    [Fact]
    public void FromButton_ClickInDirectMessage_DirectConversation()
    {
        var payload = Payload("""
            {"type":"block_actions","team":{"id":"T1"},"user":{"id":"U1"},"channel":{"id":"D1"},
             "message":{"ts":"5.0"},"actions":[{"action_id":"allybot-2","type":"button","value":"yes","action_ts":"6.0"}]}
            """);

        Assert.Equal("T1:D1", SlackActivityFactory.FromButton(Click(payload), Bot).Conversation!.Id);
    }

    [Fact]
    public void FromButton_JsonObjectValue_BecomesActivityValueWithoutText()
    {
        var payload = Payload("""
            {"type":"block_actions","team":{"id":"T1"},"user":{"id":"U1"},"channel":{"id":"D1"},"message":{"ts":"5.0"},
             "actions":[{"action_id":"allybot-3","type":"button","value":"{\"action\":\"edit\",\"step\":2}","action_ts":"6.0"}]}
            """);

        var activity = SlackActivityFactory.FromButton(Click(payload), Bot);

        Assert.Null(activity.Text);
        var value = Assert.IsType<JsonElement>(activity.Value);
        Assert.Equal(2, value.GetProperty("step").GetInt32());
    }

    [Fact]
    public void FromCommand_KnownDmChannel_ConversationIsTheDm()
    {
        var command = new SlackSlashCommand("T1", "C9", "U1", "ana", "/allybot", "prep", "trig-1", "A1");

        var activity = SlackActivityFactory.FromCommand(command, "prep", "D1", Bot);

        Assert.Equal("T1:D1", activity.Conversation!.Id);
        Assert.Equal("prep", activity.Text);
        Assert.Equal("U1", activity.From!.Id);
        Assert.Equal("trig-1", activity.Id);
    }

    [Fact]
    public void FromCommand_UnknownDmChannel_ConversationIsTheUser()
    {
        var command = new SlackSlashCommand("T1", "C9", "U1", "ana", "/allybot", "help", "trig-1", "A1");

        Assert.Equal("T1:U1", SlackActivityFactory.FromCommand(command, "help", null, Bot).Conversation!.Id);
    }

    [Theory]
    [InlineData("T1:D1", "T1", "D1", null)]
    [InlineData("T1:C1:1712345678.000100", "T1", "C1", "1712345678.000100")]
    public void ConversationId_TryParse_RoundTrips(string value, string team, string channel, string? thread)
    {
        Assert.True(SlackConversationId.TryParse(value, out var id));
        Assert.Equal(new SlackConversationId(team, channel, thread), id);
        Assert.Equal(value, id.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("T1")]
    [InlineData("T1::1.0")]
    [InlineData("a:b:c:d")]
    public void ConversationId_TryParse_RejectsOtherShapes(string? value)
    {
        Assert.False(SlackConversationId.TryParse(value, out _));
    }
}
