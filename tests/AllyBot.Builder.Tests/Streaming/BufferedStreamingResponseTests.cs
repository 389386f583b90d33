using AllyBot.Builder.Adapters;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;

namespace AllyBot.Builder.Tests.Streaming;

/// <summary>Channels that cannot show a reply while it is written: the informative update as a message (or nothing), then the final message.</summary>
public sealed class BufferedStreamingResponseTests : IDisposable
{
    private readonly TestAdapter _adapter = new(Channels.Test);
    private readonly TurnContext _turn;

    public BufferedStreamingResponseTests() => _turn = new TurnContext(_adapter, _adapter.MakeActivity("draft my pitch"));

    public void Dispose() => _turn.Dispose();

    [Fact]
    public async Task Default_InformativeAsAMessage_ChunksHeldBack_ThenTheFinalMessage()
    {
        var stream = new BufferedStreamingResponse(_turn);

        stream.QueueInformativeUpdate("Drafting your pitch…");
        stream.QueueInformativeUpdate("Checking the draft…");
        stream.QueueTextChunk("Dear Dr. Lee,");
        stream.QueueTextChunk(" we");
        await stream.EndStreamAsync("Dear Dr. Lee, we would like 20 minutes.");

        Assert.Equal(["Drafting your pitch…", "Dear Dr. Lee, we would like 20 minutes."], _adapter.ActiveQueue.Select(a => a.Text));
        Assert.All(_adapter.ActiveQueue, a => Assert.Equal(ActivityTypes.Message, a.Type));
        Assert.Equal("Dear Dr. Lee, we", stream.Message);
        Assert.False(stream.IsStreamingChannel);
    }

    [Fact]
    public async Task WithoutInformativeMessages_OnlyTheFinalMessage()
    {
        var stream = new BufferedStreamingResponse(_turn, informativeAsMessage: false);

        stream.QueueInformativeUpdate("Drafting your pitch…");
        stream.QueueTextChunk("Dear");
        await stream.EndStreamAsync(MessageFactory.Text("Dear Dr. Lee,"));

        Assert.Equal("Dear Dr. Lee,", Assert.Single(_adapter.ActiveQueue).Text);
    }

    [Fact]
    public async Task AfterTheEnd_QueueingThrows()
    {
        var stream = new BufferedStreamingResponse(_turn);
        await stream.EndStreamAsync("Done.");

        Assert.True(stream.IsEnded);
        Assert.Throws<InvalidOperationException>(() => stream.QueueTextChunk("more"));
        Assert.Throws<InvalidOperationException>(() => stream.QueueInformativeUpdate("more"));
    }
}
