namespace AllyBot.Builder.State;

/// <summary>
/// A stored state value cannot be used: its JSON is broken (a truncated or hand-edited row), it is not an
/// object, or it does not have the shape its reader expects (a plan of the wrong shape, a dialog id the bot
/// no longer has). Names the key and the ETag it was read with, so the turn machinery can move exactly that
/// value aside (<see cref="IQuarantiningStorage"/>) and start the person afresh instead of failing every turn.
/// The message names the key and the kind of problem, never the stored content.
/// </summary>
public sealed class StateUnreadableException(string key, string? eTag, string reason, Exception? innerException = null)
    : Exception($"The stored state '{key}' cannot be read: {reason}", innerException)
{
    public string Key { get; } = key;

    /// <summary>The ETag the value had when it was read (null when not even that could be read).</summary>
    public string? ETag { get; } = eTag;

    /// <summary>What is wrong, without content: "not valid JSON", "property 'journey' is not a JourneyRecord".</summary>
    public string Reason { get; } = reason;
}
