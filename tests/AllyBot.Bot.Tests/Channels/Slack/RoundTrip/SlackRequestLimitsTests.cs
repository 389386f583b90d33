using System.Net;
using AllyBot.Bot.Tests.Channels.Slack.Support;

namespace AllyBot.Bot.Tests.Channels.Slack.RoundTrip;

public sealed class SlackRequestLimitsTests
{
    [Fact]
    public async Task Events_BodyOverTheLimit_413Problem()
    {
        await using var host = await SlackBotHost.StartAsync(settings: new Dictionary<string, string?> { ["Slack:MaxRequestBodyBytes"] = "1024" });

        using var response = await host.PostEventAsync(SlackPayloads.DirectMessage("EvBig", new string('x', 2000), ts: "1800000000.000100"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await Task.Delay(200);
        Assert.Empty(host.Slack.Calls);
    }
}
