using System.Net;

namespace AllyBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineConversationEndpointTests(DirectLineConversationEndpointTests.Host fixture) : IClassFixture<DirectLineConversationEndpointTests.Host>
{
    private readonly DirectLineTestHost host = fixture.Value;

    [Fact]
    public async Task Start_WithGeneratedToken_Is201WithTokenAndStreamUrl()
    {
        var (_, generated) = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret);
        var conversationId = generated.GetProperty("conversationId").GetString();

        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", generated.GetProperty("token").GetString(), new { user = new { id = "ignored" }, locale = "en-US" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(conversationId, body.GetProperty("conversationId").GetString());
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("token").GetString()));
        Assert.StartsWith($"ws://{host.BaseAddress.Authority}/v3/directline/conversations/{conversationId}/stream?t=", body.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SameTokenTwice_SecondIs200AndWelcomesOnce()
    {
        var (_, generated) = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret);
        var token = generated.GetProperty("token").GetString();

        var (first, _) = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        var (second, body) = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        var feed = await host.GetActivitiesAsync(new StartedConversation(body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!, ""));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, feed.GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public async Task Start_WithSecret_OpensANewConversationForTheBodysUser()
    {
        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineTestHost.Secret, new { user = new { id = "user1", name = "Ana" } });
        var conversation = new StartedConversation(body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!, "");

        var welcome = (await host.GetActivitiesAsync(conversation)).GetProperty("activities")[0];

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("user=user1", welcome.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("user1", welcome.GetProperty("recipient").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Start_Always_PutsTheWelcomeInTheFeedBeforeTheUserTypes()
    {
        var conversation = await host.StartConversationAsync();

        var feed = await host.GetActivitiesAsync(conversation);
        var welcome = feed.GetProperty("activities")[0];

        Assert.StartsWith(ProtocolTestBot.Welcome, welcome.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("bot", welcome.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("AllyBot", welcome.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal($"{conversation.Id}|0000001", welcome.GetProperty("id").GetString());
        Assert.Equal(conversation.Id, welcome.GetProperty("conversation").GetProperty("id").GetString());
        Assert.True(welcome.TryGetProperty("timestamp", out _));
        Assert.Equal("1", feed.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task Start_ByWebChat_GivesTheWelcomeTurnWebChatsChannelId()
    {
        // Web Chat stamps "webchat" on its posts; the welcome turn must share that conversation state key.
        var conversation = await host.StartConversationAsync(botAgent: "DirectLine/3.0 (directlinejs; WebChat/4.18.1 (Full) 0.15.5)");
        var plain = await host.StartConversationAsync(botAgent: "DirectLine/3.0 (directlinejs 0.15.8)");

        var webChatWelcome = (await host.GetActivitiesAsync(conversation)).GetProperty("activities")[0].GetProperty("text").GetString();
        var plainWelcome = (await host.GetActivitiesAsync(plain)).GetProperty("activities")[0].GetProperty("text").GetString();

        Assert.Contains("channel=webchat", webChatWelcome, StringComparison.Ordinal);
        Assert.Contains("channel=directline", plainWelcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnect_OwnConversation_GivesAFreshTokenAndStreamUrlWithTheWatermark()
    {
        var conversation = await host.StartConversationAsync();

        var (response, body) = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}?watermark=1", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(conversation.Id, body.GetProperty("conversationId").GetString());
        Assert.EndsWith("&watermark=1", body.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(conversation.StreamUrl, body.GetProperty("streamUrl").GetString());
    }

    [Fact]
    public async Task Reconnect_AnotherConversation_Is403()
    {
        var mine = await host.StartConversationAsync();
        var theirs = await host.StartConversationAsync();

        var (response, body) = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.Id}", mine.Token);

        DirectLineTokenEndpointTests.AssertProblem(response, body, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Reconnect_UnknownConversationWithSecret_Is404()
    {
        var (response, body) = await host.SendAsync(HttpMethod.Get, "/v3/directline/conversations/no-such-conversation", DirectLineTestHost.Secret);

        DirectLineTokenEndpointTests.AssertProblem(response, body, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Start_MalformedBody_Is400()
    {
        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineTestHost.Secret, rawBody: "{\"user\": [");

        DirectLineTokenEndpointTests.AssertProblem(response, body, HttpStatusCode.BadRequest);
    }

    public sealed class Host : IDisposable
    {
        public DirectLineTestHost Value { get; } = new();

        public void Dispose() => Value.Dispose();
    }
}
