using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;

namespace AllyBot.Bot.Hosting;

public abstract partial class ChannelAdapterBase
{
    /// <summary>How one run of a turn ended.</summary>
    private enum RunOutcome
    {
        /// <summary>The turn's state was saved (or it had none); its replies go out.</summary>
        Committed,

        /// <summary>Thrown away (a conflicting save, or state set aside): run again on fresh state.</summary>
        RunAgain,

        /// <summary>Failed: the error handler's apology goes out instead of the turn's replies.</summary>
        Failed,
    }

    /// <summary>
    /// Runs the turn until it commits: a run whose save conflicts (another conversation of the same person saved
    /// shared state first) is run again on fresh state, up to <see cref="TurnCommitOptions.ConflictRetries"/>
    /// times; a run that meets unreadable state sets that value aside (<see cref="IQuarantiningStorage"/>) and
    /// runs again, so the person can go on. Replies are held in a <see cref="TurnOutbox"/> and sent only for the
    /// run that counts; the apology only when there is nothing left to try. Returns that run's context.
    /// </summary>
    private async Task<TurnContext> RunUntilCommittedAsync(Activity activity, System.Security.Claims.ClaimsIdentity? identity,
        BotCallbackHandler callback, string? deliveryKey, CancellationToken cancellationToken)
    {
        // Middleware may change the activity it is given; every run after the first starts from it as delivered.
        var delivered = BuilderJson.Serialize(activity);
        var setAside = new List<string>();
        for (var run = 1; ; run++)
        {
            var context = new TurnContext(this, run == 1 ? activity : BuilderJson.Deserialize<Activity>(delivered)!);
            var outbox = TurnOutbox.OpenFor(context);
            ChannelCapabilities.Set(context, CapabilitiesFor(context.Activity));
            if (identity is not null)
                context.TurnState.Add(BotIdentityKey, identity);
            if (deliveryKey is not null)
                _services.Deduplicator.MarkProcessed(context, deliveryKey);
            if (setAside.Count > 0)
                StateRecovery.Record(context, setAside);

            var outcome = await RunOnceAsync(context, callback, run, setAside, cancellationToken);
            if (outcome == RunOutcome.RunAgain)
            {
                context.Dispose();
                continue;
            }
            if (outcome == RunOutcome.Committed && DataErasure.WasRecorded(context))
                await OnUserDataErasedAsync(context, cancellationToken);
            await SendHeldRepliesAsync(context, outbox, cancellationToken);
            return context;
        }
    }

    private async Task<RunOutcome> RunOnceAsync(TurnContext context, BotCallbackHandler callback, int run, List<string> setAside, CancellationToken cancellationToken)
    {
        Exception failure;
        try
        {
            await MiddlewareSet.ReceiveActivityWithStatusAsync(context, callback, cancellationToken);
            // What the bot's own saves did not take (a turn that changed no state still records its delivery).
            if (TurnWrites.Take(context) is { Count: > 0 } leftover)
                await _services.Storage.WriteAsync(new Dictionary<string, object>(leftover, StringComparer.Ordinal), cancellationToken);
            return RunOutcome.Committed;
        }
        catch (ETagConflictException conflict) when (run <= _services.CommitOptions.ConflictRetries)
        {
            LogConflictRetried(conflict.Key, run, context.Activity.ChannelId, context.Activity.Conversation?.Id);
            // A random pause that doubles with each run (10, 20, 40 … ms at most), so turns that keep colliding fall out of step.
            var ceiling = 10 << Math.Min(run - 1, 8);
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(ceiling / 2, ceiling)), cancellationToken);
            return RunOutcome.RunAgain;
        }
        catch (StateUnreadableException unreadable) when (setAside.Count < _services.CommitOptions.MaxSetAsidePerTurn)
        {
            if (await TrySetAsideAsync(unreadable, cancellationToken))
            {
                setAside.Add(unreadable.Key);
                return RunOutcome.RunAgain;
            }
            failure = unreadable;
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        // Nothing of the failed run was saved, so none of what it said may reach the person: only the apology.
        TurnOutbox.Of(context)?.Clear();
        context.BufferedReplyActivities.Clear();
        if (OnTurnError is null)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        await OnTurnError(context, failure);
        return RunOutcome.Failed;
    }

    private async Task<bool> TrySetAsideAsync(StateUnreadableException unreadable, CancellationToken cancellationToken)
    {
        if (_services.Storage is not IQuarantiningStorage quarantine)
            return false;
        var moved = await quarantine.QuarantineAsync(unreadable.Key, unreadable.ETag, unreadable.Reason, cancellationToken);
        LogSetAside(unreadable.Key, unreadable.Reason, moved);
        return true; // not moved: another turn set it aside (or replaced it) already; the next run reads what is there now
    }

    private async Task SendHeldRepliesAsync(ITurnContext context, TurnOutbox outbox, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var activity in outbox.TakeAll())
                await DeliverAsync(context, activity, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The turn is saved; the channel did not take its replies. The person's next message goes on from the saved state.
            LogRepliesUndelivered(exception, context.Activity.ChannelId, context.Activity.Conversation?.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn on {ChannelId}, conversation {ConversationId}, run {Run} conflicted on {Key}; running it again on fresh state")]
    private partial void LogConflictRetried(string key, int run, string? channelId, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored state {Key} could not be read ({Reason}); set aside for an operator: {Moved}")]
    private partial void LogSetAside(string key, string reason, bool moved);

    [LoggerMessage(Level = LogLevel.Error, Message = "The replies of a saved turn on {ChannelId}, conversation {ConversationId} could not be delivered")]
    private partial void LogRepliesUndelivered(Exception exception, string? channelId, string? conversationId);
}
