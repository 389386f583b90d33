using System.Net;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.BotFramework;

/// <summary>Normal delivery: the inbound POST is acknowledged and replies go to a real HTTP connector at the activity's serviceUrl.</summary>
public sealed class NormalDeliveryTests : IDisposable
{
    // Teams-like ids: ':', ';', '@' and '=' must arrive percent-encoded in the path.
    private const string ConversationId = "19:abc@thread.tacv2;messageid=17";
    private const string ActivityId = "f:1700000000000;x";

    /// <summary>The first answer a new user gives: a full plan (the next question is their name).</summary>
    private static readonly string FullPlan = JourneyText.Choice("welcome", "start", "full-plan");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Message_NormalDelivery_Acknowledged200EmptyAndRepliesPostedToEscapedReplyPath()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = new BotHostFactory(_folder.File("bot.db"));
        var bot = new BotClient(host.StartAndCreateClient());

        using var response = await bot.PostAsync(Activities.UserJoined(ConversationId, id: ActivityId, serviceUrl: connector.ServiceUrl, expectReplies: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var requests = await connector.WaitForAsync(2);
        Assert.Equal(2, requests.Count);
        var expectedPath = $"/v3/conversations/{Uri.EscapeDataString(ConversationId)}/activities/{Uri.EscapeDataString(ActivityId)}";
        Assert.All(requests, r => Assert.Equal(("POST", expectedPath), (r.Method, r.RawTarget)));
        Assert.Contains("%3A", expectedPath);
        var texts = requests.Select(r => BuilderJson.Deserialize<Activity>(r.Body)!.Text);
        Assert.Equal([JourneyText.Welcome(), JourneyText.Question("welcome", "start")], texts);
        Assert.All(requests, r => Assert.Null(r.Authorization));
    }

    [Fact]
    public async Task Message_NoActivityId_RepliesPostedToConversationActivities()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = new BotHostFactory(_folder.File("bot.db"));
        var bot = new BotClient(host.StartAndCreateClient());

        using var response = await bot.PostAsync(Activities.UserJoined("conv-n", id: null, serviceUrl: connector.ServiceUrl.TrimEnd('/'), expectReplies: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = await connector.WaitForAsync(2);
        Assert.All(requests, r => Assert.Equal("/v3/conversations/conv-n/activities", r.RawTarget));
    }

    [Fact]
    public async Task Connector_Answers429ThenSuccess_ReplyRetriedAndDelivered()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.ThenRespond(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(1));
        await using var host = new BotHostFactory(_folder.File("bot.db"));
        var bot = new BotClient(host.StartAndCreateClient());
        await bot.ExchangeAsync(Activities.UserJoined("conv-429", id: "j1"));

        var started = DateTime.UtcNow;
        using var response = await bot.PostAsync(Activities.Message("conv-429", FullPlan, id: "m1", serviceUrl: connector.ServiceUrl, expectReplies: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = await connector.WaitForAsync(2);
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].Body, requests[1].Body);
        Assert.Equal(JourneyText.Question("welcome", "your-name"), BuilderJson.Deserialize<Activity>(requests[1].Body)!.Text);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.9), "Retry-After: 1 should have been waited for.");
    }

    [Fact]
    public async Task Connector_AlwaysFails_TurnStaysSavedAndTheNextMessageGetsTheOpenQuestionAgain()
    {
        await using var connector = await FakeConnector.StartAsync();
        for (var i = 0; i < 8; i++)
            connector.ThenRespond(HttpStatusCode.BadRequest);
        await using var host = new BotHostFactory(_folder.File("bot.db"));
        var bot = new BotClient(host.StartAndCreateClient());
        await bot.ExchangeAsync(Activities.UserJoined("conv-down", id: "j1"));

        using var response = await bot.PostAsync(Activities.Message("conv-down", FullPlan, id: "m1", serviceUrl: connector.ServiceUrl, expectReplies: false));
        var afterFailure = await bot.TextsAsync(Activities.Message("conv-down", "Maya", id: "m2"));

        // The turn was saved before its replies went out (they are sent only once it commits); the channel
        // lost them, so the next message answers the open question (the name), with no apology. Had the turn
        // not been saved, 'Maya' would have met the first question again and got its re-prompt.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JourneyText.Question("goal", "largest-goal"), afterFailure[^1]);
        Assert.DoesNotContain(JourneyText.Library.Step("welcome").Question("start").Reprompt, afterFailure);
    }

    [Fact]
    public async Task Invoke_NothingAnswers_Returns501()
    {
        await using var host = new BotHostFactory(_folder.File("bot.db"));
        var bot = new BotClient(host.StartAndCreateClient());

        using var response = await bot.PostAsync(Activities.Invoke("conv-i", "adaptiveCard/action", id: "i1"));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task RetriedDelivery_SameActivityId_AcknowledgedAndRepliedOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = new BotHostFactory(_folder.File("bot.db"));
        var bot = new BotClient(host.StartAndCreateClient());
        var join = Activities.UserJoined("conv-retry", id: "teams-1", serviceUrl: connector.ServiceUrl, expectReplies: false);

        using var first = await bot.PostAsync(join);
        using var retry = await bot.PostAsync(join);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await Task.Delay(200);
        Assert.Equal(2, connector.Requests.Count);
    }
}
