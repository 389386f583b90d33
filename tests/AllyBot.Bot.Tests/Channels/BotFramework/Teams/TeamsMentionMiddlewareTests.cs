using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Teams;

public sealed class TeamsMentionMiddlewareTests
{
    private readonly TeamsMiddlewarePipeline _pipeline = new();

    [Fact]
    public async Task OnTurnAsync_ChannelMessageMentioningBot_StripsMentionBeforeTheBot()
    {
        var replies = await _pipeline.SendAsync(TeamsActivities.Channel("<at>AllyBot</at> prep for the nurses' union").WithBotMention());

        Assert.Equal("prep for the nurses' union", Assert.Single(_pipeline.Seen).Text);
        Assert.Equal("echo: prep for the nurses' union", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task OnTurnAsync_GroupChatMessageWithoutMention_IsIgnored()
    {
        var replies = await _pipeline.SendAsync(TeamsActivities.GroupChat("lunch at noon?"));

        Assert.Empty(_pipeline.Seen);
        Assert.Empty(replies);
    }

    [Fact]
    public async Task OnTurnAsync_ChannelMessageMentioningSomeoneElse_IsIgnored()
    {
        var activity = TeamsActivities.Channel("<at>Grace</at> can you take notes?");
        activity.Entities = [new Mention(new ChannelAccount("29:grace", "Grace"), "<at>Grace</at>").ToEntity()];

        var replies = await _pipeline.SendAsync(activity);

        Assert.Empty(replies);
    }

    [Fact]
    public async Task OnTurnAsync_GroupIdentifiedOnlyByIsGroup_IsTreatedAsGroup()
    {
        var activity = TeamsActivities.GroupChat("hello everyone");
        activity.Conversation!.ConversationType = null;

        Assert.Empty(await _pipeline.SendAsync(activity));
    }

    [Fact]
    public async Task OnTurnAsync_PersonalMessageWithoutMention_PassesThroughUnchanged()
    {
        var replies = await _pipeline.SendAsync(TeamsActivities.Personal("start"));

        Assert.Equal("start", Assert.Single(_pipeline.Seen).Text);
        Assert.Equal("echo: start", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task OnTurnAsync_PersonalMessageWithMention_StripsIt()
    {
        await _pipeline.SendAsync(TeamsActivities.Personal("<at>AllyBot</at>&nbsp;help").WithBotMention());

        Assert.Equal("help", Assert.Single(_pipeline.Seen).Text);
    }

    [Fact]
    public async Task OnTurnAsync_MentionInMiddleOfSentence_KeepsTheRest()
    {
        await _pipeline.SendAsync(TeamsActivities.Channel("ok <at>allybot</at> show the plan").WithBotMention("<at>AllyBot</at>"));

        Assert.Equal("ok show the plan", Assert.Single(_pipeline.Seen).Text);
    }

    [Fact]
    public async Task OnTurnAsync_AtTagWithoutEntity_CountsAsMentionAndIsStripped()
    {
        await _pipeline.SendAsync(TeamsActivities.GroupChat("<at>AllyBot</at> plan"));

        Assert.Equal("plan", Assert.Single(_pipeline.Seen).Text);
    }

    [Fact]
    public async Task OnTurnAsync_CardSubmitInChannelWithoutMention_ReachesTheBot()
    {
        var replies = await _pipeline.SendAsync(TeamsActivities.Channel(null).WithValue("""{"choice":"Nurses' union"}"""));

        Assert.Equal("echo: Nurses' union", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task OnTurnAsync_NonTeamsGroupMessageWithoutMention_IsNotFiltered()
    {
        var activity = TeamsActivities.GroupChat("hello");
        activity.ChannelId = AllyBot.Builder.Schema.Channels.Slack;

        Assert.Single(await _pipeline.SendAsync(activity));
    }
}
