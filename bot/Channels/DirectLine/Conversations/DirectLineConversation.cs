namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// A Direct Line conversation: who the user is and which channel id its activities carry when the client
/// does not stamp one (<c>webchat</c> when Web Chat started it, else <c>directline</c>).
/// </summary>
public sealed record DirectLineConversation(string Id, string UserId, string? UserName, string ChannelId, string? Locale);

/// <summary>One page of the feed: activities (serialized JSON) after a watermark, and the watermark to ask from next.</summary>
public sealed record DirectLineActivityPage(IReadOnlyList<string> Activities, long Watermark);

/// <summary>
/// What a live stream is told: the feed grew (read it from the store by watermark), or a transient activity
/// (typing) that is never stored.
/// </summary>
public readonly record struct DirectLineFeedSignal(string? TransientActivity)
{
    public static DirectLineFeedSignal FeedGrew => default;
}
