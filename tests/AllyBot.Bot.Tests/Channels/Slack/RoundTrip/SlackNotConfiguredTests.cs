using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AllyBot.Bot.Tests.Channels.Slack.Support;

namespace AllyBot.Bot.Tests.Channels.Slack.RoundTrip;

public sealed class SlackNotConfiguredTests
{
    [Theory]
    [InlineData("/api/slack/events")]
    [InlineData("/api/slack/interactions")]
    [InlineData("/api/slack/commands")]
    public async Task Endpoints_NoSigningSecret_503ProblemAndNothingAccepted(string path)
    {
        await using var host = await SlackBotHost.StartAsync(signingSecret: null);

        using var response = await host.PostSignedAsync(path, SlackPayloads.UrlVerification("c"), "application/json");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Slack:SigningSecret", problem.GetProperty("detail").GetString());
        Assert.Empty(host.Slack.Calls);
    }
}
