namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// A Direct Line conversation: who the user is and which channel id its activities carry when the client
/// does not stamp one (<c>webchat</c> when Web Chat started it, else <c>directline</c>).
/// </summary>
public sealed record DirectLineConversation(string Id, string UserId, string? UserName, string ChannelId, string? Locale);

/// <summary>One activity of the feed (serialized JSON) and the watermark it was stored under.</summary>
public sealed record DirectLineFeedEntry(long Watermark, string Activity);

/// <summary>One page of the feed: activities after a watermark, and the watermark to ask from next.</summary>
public sealed record DirectLineActivityPage(IReadOnlyList<DirectLineFeedEntry> Activities, long Watermark);

/// <summary>
/// What a live stream is told, in order: the feed grew to <see cref="Watermark"/> (read it from the store), or
/// a transient activity (typing, never stored) published when the feed stood at <see cref="Watermark"/>.
/// Carrying the watermark lets a stream keep typing and messages in the order they happened.
/// </summary>
public readonly record struct DirectLineFeedSignal(long Watermark, string? TransientActivity)
{
    public static DirectLineFeedSignal FeedGrew(long watermark) => new(watermark, null);
}
