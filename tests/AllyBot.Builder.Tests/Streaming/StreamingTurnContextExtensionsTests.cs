using AllyBot.Builder.Adapters;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Builder.Tests.Streaming;

/// <summary>How dialogs get the turn's stream without knowing the channel.</summary>
public sealed class StreamingTurnContextExtensionsTests : IDisposable
{
    private readonly TestAdapter _adapter = new(Channels.Test);
    private readonly TurnContext _turn;

    public StreamingTurnContextExtensionsTests() => _turn = new TurnContext(_adapter, _adapter.MakeActivity("draft my pitch"));

    public void Dispose() => _turn.Dispose();

    [Fact]
    public void NoFactoryFromTheEdge_TheBufferedStreamThatShowsTheInformativeMessage()
    {
        var stream = _turn.StreamingResponse();

        Assert.IsType<BufferedStreamingResponse>(stream);
        Assert.Same(stream, _turn.StreamingResponse());
    }

    [Fact]
    public async Task FactoryFromTheEdge_UsedForEveryStream_NewStreamAfterTheLastEnded()
    {
        var time = new FakeTimeProvider();
        var made = 0;
        _turn.UseStreamingResponses(turn => { made++; return new RecordingStreamingResponse(turn, time, TimeSpan.FromSeconds(1)); });

        var first = _turn.StreamingResponse();
        Assert.Same(first, _turn.StreamingResponse());
        await first.EndStreamAsync("First pitch.");
        var second = _turn.StreamingResponse();

        Assert.IsType<RecordingStreamingResponse>(second);
        Assert.NotSame(first, second);
        Assert.Equal(2, made);
    }

    [Fact]
    public void QueueTextSoFar_QueuesOnlyWhatIsNew_IgnoresTextThatDoesNotContinueTheStream()
    {
        var stream = new BufferedStreamingResponse(_turn);

        stream.QueueTextSoFar("Dear");
        stream.QueueTextSoFar("Dear Dr. Lee,");
        stream.QueueTextSoFar("Dear Dr. Lee,");
        stream.QueueTextSoFar("Hello");
        stream.QueueTextSoFar(null);
        stream.QueueTextSoFar("Dear Dr. Lee, we");

        Assert.Equal("Dear Dr. Lee, we", stream.Message);
    }
}
