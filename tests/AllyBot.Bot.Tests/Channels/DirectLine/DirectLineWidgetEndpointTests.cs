using System.Net;

namespace AllyBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineWidgetEndpointTests : IDisposable
{
    private readonly DirectLineTestHost host = new(new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = "https://chapter.example.org" });

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task WidgetToken_SameOrigin_GivesATokenForANewConversationThatStarts()
    {
        var (response, body) = await host.SendAsync(HttpMethod.Get, "/api/directline/token", bearer: null);
        var token = body.GetProperty("token").GetString();
        var (started, startBody) = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(body.GetProperty("conversationId").GetString(), startBody.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task WidgetToken_TwoCalls_GiveTwoConversations()
    {
        var (_, first) = await host.SendAsync(HttpMethod.Get, "/api/directline/token", bearer: null);
        var (_, second) = await host.SendAsync(HttpMethod.Get, "/api/directline/token", bearer: null);

        Assert.NotEqual(first.GetProperty("conversationId").GetString(), second.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task WidgetToken_AllowedOrigin_IsServedWithCorsHeaders()
    {
        using var request = host.Request(HttpMethod.Get, "/api/directline/token", bearer: null);
        request.Headers.Add("Origin", "https://chapter.example.org");

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://chapter.example.org", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        // A page on another origin of the bot's site sends the visitor cookie with credentials: 'include'.
        Assert.Equal("true", response.Headers.GetValues("Access-Control-Allow-Credentials").Single());
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://localhost:8080")] // the localhost default is replaced once origins are configured
    public async Task WidgetToken_OtherOrigin_Is403(string origin)
    {
        using var request = host.Request(HttpMethod.Get, "/api/directline/token", bearer: null);
        request.Headers.Add("Origin", origin);

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_AllowedOrigin_AllowsTheHeadersDirectLineJsSends()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", "https://chapter.example.org");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,x-ms-bot-agent,content-type");

        using var response = await host.Http.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("https://chapter.example.org", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", allowed, StringComparison.Ordinal);
        Assert.Contains("x-ms-bot-agent", allowed, StringComparison.Ordinal);
        Assert.Contains("content-type", allowed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Root_IsTheChapterSiteWithTheWidget()
    {
        using var response = await host.Http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("AllyBot", html, StringComparison.Ordinal);
        Assert.Contains("js/chat-widget.js", html, StringComparison.Ordinal);
        Assert.Contains("id=\"webchat\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_WidgetScript_PointsWebChatAtThisBot()
    {
        var script = await host.Http.GetStringAsync("/js/chat-widget.js");

        Assert.Contains("/api/directline/token", script, StringComparison.Ordinal);
        Assert.Contains("location.origin + '/v3/directline'", script, StringComparison.Ordinal);
        Assert.Contains("renderWebChat", script, StringComparison.Ordinal);
    }
}
