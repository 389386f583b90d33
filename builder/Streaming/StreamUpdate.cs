namespace AllyBot.Builder.Streaming;

/// <summary>What an interim update shows: what the bot is doing, or the reply's text so far.</summary>
public enum StreamUpdateKind
{
    /// <summary>A prepared progress text ("Drafting your pitch…").</summary>
    Informative,

    /// <summary>The whole reply text so far (each update repeats and extends the one before).</summary>
    Streaming,
}

/// <summary>
/// One interim update of a stream, for the channel to put on the wire. <see cref="Sequence"/> counts from 1;
/// <see cref="StreamId"/> is the channel's id for the first update, null on the first update itself.
/// </summary>
public sealed record StreamUpdate(StreamUpdateKind Kind, string Text, int Sequence, string? StreamId);
