using System.Text.Json;
using AllyBot.Content.Loading;
using AllyBot.Content.Model;
using AllyBot.EndToEnd.Tests.Infrastructure;
using AllyBot.FakeOpenAI;

namespace AllyBot.EndToEnd.Tests.DirectLine;

/// <summary>
/// The real host with the fake Azure OpenAI server configured: Microsoft's Direct Line client (botframework-directlinejs
/// in Node, over the WebSocket) walks the coaching journey to the first pitch and sees Web Chat's livestream of the
/// polished pitch — the informative "Drafting your pitch…" typing activity, typing activities with the long version
/// growing under the first one's id, then the checked long version as the final message.
/// </summary>
[Collection(DirectLineGenerativeCollection.Name)]
public sealed class DirectLineGenerativeTests(GenerativeBotFixture bot)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(150);
    private static readonly ContentLibrary Library = ContentLoader.Load();

    [Fact]
    public async Task WebSocket_PolishedPitch_InformativeThenTheLongVersionGrowingThenTheCheckedFinal()
    {
        var answers = GenerativeBotFixture.ToFirstPitch();
        var say = answers.Take(answers.Count - 1).Cast<object>().Append(new { text = answers[^1], until = "final" });
        var run = await NodeScript.RunAsync(
            "directline/livestream.mjs",
            ["--base", bot.Origin, "--mode", "websocket", "--greeting-pattern", CoachingJourney.Welcome, "--say", JsonSerializer.Serialize(say)],
            Limit);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var result = JsonDocument.Parse(run.LastLine("RESULT")!);
        var pitchTurn = result.RootElement.GetProperty("replies").EnumerateArray().Last().GetProperty("activities").EnumerateArray().Select(DirectLineStreamingTests.Read).ToList();
        var streamed = pitchTurn.Where(s => s.StreamType is not null).ToList();
        var informative = streamed[0];
        Assert.Equal(("typing", Library.Text(StreamingIds.Step, StreamingIds.DraftingPitchText), "informative", (int?)1), (informative.Type, informative.Text, informative.StreamType, informative.StreamSequence));
        var growing = streamed.Skip(1).TakeWhile(s => s.StreamType == "streaming").ToList();
        Assert.NotEmpty(growing);
        Assert.All(growing, s => Assert.Equal(("typing", informative.Id), (s.Type, s.StreamId)));
        Assert.Equal(Enumerable.Range(2, growing.Count), growing.Select(s => s.StreamSequence!.Value));
        var final = streamed[^1];
        Assert.Equal(("message", "final", informative.Id, (int?)null), (final.Type, final.StreamType, final.StreamId, final.StreamSequence));
        var sent = bot.Model.Requests.Last();
        Assert.Contains(PitchJson.AddedSentence(sent.Data), final.Text);
        Assert.StartsWith(growing[^1].Text!, final.Text);
    }

}

/// <summary>The generative Direct Line suite's host, with its own fake model.</summary>
[CollectionDefinition(Name)]
public sealed class DirectLineGenerativeCollection : ICollectionFixture<GenerativeBotFixture>
{
    public const string Name = "Generative streaming (botframework-directlinejs in Node, fake Azure OpenAI)";
}
