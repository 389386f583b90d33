using System.Net;
using System.Text.Json;

namespace AllyBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineTokenEndpointTests : IDisposable
{
    private readonly DirectLineTestHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Generate_WithSecret_ReturnsATokenForANewConversation()
    {
        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("conversationId").GetString()));
        Assert.Equal(3, body.GetProperty("token").GetString()!.Split('.').Length);
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task Generate_WithUser_EmbedsThatUser()
    {
        var (_, generated) = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret, new { user = new { id = "dl_member42", name = "Ana" } });
        var (_, started) = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", generated.GetProperty("token").GetString());
        var conversation = new StartedConversation(started.GetProperty("conversationId").GetString()!, started.GetProperty("token").GetString()!, "");

        var feed = await host.GetActivitiesAsync(conversation);

        Assert.Contains("user=dl_member42", feed.GetProperty("activities")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_UserIdWithoutDlPrefix_Is400()
    {
        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret, new { user = new { id = "member42" } });

        AssertProblem(response, body, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Generate_WithAToken_Is403()
    {
        var conversation = await host.StartConversationAsync();

        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", conversation.Token);

        AssertProblem(response, body, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Generate_WithoutAuthorization_Is401()
    {
        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", bearer: null);

        AssertProblem(response, body, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Generate_WrongSecret_Is403()
    {
        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "not-the-secret");

        AssertProblem(response, body, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Refresh_BeforeExpiry_GivesATokenValidForAnotherFullLifetime()
    {
        var conversation = await host.StartConversationAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(1500));

        var (response, refreshed) = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);
        var newToken = refreshed.GetProperty("token").GetString()!;
        host.Clock.Advance(TimeSpan.FromSeconds(1500));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(conversation.Id, refreshed.GetProperty("conversationId").GetString());
        Assert.Equal(1800, refreshed.GetProperty("expires_in").GetInt32());
        var (oldResponse, _) = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token);
        var (newResponse, _) = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities", newToken);
        Assert.Equal(HttpStatusCode.Forbidden, oldResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newResponse.StatusCode);
    }

    [Fact]
    public async Task Refresh_ExpiredToken_Is403()
    {
        var conversation = await host.StartConversationAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(1801));

        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);

        AssertProblem(response, body, HttpStatusCode.Forbidden);
        Assert.Contains("expired", body.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Refresh_WithTheSecret_Is403()
    {
        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", DirectLineTestHost.Secret);

        AssertProblem(response, body, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ExpiredToken_EveryConversationCall_Is403()
    {
        var conversation = await host.StartConversationAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(1800));

        var (get, _) = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token);
        var (post, _) = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token, new { type = "message", text = "hi" });
        var (reconnect, _) = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}", conversation.Token);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
    }

    internal static void AssertProblem(HttpResponseMessage response, JsonElement body, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("detail").GetString()));
    }
}
