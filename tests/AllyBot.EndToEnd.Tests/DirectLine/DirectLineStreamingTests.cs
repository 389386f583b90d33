using System.Text.Json;
using AllyBot.EndToEnd.Tests.Infrastructure;

namespace AllyBot.EndToEnd.Tests.DirectLine;

/// <summary>
/// Streamed replies through Microsoft's Direct Line client, botframework-directlinejs 0.15.8 in Node, against the
/// real host: over the WebSocket the client sees Web Chat's livestream (the informative typing activity, typing
/// activities with growing text and sequence numbers under the first one's id, then the final message); by
/// polling it sees the final message only.
/// </summary>
[Collection(DirectLineStreamingCollection.Name)]
public sealed class DirectLineStreamingTests(StreamingBotFixture bot)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    internal sealed record Seen(string? Id, string Type, string? Text, string? StreamType, int? StreamSequence, string? StreamId);

    [Fact]
    public async Task WebSocket_StreamedPitch_InformativeThenGrowingTextThenTheFinalMessage_OneStream()
    {
        var seen = Assert.Single(await RepliesAsync("websocket", "stream"));

        var first = seen[0];
        Assert.Equal(
            [
                ("typing", bot.Drafting, "informative", (int?)1, (string?)null),
                ("typing", StreamingBotFixture.FirstChunk, "streaming", 2, first.Id),
                ("typing", StreamingBotFixture.Pitch, "streaming", 3, first.Id),
                ("message", StreamingBotFixture.Pitch, "final", null, first.Id),
            ],
            seen.Select(s => (s.Type, s.Text, s.StreamType, s.StreamSequence, s.StreamId)));
        Assert.False(string.IsNullOrEmpty(first.Id));
    }

    [Fact]
    public async Task WebSocket_FinalReplacesTheDraft_TheFinalMessageShowsTheReplacement()
    {
        var seen = Assert.Single(await RepliesAsync("websocket", "replace"));

        Assert.Equal(("typing", StreamingBotFixture.Draft, "streaming"), (seen[^2].Type, seen[^2].Text, seen[^2].StreamType));
        Assert.Equal(("message", StreamingBotFixture.Replacement, "final", seen[0].Id), (seen[^1].Type, seen[^1].Text, seen[^1].StreamType, seen[^1].StreamId));
    }

    [Fact]
    public async Task Polling_StreamedPitch_OnlyTheFinalMessage()
    {
        var seen = Assert.Single(await RepliesAsync("polling", "stream"));

        var only = Assert.Single(seen);
        Assert.Equal(("message", StreamingBotFixture.Pitch), (only.Type, only.Text));
    }

    private async Task<List<List<Seen>>> RepliesAsync(string mode, params string[] say)
    {
        var run = await NodeScript.RunAsync(
            "directline/livestream.mjs",
            ["--base", bot.Origin, "--mode", mode, "--greeting", StreamingBotFixture.Greeting, "--say", JsonSerializer.Serialize(say)],
            Limit);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var result = JsonDocument.Parse(run.LastLine("RESULT")!);
        return result.RootElement.GetProperty("replies").EnumerateArray()
            .Select(r => r.GetProperty("activities").EnumerateArray().Select(Read).ToList())
            .ToList();
    }

    /// <summary>One activity as livestream.mjs records it.</summary>
    internal static Seen Read(JsonElement a) => new(
        String(a, "id"), String(a, "type")!, String(a, "text"), String(a, "streamType"),
        a.TryGetProperty("streamSequence", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : null,
        String(a, "streamId"));

    private static string? String(JsonElement a, string name) =>
        a.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
