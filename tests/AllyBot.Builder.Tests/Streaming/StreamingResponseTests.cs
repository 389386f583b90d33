using AllyBot.Builder.Adapters;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Builder.Tests.Streaming;

/// <summary>
/// The paced stream every streaming channel shares, on a fake clock: what the person would see (the activities
/// the TestAdapter receives) and when.
/// </summary>
public sealed class StreamingResponseTests : IDisposable
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly TestAdapter _adapter = new(Channels.Test);
    private readonly TurnContext _turn;
    private readonly DateTimeOffset _start;

    public StreamingResponseTests()
    {
        _turn = new TurnContext(_adapter, _adapter.MakeActivity("draft my pitch"));
        _start = _time.GetUtcNow();
    }

    public void Dispose() => _turn.Dispose();

    private RecordingStreamingResponse Stream(TimeSpan? maxDuration = null) => new(_turn, _time, Second, maxDuration);

    private List<Activity> Sent() => [.. _adapter.ActiveQueue];

    [Fact]
    public async Task FirstUpdate_GoesOutAtOnce_InformativeWithSequenceOneAndNoStreamId()
    {
        var stream = Stream();

        stream.QueueInformativeUpdate("Drafting your pitch…");
        await stream.WaitForUpdatesAsync(1);

        var typing = Assert.Single(Sent());
        Assert.Equal((ActivityTypes.Typing, "Drafting your pitch…"), (typing.Type, typing.Text));
        var info = StreamInfo.From(typing)!;
        Assert.Equal((StreamTypes.Informative, 1, (string?)null), (info.StreamType, info.StreamSequence, info.StreamId));
        Assert.Equal(_start, stream.Updates[0].At);
    }

    [Fact]
    public async Task ChunksWithinOneSecond_GoOutTogether_NoSoonerThanASecondAfterThePreviousUpdate()
    {
        var stream = Stream();
        stream.QueueInformativeUpdate("Drafting your pitch…");
        await stream.WaitForUpdatesAsync(1);

        stream.QueueTextChunk("Dear Dr. Lee,");
        _time.Advance(TimeSpan.FromMilliseconds(400));
        stream.QueueTextChunk(" our chapter");
        _time.Advance(TimeSpan.FromMilliseconds(599));
        stream.QueueTextChunk(" would like");
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await stream.WaitForUpdatesAsync(2);

        var (update, at) = stream.Updates[1];
        Assert.Equal((StreamUpdateKind.Streaming, "Dear Dr. Lee, our chapter would like", 2), (update.Kind, update.Text, update.Sequence));
        Assert.Equal(_start + Second, at);
    }

    [Fact]
    public async Task LaterUpdates_CarryTheFirstUpdatesId_SequenceGrowsByOne_TextGrows()
    {
        var stream = Stream();
        stream.QueueInformativeUpdate("Drafting your pitch…");
        await stream.WaitForUpdatesAsync(1);
        var firstId = Sent()[0].Id;

        foreach (var (chunk, count) in new[] { ("Dear", 2), (" Dr. Lee,", 3), (" we", 4) })
        {
            stream.QueueTextChunk(chunk);
            _time.Advance(Second);
            await stream.WaitForUpdatesAsync(count);
        }

        var infos = Sent().Select(a => StreamInfo.From(a)!).ToList();
        Assert.Equal([1, 2, 3, 4], infos.Select(i => i.StreamSequence!.Value));
        Assert.All(infos.Skip(1), i => Assert.Equal(firstId, i.StreamId));
        Assert.Equal(["Drafting your pitch…", "Dear", "Dear Dr. Lee,", "Dear Dr. Lee, we"], Sent().Select(a => a.Text));
        Assert.Equal(firstId, stream.StreamId);
    }

    [Fact]
    public async Task InformativeUpdate_AfterTextStarted_IsNotShown()
    {
        var stream = Stream();
        stream.QueueTextChunk("Dear Dr. Lee,");
        await stream.WaitForUpdatesAsync(1);

        stream.QueueInformativeUpdate("Still drafting…");
        stream.QueueTextChunk(" we");
        _time.Advance(Second);
        await stream.WaitForUpdatesAsync(2);

        Assert.Equal([StreamUpdateKind.Streaming, StreamUpdateKind.Streaming], stream.Updates.Select(u => u.Update.Kind));
    }

    [Fact]
    public async Task End_WaitsOutTheInterval_DropsUnsentChunks_FinalReplacesTheStreamedText()
    {
        var stream = Stream();
        stream.QueueTextChunk("Dear Dr. Lee, as");
        await stream.WaitForUpdatesAsync(1);
        stream.QueueTextChunk(" a chapter we invent facts");

        var ending = stream.EndStreamAsync("Dear Dr. Lee, our chapter would like 20 minutes of your time.");
        Assert.False(ending.IsCompleted);
        _time.Advance(Second);
        await ending;

        var sent = Sent();
        Assert.Equal(2, sent.Count);
        var final = sent[1];
        Assert.Equal((ActivityTypes.Message, "Dear Dr. Lee, our chapter would like 20 minutes of your time."), (final.Type, final.Text));
        var info = StreamInfo.From(final)!;
        Assert.Equal((StreamTypes.Final, (int?)null, sent[0].Id), (info.StreamType, info.StreamSequence, info.StreamId));
        Assert.True(stream.IsEnded);
        Assert.Throws<InvalidOperationException>(() => stream.QueueTextChunk("more"));
    }

    [Fact]
    public async Task End_BeforeAnyUpdateWentOut_FinalIsAPlainMessage()
    {
        var stream = Stream();

        await stream.EndStreamAsync("Here's the standard draft.");

        var final = Assert.Single(Sent());
        Assert.Equal("Here's the standard draft.", final.Text);
        Assert.Null(StreamInfo.From(final));
    }

    [Fact]
    public async Task ChannelRefusesAnUpdate_NoMoreUpdates_FinalIsAPlainMessage()
    {
        var stream = Stream();
        stream.RefuseUpdate = 2;
        stream.QueueInformativeUpdate("Drafting your pitch…");
        await stream.WaitForUpdatesAsync(1);
        stream.QueueTextChunk("Dear");
        _time.Advance(Second);
        await stream.WaitForUpdatesAsync(2);

        stream.QueueTextChunk(" Dr. Lee,");
        _time.Advance(Second);
        await stream.EndStreamAsync("Dear Dr. Lee, thank you.");

        Assert.True(stream.IsCancelled);
        Assert.Single(stream.Failures);
        var sent = Sent();
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], sent.Select(a => a.Type));
        Assert.Null(StreamInfo.From(sent[1]));
        Assert.Equal("Dear Dr. Lee, thank you.", sent[1].Text);
    }

    [Fact]
    public async Task FirstAnswerWithoutAnId_StreamCannotGoOn_FinalIsAPlainMessage()
    {
        var stream = Stream();
        stream.NoIds = true;
        stream.QueueInformativeUpdate("Drafting your pitch…");
        await stream.WaitForUpdatesAsync(1);
        stream.QueueTextChunk("Dear");
        _time.Advance(Second);

        await stream.EndStreamAsync("Dear Dr. Lee,");

        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], Sent().Select(a => a.Type));
        Assert.Null(StreamInfo.From(Sent()[1]));
    }

    [Fact]
    public async Task StreamOpenLongerThanTheChannelAllows_NoMoreUpdates_FinalIsAPlainMessage()
    {
        var stream = Stream(maxDuration: TimeSpan.FromSeconds(5));
        stream.QueueTextChunk("Dear");
        await stream.WaitForUpdatesAsync(1);

        _time.Advance(TimeSpan.FromSeconds(5));
        stream.QueueTextChunk(" Dr. Lee,");
        await stream.EndStreamAsync("Dear Dr. Lee,");

        Assert.Single(stream.Updates);
        Assert.True(stream.IsCancelled);
        Assert.Null(StreamInfo.From(Sent()[^1]));
    }

    [Fact]
    public async Task NeverEnded_DisposedWithTheTurn_SendsNothingMore()
    {
        var stream = Stream();
        stream.QueueTextChunk("Dear");
        await stream.WaitForUpdatesAsync(1);
        stream.QueueTextChunk(" Dr. Lee,");

        stream.Dispose();
        _time.Advance(TimeSpan.FromSeconds(3));

        Assert.Single(Sent());
    }

    [Fact]
    public async Task EndStream_Twice_Throws()
    {
        var stream = Stream();
        await stream.EndStreamAsync("Done.");

        await Assert.ThrowsAsync<InvalidOperationException>(() => stream.EndStreamAsync("Again."));
    }
}
