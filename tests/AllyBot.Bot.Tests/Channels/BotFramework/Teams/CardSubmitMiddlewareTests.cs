using System.Text.Json;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Teams;

public sealed class CardSubmitMiddlewareTests
{
    private readonly TeamsMiddlewarePipeline _pipeline = new();

    [Theory]
    [InlineData("""{"choice":"Faith leaders","other":"x"}""", "Faith leaders")]
    [InlineData("""{"text":"prep"}""", "prep")]
    [InlineData("""{"value":"yes"}""", "yes")]
    [InlineData("""{"Choice":"  Nurses  ","text":"ignored"}""", "Nurses")]
    public async Task OnTurnAsync_ActionSubmitWithAnswerField_CopiesItIntoText(string data, string expected)
    {
        await _pipeline.SendAsync(TeamsActivities.Personal(null).WithValue(data));

        var seen = Assert.Single(_pipeline.Seen);
        Assert.Equal(expected, seen.Text);
        Assert.Equal(JsonValueKind.Object, BuilderJson.Convert<JsonElement>(seen.Value).ValueKind);
    }

    [Fact]
    public async Task OnTurnAsync_ActionSubmitWithoutAnswerField_LeavesTextEmptyAndValueForTheDialogs()
    {
        await _pipeline.SendAsync(TeamsActivities.Personal("").WithValue("""{"goal":"more HIV testing","count":3}"""));

        var seen = Assert.Single(_pipeline.Seen);
        Assert.True(string.IsNullOrEmpty(seen.Text));
        Assert.Equal("more HIV testing", BuilderJson.Convert<JsonElement>(seen.Value).GetProperty("goal").GetString());
    }

    [Fact]
    public async Task OnTurnAsync_MessageWithTextAndValue_KeepsTheTypedText()
    {
        await _pipeline.SendAsync(TeamsActivities.Personal("typed").WithValue("""{"choice":"clicked"}"""));

        Assert.Equal("typed", Assert.Single(_pipeline.Seen).Text);
    }

    [Fact]
    public async Task OnTurnAsync_WebChatSubmit_IsRoutedToo()
    {
        var activity = TeamsActivities.Personal(null).WithValue("""{"choice":"Clinicians"}""");
        activity.ChannelId = AllyBot.Builder.Schema.Channels.Webchat;

        await _pipeline.SendAsync(activity);

        Assert.Equal("Clinicians", Assert.Single(_pipeline.Seen).Text);
    }
}
