using System.Net;
using System.Text.Json;

namespace AllyBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineActivityEndpointTests(DirectLineActivityEndpointTests.Host fixture) : IClassFixture<DirectLineActivityEndpointTests.Host>
{
    private readonly DirectLineTestHost host = fixture.Value;

    [Fact]
    public async Task Post_Message_IsEchoedWithIdAndClientActivityIdThenAnswered()
    {
        var conversation = await host.StartConversationAsync();

        var id = await host.PostMessageAsync(conversation, "More HIV testing", clientActivityId: "client-1");
        var activities = (await host.GetActivitiesAsync(conversation, "1")).GetProperty("activities");

        Assert.Equal($"{conversation.Id}|0000002", id);
        var echo = activities[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("More HIV testing", echo.GetProperty("text").GetString());
        Assert.Equal("client-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(conversation.Id, echo.GetProperty("conversation").GetProperty("id").GetString());
        Assert.True(echo.TryGetProperty("timestamp", out _));

        var reply = activities[1];
        Assert.Equal("You said: More HIV testing", reply.GetProperty("text").GetString());
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
        Assert.Equal("bot", reply.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("Again", reply.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Post_TokenWithUser_OverridesTheClaimedFromId()
    {
        var conversation = await host.StartConversationAsync();
        var user = JsonDocument.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(conversation.Token.Split('.')[1])).RootElement.GetProperty("user").GetString();

        await host.PostMessageAsync(conversation, "who am I");
        var echo = (await host.GetActivitiesAsync(conversation, "1")).GetProperty("activities")[0];

        Assert.StartsWith("dl_", user, StringComparison.Ordinal);
        Assert.Equal(user, echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("Test User", echo.GetProperty("from").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(null, "directline")]
    [InlineData("webchat", "webchat")]
    public async Task Post_ChannelId_KeepsTheClientsOrStampsDirectline(string? sent, string expected)
    {
        var conversation = await host.StartConversationAsync();

        await host.PostMessageAsync(conversation, "hello", channelId: sent);
        var echo = (await host.GetActivitiesAsync(conversation, "1")).GetProperty("activities")[0];

        Assert.Equal(expected, echo.GetProperty("channelId").GetString());
    }

    [Fact]
    public async Task Get_Watermarks_ReturnOnlyNewerActivitiesAsStrings()
    {
        var conversation = await host.StartConversationAsync();
        var first = await host.GetActivitiesAsync(conversation);
        await host.PostMessageAsync(conversation, "one");

        var second = await host.GetActivitiesAsync(conversation, first.GetProperty("watermark").GetString());
        var third = await host.GetActivitiesAsync(conversation, second.GetProperty("watermark").GetString());

        Assert.Equal(JsonValueKind.String, first.GetProperty("watermark").ValueKind);
        Assert.Equal("1", first.GetProperty("watermark").GetString());
        Assert.Equal(["one", "You said: one"], second.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
        Assert.Equal("3", second.GetProperty("watermark").GetString());
        Assert.Equal(0, third.GetProperty("activities").GetArrayLength());
        Assert.Equal("3", third.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task Get_TypingFromTheBot_NeverReachesPollingClients()
    {
        var conversation = await host.StartConversationAsync();

        await host.PostMessageAsync(conversation, "typing please");
        var activities = (await host.GetActivitiesAsync(conversation, "1")).GetProperty("activities");

        Assert.Equal(["message", "message"], activities.EnumerateArray().Select(a => a.GetProperty("type").GetString()));
        Assert.Equal("Done typing.", activities[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Get_AnotherConversationsActivities_Is403()
    {
        var mine = await host.StartConversationAsync();
        var theirs = await host.StartConversationAsync();

        var (get, getBody) = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.Id}/activities", mine.Token);
        var (post, postBody) = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{theirs.Id}/activities", mine.Token, new { type = "message", text = "sneaky" });

        DirectLineTokenEndpointTests.AssertProblem(get, getBody, HttpStatusCode.Forbidden);
        DirectLineTokenEndpointTests.AssertProblem(post, postBody, HttpStatusCode.Forbidden);
        Assert.Equal(1, (await host.GetActivitiesAsync(theirs)).GetProperty("activities").GetArrayLength());
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    public async Task Get_BadWatermark_Is400(string watermark)
    {
        var conversation = await host.StartConversationAsync();

        var (response, body) = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities?watermark={watermark}", conversation.Token);

        DirectLineTokenEndpointTests.AssertProblem(response, body, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_WithoutAuthorization_Is401()
    {
        var conversation = await host.StartConversationAsync();

        var (response, body) = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities", bearer: null);

        DirectLineTokenEndpointTests.AssertProblem(response, body, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Get_UnknownConversationWithSecret_Is404()
    {
        var (response, body) = await host.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nope/activities", DirectLineTestHost.Secret);

        DirectLineTokenEndpointTests.AssertProblem(response, body, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{\"type\": \"message\", \"text\": ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("not json at all")]
    [InlineData("")]
    public async Task Post_MalformedJson_Is400(string body)
    {
        var conversation = await host.StartConversationAsync();

        var (response, problem) = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token, rawBody: body);

        DirectLineTokenEndpointTests.AssertProblem(response, problem, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_WithoutType_Is400()
    {
        var conversation = await host.StartConversationAsync();

        var (response, body) = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token, new { text = "no type" });

        DirectLineTokenEndpointTests.AssertProblem(response, body, HttpStatusCode.BadRequest);
        Assert.Contains("type", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Oversized_Is413AndNothingIsEchoed()
    {
        var conversation = await host.StartConversationAsync();

        var (response, body) = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token, new { type = "message", text = new string('x', 300_000) });

        DirectLineTokenEndpointTests.AssertProblem(response, body, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, (await host.GetActivitiesAsync(conversation, "1")).GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public async Task Post_NotJsonContentType_Is415()
    {
        var conversation = await host.StartConversationAsync();
        using var request = host.Request(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token);
        request.Content = new StringContent("type=message", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_BotThrows_UserGetsTheApologyAndTheConversationGoesOn()
    {
        var conversation = await host.StartConversationAsync();

        await host.PostMessageAsync(conversation, "fail");
        await host.PostMessageAsync(conversation, "still there?");
        var texts = (await host.GetActivitiesAsync(conversation, "1")).GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("from").GetProperty("role").GetString() == "bot")
            .Select(a => a.GetProperty("text").GetString())
            .ToList();

        Assert.Equal(2, texts.Count);
        Assert.Equal("You said: still there?", texts[1]);
    }

    public sealed class Host : IDisposable
    {
        public DirectLineTestHost Value { get; } = new();

        public void Dispose() => Value.Dispose();
    }
}
