using System.Text.Json;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Teams;

public sealed class CardActionInvokeMiddlewareTests
{
    private readonly TeamsMiddlewarePipeline _pipeline = new();

    private static InvokeResponse? InvokeResponseOf(IEnumerable<Activity> replies) =>
        replies.Where(r => r.Type == ActivityTypes.InvokeResponse).Select(r => r.Value as InvokeResponse).SingleOrDefault();

    [Fact]
    public async Task OnTurnAsync_ActionExecuteWithChoice_RunsAsMessageAndAnswers200()
    {
        var invoke = TeamsActivities.Invoke("adaptiveCard/action",
            """{"action":{"type":"Action.Execute","verb":"pickAlly","data":{"choice":"Public health nurses"}},"trigger":"manual"}""");

        var replies = await _pipeline.SendAsync(invoke);

        var seen = Assert.Single(_pipeline.Seen);
        Assert.Equal(ActivityTypes.Message, seen.Type);
        Assert.Equal("Public health nurses", seen.Text);
        Assert.Contains(replies, r => r.Text == "echo: Public health nurses");
        var response = InvokeResponseOf(replies);
        Assert.Equal(200, response!.Status);
        var body = BuilderJson.Convert<JsonElement>(response.Body);
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        // Afterwards the activity is an invoke again, so the endpoint knows to answer it in the HTTP response.
        Assert.Equal(ActivityTypes.Invoke, invoke.Type);
        Assert.Equal("adaptiveCard/action", invoke.Name);
    }

    [Fact]
    public async Task OnTurnAsync_ActionExecuteWithVerbOnly_UsesTheVerbAsText()
    {
        await _pipeline.SendAsync(TeamsActivities.Invoke("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"plan"}}"""));

        Assert.Equal("plan", Assert.Single(_pipeline.Seen).Text);
    }

    [Fact]
    public async Task OnTurnAsync_ActionExecuteWithoutAction_Answers400Error()
    {
        var replies = await _pipeline.SendAsync(TeamsActivities.Invoke("adaptiveCard/action", """{"trigger":"manual"}"""));

        Assert.Empty(_pipeline.Seen);
        var response = InvokeResponseOf(replies);
        Assert.Equal(400, response!.Status);
        Assert.Equal("application/vnd.microsoft.error", BuilderJson.Convert<JsonElement>(response.Body).GetProperty("type").GetString());
    }

    [Fact]
    public async Task OnTurnAsync_OtherInvoke_PassesThroughUnanswered()
    {
        var replies = await _pipeline.SendAsync(TeamsActivities.Invoke("composeExtension/query", """{"commandId":"x"}"""));

        Assert.Equal(ActivityTypes.Invoke, Assert.Single(_pipeline.Seen).Type);
        Assert.Null(InvokeResponseOf(replies));
    }

    [Fact]
    public async Task OnTurnAsync_ActionExecuteOnOtherChannel_PassesThroughUnanswered()
    {
        var invoke = TeamsActivities.Invoke("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"plan"}}""");
        invoke.ChannelId = "webchat";

        var replies = await _pipeline.SendAsync(invoke);

        Assert.Equal(ActivityTypes.Invoke, Assert.Single(_pipeline.Seen).Type);
        Assert.Null(InvokeResponseOf(replies));
    }
}
