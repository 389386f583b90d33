namespace AllyBot.Bot.Channels.Slack.Turns;

/// <summary>
/// Recognises Slack's retries of an event already taken in (same <c>event_id</c>, with
/// <c>X-Slack-Retry-Num</c>), so each event becomes one turn, also after a restart: an event whose turn was
/// saved is known from the store (<see cref="SlackEventDeduplicator"/>).
/// </summary>
public interface ISlackEventDeduplicator
{
    /// <summary>Records the event id; true the first time it is seen, false for a repeat.</summary>
    ValueTask<bool> TryRegisterAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>Forgets an event id again, when the event could not be taken in after all (so Slack's retry is processed).</summary>
    ValueTask ForgetAsync(string eventId, CancellationToken cancellationToken = default);
}
