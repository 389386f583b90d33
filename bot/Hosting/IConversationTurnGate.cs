namespace AllyBot.Bot.Hosting;

/// <summary>
/// Lets the turns of one conversation run one at a time, in arrival order, while different conversations
/// run in parallel. Adapters also take it for the person (<c>ChannelAdapterBase.PersonKey</c>), after the
/// conversation, so one person's conversations, which share their plan, do not race for it. The in-process implementation (<see cref="InProcessConversationTurnGate"/>) is enough
/// for one instance; several instances sharing PostgreSQL need an implementation that serializes across
/// processes (e.g. <c>pg_advisory_xact_lock(hashtext(key))</c> held for the turn) — register it in place of
/// this one, nothing else changes.
/// </summary>
public interface IConversationTurnGate
{
    /// <summary>
    /// Waits until no other turn of <paramref name="conversationKey"/> is running and claims the conversation;
    /// dispose the result to let the next turn in.
    /// </summary>
    ValueTask<IAsyncDisposable> EnterAsync(string conversationKey, CancellationToken cancellationToken = default);
}
