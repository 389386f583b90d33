using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using AllyBot.Bot.Channels.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Bot.Tests.Limits;

/// <summary>What one anonymous client can make the Direct Line edge do: create conversations at a bounded rate, post bounded activities, hold a bounded number of sockets.</summary>
public sealed class DirectLineAbuseLimitsTests
{
    [Fact]
    public async Task Creation_OverTheBurst_429WithRetryAfterAndProblemDetails_SecretNotLimited()
    {
        await using var host = await EdgeHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:CreationBurstPerClient"] = "3",
            ["DirectLine:CreationsPerMinutePerClient"] = "1",
        });
        var tokens = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await host.Http.GetAsync("/api/directline/token");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            tokens.Add(JsonDocument.Parse(await allowed.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!);
        }

        using var widget = await host.Http.GetAsync("/api/directline/token");
        using var start = await host.PostDirectLineAsync("/v3/directline/conversations", null, bearer: tokens[0]);
        var secretCalls = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => host.PostDirectLineAsync("/v3/directline/tokens/generate", null)));

        foreach (var limited in new[] { widget, start })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
            Assert.InRange(limited.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
            using var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync());
            Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        }
        Assert.All(secretCalls, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.True(await host.IsHealthyAsync());
    }

    [Theory]
    [InlineData("""{"type":"message","text":"%TEXT%"}""", 8_001, "text")]
    [InlineData("""{"type":"message","text":"hi","channelData":{"clientActivityID":"%TEXT%"}}""", 5_000, "channelData")]
    public async Task Post_TextOrChannelDataOverItsLimit_413AndNothingIsEchoed(string template, int length, string part)
    {
        await using var host = await EdgeHost.StartAsync();
        var (conversationId, token) = await host.StartDirectLineConversationAsync();
        var body = Encoding.UTF8.GetBytes(template.Replace("%TEXT%", new string('x', length)));

        using var response = await host.PostDirectLineAsync($"/v3/directline/conversations/{conversationId}/activities", body, bearer: token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(part, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var feed = await host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        });
        var activities = JsonDocument.Parse(await feed.Content.ReadAsStringAsync()).RootElement.GetProperty("activities");
        Assert.DoesNotContain(activities.EnumerateArray(), a => a.GetProperty("from").GetProperty("role").GetString() == "user");
    }

    [Fact]
    public async Task Attack_ManyPostsOfTheLargestAllowedSize_FeedsStayWithinTheirBudgets()
    {
        const int perConversation = 256 * 1024, total = 768 * 1024;
        await using var host = await EdgeHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:MaxFeedBytesPerConversation"] = perConversation.ToString(),
            ["DirectLine:MaxTotalFeedBytes"] = total.ToString(),
        });
        var store = (InMemoryDirectLineConversationStore)host.Services.GetRequiredService<IDirectLineConversationStore>();
        var conversations = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.StartDirectLineConversationAsync()));
        var largest = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { type = "message", text = new string('x', 8_000) }));

        // The attack: 250 KB posts are refused outright.
        using var huge = await host.PostDirectLineAsync($"/v3/directline/conversations/{conversations[0].Id}/activities",
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { type = "message", text = new string('x', 250_000) })), bearer: conversations[0].Token);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);

        // The largest posts allowed, 60 per conversation: the feeds keep their newest activities within budget, and
        // once all four together pass the total the least recently used conversation is forgotten (its posts then get 404).
        var statuses = await Task.WhenAll(conversations.Select(async c =>
        {
            var seen = new List<HttpStatusCode>();
            for (var i = 0; i < 60; i++)
            {
                using var response = await host.PostDirectLineAsync($"/v3/directline/conversations/{c.Id}/activities", largest, bearer: c.Token);
                seen.Add(response.StatusCode);
            }
            return seen;
        }));

        Assert.All(statuses.SelectMany(s => s), status => Assert.True(status is HttpStatusCode.OK or HttpStatusCode.NotFound, status.ToString()));
        Assert.InRange(store.TotalFeedBytes, 1, total);
        Assert.Empty(host.ServerErrors());
    }

    [Fact]
    public async Task Stream_MoreSocketsThanTheCap_Refused429_AndAPlaceFreesWhenOneCloses()
    {
        await using var host = await EdgeHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxSocketsPerConversation"] = "2" });
        var (conversationId, _) = await host.StartDirectLineConversationAsync();
        using var first = await ConnectAsync(host, conversationId);
        using var second = await ConnectAsync(host, conversationId);

        using var third = new ClientWebSocket();
        third.Options.CollectHttpResponseDetails = true;
        var url = await StreamUrlAsync(host, conversationId);
        await Assert.ThrowsAsync<WebSocketException>(() => third.ConnectAsync(url, CancellationToken.None));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.HttpStatusCode);

        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        using var again = await ConnectWhenAPlaceIsFreeAsync(host, conversationId);
        Assert.Equal(WebSocketState.Open, again.State);
        Assert.Equal(WebSocketState.Open, second.State);
    }

    private static async Task<ClientWebSocket> ConnectAsync(EdgeHost host, string conversationId)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(await StreamUrlAsync(host, conversationId), CancellationToken.None);
        return socket;
    }

    /// <summary>The server gives the place back just after its close handshake: try until it has (bounded).</summary>
    private static async Task<ClientWebSocket> ConnectWhenAPlaceIsFreeAsync(EdgeHost host, string conversationId)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var socket = new ClientWebSocket();
            try
            {
                await socket.ConnectAsync(await StreamUrlAsync(host, conversationId), deadline.Token);
                return socket;
            }
            catch (WebSocketException) when (!deadline.IsCancellationRequested)
            {
                socket.Dispose();
                await Task.Yield();
            }
        }
    }

    /// <summary>A fresh stream URL (valid for a minute), from reconnecting with the secret.</summary>
    private static async Task<Uri> StreamUrlAsync(EdgeHost host, string conversationId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", EdgeHost.DirectLineSecret) },
        };
        using var response = await host.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new Uri(json.RootElement.GetProperty("streamUrl").GetString()!);
    }
}
