using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Hosting;

/// <summary>
/// Recognises a retried delivery of an activity already taken in (Teams retries after 15 s, Slack after 3 s),
/// by channel, conversation and activity id, so the turn runs once. Called inside the conversation's turn
/// gate, so a retry that arrives while the original is still running waits and is then recognised.
/// The in-memory implementation covers one instance; several instances need a shared one (e.g. a
/// PostgreSQL table with a unique key and a time-based purge) registered in its place.
/// </summary>
public interface IActivityDeduplicator
{
    /// <summary>
    /// Records the activity and returns true the first time it is seen; false for a repeat. Activities
    /// without an id are never treated as repeats.
    /// </summary>
    ValueTask<bool> TryRegisterAsync(Activity activity, CancellationToken cancellationToken = default);
}
