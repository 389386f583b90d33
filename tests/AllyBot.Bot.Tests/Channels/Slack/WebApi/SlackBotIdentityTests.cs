using AllyBot.Bot.Channels.Slack;
using AllyBot.Bot.Channels.Slack.WebApi;
using AllyBot.Bot.Tests.Channels.Slack.Support;
using Microsoft.Extensions.Options;
using Moq;

namespace AllyBot.Bot.Tests.Channels.Slack.WebApi;

public sealed class SlackBotIdentityTests : IAsyncLifetime
{
    private readonly FixedTimeProvider _clock = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
    private FakeSlackWebApi _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackWebApi.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private SlackBotIdentity Create(string? configuredId = null)
    {
        var options = new SlackOptions { BotToken = "xoxb-1", ApiBaseUrl = _slack.BaseUrl, BotUserId = configuredId };
        var monitor = Mock.Of<IOptionsMonitor<SlackOptions>>(m => m.CurrentValue == options);
        var client = new SlackWebApiClient(new HttpClient(), monitor, _clock, new RecordingLogger<SlackWebApiClient>());
        return new SlackBotIdentity(monitor, client, _clock, new RecordingLogger<SlackBotIdentity>());
    }

    [Fact]
    public async Task Get_Configured_NoLookup()
    {
        Assert.Equal("UCONF", await Create("UCONF").GetAsync(CancellationToken.None));
        Assert.Empty(_slack.Calls);
    }

    [Fact]
    public async Task Get_LearnedFromAnEvent_NoLookup()
    {
        var identity = Create();
        identity.Learn("UEVENT");

        Assert.Equal("UEVENT", await identity.GetAsync(CancellationToken.None));
        Assert.Empty(_slack.Calls);
    }

    [Fact]
    public async Task Get_Unknown_AsksAuthTestOnce()
    {
        var identity = Create();

        Assert.Equal(FakeSlackWebApi.BotUserId, await identity.GetAsync(CancellationToken.None));
        Assert.Equal(FakeSlackWebApi.BotUserId, await identity.GetAsync(CancellationToken.None));
        Assert.Single(_slack.Calls, c => c.Method == "auth.test");
    }

    [Fact]
    public async Task Get_AuthTestFails_NullThenRetriedAfterAMinute()
    {
        _slack.Script("auth.test", 200, new { ok = false, error = "invalid_auth" });
        var identity = Create();

        Assert.Null(await identity.GetAsync(CancellationToken.None));
        Assert.Null(await identity.GetAsync(CancellationToken.None));   // not asked again at once
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(FakeSlackWebApi.BotUserId, await identity.GetAsync(CancellationToken.None));
        Assert.Equal(2, _slack.Calls.Count(c => c.Method == "auth.test"));
    }
}
