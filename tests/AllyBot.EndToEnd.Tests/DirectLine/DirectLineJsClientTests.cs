using System.Text.Json;
using AllyBot.EndToEnd.Tests.Infrastructure;

namespace AllyBot.EndToEnd.Tests.DirectLine;

/// <summary>
/// Microsoft's own Direct Line client, botframework-directlinejs 0.15.8, in Node (tests/js/directline), against
/// the real bot: the welcome arrives before the user speaks, each message of a short coaching journey is echoed
/// and answered — by polling and by WebSocket —, the plan comes as an Adaptive Card and as the
/// <c>allybot.plan</c> event with what the user typed, and a token for one conversation cannot read another.
/// </summary>
[Collection(DirectLineCollection.Name)]
public sealed class DirectLineJsClientTests(BotHostFixture bot)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    /// <summary>The event activity each plan summary is also sent as, on channels other than msteams and slack.</summary>
    private const string PlanEventName = "allybot.plan";

    [Fact]
    public async Task Polling_ShortJourney_WelcomeThenEveryMessageEchoedAndAnsweredThenThePlanCardAndEvent()
    {
        var result = await ConverseAsync("polling");

        AssertJourney(result);
        Assert.Equal(0, result.GetProperty("counters").GetProperty("socketsOpened").GetInt32());
        Assert.True(result.GetProperty("counters").GetProperty("activityPolls").GetInt32() > 0);
    }

    [Fact]
    public async Task WebSocket_ShortJourney_WelcomeThenEveryMessageEchoedAndAnsweredThenThePlanCardAndEvent()
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
            ["--base", bot.Origin, "--mode", mode, "--welcome", CoachingJourney.Welcome, "--steps", steps, "--event", PlanEventName],
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

        // The answer to "plan" is the plan as an Adaptive Card with the goal the user typed ...
        var card = Assert.Single(replies[^1].GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("contentType").GetString());
        Assert.Equal("AdaptiveCard", card.GetProperty("content").GetProperty("type").GetString());
        Assert.Contains(card.GetProperty("content").GetProperty("body").EnumerateArray(), b => b.TryGetProperty("text", out var text) && text.GetString() == CoachingJourney.Goal);

        // ... and, after it, as the plan event, whose value is the plan with what the user typed and clicked.
        var planEvent = result.GetProperty("event");
        Assert.Equal(JsonValueKind.Object, planEvent.ValueKind);
        Assert.Equal(PlanEventName, planEvent.GetProperty("name").GetString());
        Assert.Equal("bot", planEvent.GetProperty("fromRole").GetString());
        var goal = planEvent.GetProperty("value").GetProperty("goal");
        Assert.Equal(CoachingJourney.Goal, goal.GetProperty("statement").GetString());
        Assert.Equal(CoachingJourney.Issue, goal.GetProperty("issue").GetString());
    }
}
