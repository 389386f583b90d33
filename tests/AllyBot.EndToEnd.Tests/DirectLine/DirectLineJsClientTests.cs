using System.Text.Json;
using AllyBot.EndToEnd.Tests.Infrastructure;

namespace AllyBot.EndToEnd.Tests.DirectLine;

/// <summary>
/// Microsoft's own Direct Line client, botframework-directlinejs 0.15.8, in Node (tests/js/directline), against
/// the real bot: the welcome arrives before the user speaks, each message is echoed and answered — by polling
/// and by WebSocket — and a token for one conversation cannot read another.
/// </summary>
[Collection(DirectLineCollection.Name)]
public sealed class DirectLineJsClientTests(BotHostFixture bot)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Polling_Journey_WelcomeThenEveryMessageEchoedAndAnswered()
    {
        var result = await ConverseAsync("polling");

        AssertJourney(result);
        Assert.Equal(0, result.GetProperty("counters").GetProperty("socketsOpened").GetInt32());
        Assert.True(result.GetProperty("counters").GetProperty("activityPolls").GetInt32() > 0);
    }

    [Fact]
    public async Task WebSocket_Journey_WelcomeThenEveryMessageEchoedAndAnswered()
    {
        var result = await ConverseAsync("websocket");

        AssertJourney(result);
        Assert.Equal(1, result.GetProperty("counters").GetProperty("socketsOpened").GetInt32());
        Assert.True(result.GetProperty("counters").GetProperty("framesReceived").GetInt32() > 0);
        Assert.Equal(0, result.GetProperty("counters").GetProperty("activityPolls").GetInt32());
    }

    [Fact]
    public async Task TokenOfOneConversation_PointedAtAnother_IsRefused403()
    {
        var run = await NodeScript.RunAsync("directline/cross-conversation.mjs", ["--base", bot.Origin], Limit);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var result = JsonDocument.Parse(run.LastLine("RESULT")!);
        Assert.Equal(403, result.RootElement.GetProperty("rawStatus").GetInt32());
        Assert.Equal("FailedToConnect", result.RootElement.GetProperty("intruderStatus").GetString());
        Assert.Equal(0, result.RootElement.GetProperty("intruderSaw").GetInt32());
        Assert.Contains("GET /v3/directline/conversations/{id} 403", result.RootElement.GetProperty("counters").GetProperty("httpStatuses").EnumerateArray().Select(s => s.GetString()));
    }

    private async Task<JsonElement> ConverseAsync(string mode)
    {
        var steps = JsonSerializer.Serialize(CoachingJourney.Steps.Select(s => new { say = s.Say, expect = s.Expect }));
        var run = await NodeScript.RunAsync(
            "directline/converse.mjs",
            ["--base", bot.Origin, "--mode", mode, "--welcome", CoachingJourney.Welcome, "--steps", steps],
            Limit);

        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.LastLine("RESULT")!).RootElement.Clone();
    }

    private static void AssertJourney(JsonElement result)
    {
        Assert.Matches(CoachingJourney.Welcome, result.GetProperty("welcome").GetString());
        Assert.True(result.GetProperty("welcomeBeforeUserSpoke").GetBoolean());
        var replies = result.GetProperty("replies").EnumerateArray().ToList();
        Assert.Equal(CoachingJourney.Steps.Count, replies.Count);
        foreach (var (step, reply) in CoachingJourney.Steps.Zip(replies))
        {
            Assert.Equal(step.Say, reply.GetProperty("said").GetString());
            Assert.Matches($"(?i){step.Expect}", reply.GetProperty("reply").GetString());
            Assert.StartsWith("dl_", reply.GetProperty("echoFromId").GetString(), StringComparison.Ordinal);
            Assert.StartsWith(result.GetProperty("conversationId").GetString() + "|", reply.GetProperty("echoId").GetString(), StringComparison.Ordinal);
        }
    }
}
