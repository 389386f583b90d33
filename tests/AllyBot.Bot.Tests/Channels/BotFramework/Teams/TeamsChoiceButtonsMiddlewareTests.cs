using System.Text.Json;
using AllyBot.Bot.Channels.BotFramework.Teams;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Teams;

public sealed class TeamsChoiceButtonsMiddlewareTests
{
    private readonly TeamsMiddlewarePipeline _pipeline = new();

    [Fact]
    public async Task Send_MoreThanThreeChoicesOnTeams_BecomeHeroCardButtons()
    {
        var reply = Assert.Single(await _pipeline.SendAsync(TeamsActivities.Personal("choices Active ally,Passive ally,Neutral,Passive opposition,Active opposition")));

        Assert.Null(reply.SuggestedActions);
        Assert.Equal("Pick one", reply.Text);
        var card = Assert.Single(reply.Attachments!);
        Assert.Equal(TeamsChoiceButtonsMiddleware.HeroCardContentType, card.ContentType);
        var buttons = BuilderJson.Convert<JsonElement>(card.Content).GetProperty("buttons").EnumerateArray().ToList();
        Assert.Equal(["Active ally", "Passive ally", "Neutral", "Passive opposition", "Active opposition"], buttons.Select(b => b.GetProperty("value").GetString()));
        Assert.All(buttons, b => Assert.Equal(ActionTypes.ImBack, b.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Send_ThreeChoicesOnTeams_StaySuggestedActions()
    {
        var reply = Assert.Single(await _pipeline.SendAsync(TeamsActivities.Personal("choices Yes,No,Not sure")));

        Assert.Equal(3, reply.SuggestedActions!.Actions.Count);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public async Task Send_ManyChoicesOnOtherChannels_StaySuggestedActions()
    {
        var activity = TeamsActivities.Personal("choices a,b,c,d,e");
        activity.ChannelId = AllyBot.Builder.Schema.Channels.Webchat;

        var reply = Assert.Single(await _pipeline.SendAsync(activity));

        Assert.Equal(5, reply.SuggestedActions!.Actions.Count);
    }
}
