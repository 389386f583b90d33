using AllyBot.Bot.Channels.Slack;
using AllyBot.Bot.Channels.Slack.BlockKit;
using AllyBot.Bot.Channels.Slack.WebApi;
using AllyBot.Bot.Tests.Channels.Slack.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moq;

namespace AllyBot.Bot.Tests.Channels.Slack.WebApi;

public sealed class SlackWebApiClientTests : IAsyncLifetime
{
    private FakeSlackWebApi _slack = null!;
    private readonly RecordingLogger<SlackWebApiClient> _logger = new();

    public async Task InitializeAsync() => _slack = await FakeSlackWebApi.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private SlackWebApiClient Client(Action<SlackOptions>? configure = null)
    {
        var options = new SlackOptions { BotToken = "xoxb-1", ApiBaseUrl = new Uri(_slack.BaseUrl.AbsoluteUri.TrimEnd('/')) };
        configure?.Invoke(options);
        var monitor = Mock.Of<IOptionsMonitor<SlackOptions>>(m => m.CurrentValue == options);
        return new SlackWebApiClient(new HttpClient(), monitor, TimeProvider.System, _logger);
    }

    [Fact]
    public async Task PostMessage_SendsJsonWithBearerTokenAndBlocks()
    {
        var result = await Client().PostMessageAsync(new SlackPostMessage("C1", "hi", [new SectionBlock(SlackText.Mrkdwn("*hi*"))], "1.0"));

        Assert.True(result.Ok);
        Assert.Equal("C1", result.Channel);
        var call = Assert.Single(_slack.Calls);
        Assert.Equal(("chat.postMessage", "Bearer xoxb-1"), (call.Method, call.Authorization));
        Assert.Equal(("C1", "1.0", "hi"), (call.Channel, call.ThreadTs, call.Text));
        Assert.Equal("*hi*", call.Blocks[0].GetProperty("text").GetProperty("text").GetString());
    }

    [Fact]
    public async Task PostMessage_RateLimited_WaitsRetryAfterThenSucceeds()
    {
        _slack.Script("chat.postMessage", 429, new { ok = false, error = "ratelimited" }, retryAfterSeconds: "1");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await Client().PostMessageAsync(new SlackPostMessage("C1", "hi"));

        Assert.True(result.Ok);
        Assert.Equal(2, _slack.Posts.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed}");
    }

    [Fact]
    public async Task PostMessage_StillRateLimitedAfterRetries_ThrowsRatelimited()
    {
        for (var i = 0; i < 3; i++)
            _slack.Script("chat.postMessage", 429, new { ok = false }, retryAfterSeconds: "0");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client(o => o.MaxRateLimitRetries = 2).PostMessageAsync(new SlackPostMessage("C1", "hi")));

        Assert.Equal("ratelimited", error.Error);
        Assert.Equal(3, _slack.Posts.Count);
    }

    [Fact]
    public async Task PostMessage_RetryAfterLongerThanAllowed_FailsWithoutWaiting()
    {
        _slack.Script("chat.postMessage", 429, new { ok = false }, retryAfterSeconds: "120");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client().PostMessageAsync(new SlackPostMessage("C1", "hi")));

        Assert.Equal(429, error.StatusCode);
        Assert.Single(_slack.Posts);
    }

    [Fact]
    public async Task PostMessage_OkFalse_LogsTheErrorCodeAndThrows()
    {
        _slack.Script("chat.postMessage", 200, new { ok = false, error = "channel_not_found" });

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client().PostMessageAsync(new SlackPostMessage("C404", "secret plan text")));

        Assert.Equal("channel_not_found", error.Error);
        var warning = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("channel_not_found", warning.Message);
        Assert.DoesNotContain(_logger.Entries, e => e.Message.Contains("secret plan text"));
    }

    [Fact]
    public async Task PostMessage_HttpError_Throws()
    {
        _slack.Script("chat.postMessage", 500, new { });

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client().PostMessageAsync(new SlackPostMessage("C1", "hi")));

        Assert.Equal("http_500", error.Error);
    }

    [Fact]
    public async Task AnyCall_NoBotToken_ThrowsNotConfigured()
    {
        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client(o => o.BotToken = null).AuthTestAsync());

        Assert.StartsWith("not_configured", error.Error);
        Assert.Empty(_slack.Calls);
    }

    [Fact]
    public async Task AuthTest_And_OpenConversation_ReadSnakeCaseAnswers()
    {
        var client = Client();

        Assert.Equal(FakeSlackWebApi.BotUserId, (await client.AuthTestAsync()).UserId);
        Assert.Equal("DU3", (await client.OpenConversationAsync("U3")).Channel?.Id);
    }
}
