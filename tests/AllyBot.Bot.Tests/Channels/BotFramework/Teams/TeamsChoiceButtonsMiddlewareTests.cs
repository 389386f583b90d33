using System.Text.Json;
using AllyBot.Bot.Channels.BotFramework.Teams;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Teams;

public sealed class TeamsChoiceButtonsMiddlewareTests
{
    private readonly TeamsMiddlewarePipeline _pipeline = new();

    [Fact]
    public async Task Send_MoreThanThreeChoicesOnTeams_BecomeOneAdaptiveCardWithSubmitButtons()
    {
        var reply = Assert.Single(await _pipeline.SendAsync(TeamsActivities.Personal("choices Active ally,Passive ally,Neutral,Passive opposition,Active opposition")));

        Assert.Null(reply.SuggestedActions);
        Assert.Null(reply.Text);
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal(TeamsChoiceButtonsMiddleware.AdaptiveCardContentType, attachment.ContentType);
        var card = BuilderJson.Convert<JsonElement>(attachment.Content);
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal("Pick one", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("Pick one", card.GetProperty("fallbackText").GetString());
        var buttons = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.All(buttons, b => Assert.Equal("Action.Submit", b.GetProperty("type").GetString()));
        Assert.Equal(["Active ally", "Passive ally", "Neutral", "Passive opposition", "Active opposition"], buttons.Select(b => b.GetProperty("data").GetProperty("choice").GetString()));
    }

    [Fact]
    public async Task Click_OnAChoiceButton_ReachesTheBotAsTheAnswerText()
    {
        var reply = Assert.Single(await _pipeline.SendAsync(TeamsActivities.Personal("choices a,b,c,d")));
        var data = BuilderJson.Convert<JsonElement>(reply.Attachments![0].Content).GetProperty("actions")[3].GetProperty("data");

        await _pipeline.SendAsync(TeamsActivities.Personal(null).WithValue(data.GetRawText()));

        Assert.Equal("d", _pipeline.Seen[^1].Text);
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
