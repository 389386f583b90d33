using System.Text.Json.Nodes;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// A streamed reply over our Direct Line, in the livestreaming form Web Chat 4.17+ understands
/// (docs/protocols.md §8): interim updates are <c>typing</c> activities with <c>channelData</c>
/// <c>{streamType: "informative"|"streaming", streamSequence: n}</c> plus, from the second on, <c>streamId</c> (the
/// id the first one got), at most one a second; the final message carries <c>channelData</c>
/// <c>{streamId, streamType: "final"}</c>. Typing travels only over WebSockets, so a polling client sees just the
/// final message.
/// </summary>
public sealed class DirectLineStreamingResponse(ITurnContext turnContext, TimeProvider timeProvider)
    : StreamingResponse(turnContext, timeProvider, UpdateInterval)
{
    public static readonly TimeSpan UpdateInterval = TimeSpan.FromSeconds(1);

    protected override Task<ResourceResponse?> SendUpdateAsync(StreamUpdate update, CancellationToken cancellationToken)
    {
        var typing = new Activity { Type = ActivityTypes.Typing, Text = update.Text };
        typing.ChannelData = WithStream(typing.ChannelData, update.StreamId, StreamTypes.Of(update.Kind), update.Sequence);
        return TurnContext.SendActivityAsync(typing, cancellationToken);
    }

    protected override Task<ResourceResponse?> SendFinalAsync(Activity finalActivity, string streamId, CancellationToken cancellationToken)
    {
        finalActivity.ChannelData = WithStream(finalActivity.ChannelData, streamId, StreamTypes.Final, sequence: null);
        return TurnContext.SendActivityAsync(finalActivity, cancellationToken);
    }

    /// <summary>The activity's channel data (kept) with the stream fields set.</summary>
    private static JsonObject WithStream(object? channelData, string? streamId, string streamType, int? sequence)
    {
        var data = BuilderJson.Convert<JsonNode>(channelData) as JsonObject ?? [];
        data.Remove("streamId");
        data.Remove("streamSequence");
        if (streamId is not null)
            data["streamId"] = streamId;
        data["streamType"] = streamType;
        if (sequence is not null)
            data["streamSequence"] = sequence;
        return data;
    }
}
