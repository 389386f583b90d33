using AllyBot.Builder.Schema;

namespace AllyBot.Builder;

/// <summary>
/// Shows a typing indicator while the bot works on a message (SDK: <c>ShowTypingMiddleware</c>): when the turn
/// is still running after <c>delay</c>, sends a <c>typing</c> activity, and again every <c>period</c>, until the
/// turn ends. Typing goes straight to the adapter, so it passes no send handlers and does not set
/// <see cref="ITurnContext.Responded"/>; the adapter must therefore accept a send concurrent with the bot's own.
/// Skipped for non-message activities and for <c>expectReplies</c> turns (nobody sees typing there).
/// </summary>
public sealed class ShowTypingMiddleware : IMiddleware
{
    private readonly TimeSpan _delay;
    private readonly TimeSpan _period;
    private readonly TimeProvider _timeProvider;

    /// <param name="delay">Milliseconds before the first typing activity (default 500: fast answers show none).</param>
    /// <param name="period">Milliseconds between typing activities (default 2000; channels show one for about 3 s).</param>
    /// <param name="timeProvider">The clock (default: the system's); tests pass a fake.</param>
    public ShowTypingMiddleware(int delay = 500, int period = 2000, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(delay);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(period);
        _delay = TimeSpan.FromMilliseconds(delay);
        _period = TimeSpan.FromMilliseconds(period);
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.Type != ActivityTypes.Message || turnContext.Activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = SendTypingUntilStoppedAsync(turnContext, stop.Token);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Wait for the loop to wind down so no typing activity trails the turn.
            await stop.CancelAsync().ConfigureAwait(false);
            await typing.ConfigureAwait(false);
        }
    }

    private async Task SendTypingUntilStoppedAsync(ITurnContext turnContext, CancellationToken stop)
    {
        try
        {
            await Task.Delay(_delay, _timeProvider, stop).ConfigureAwait(false);
            while (!stop.IsCancellationRequested)
            {
                var typing = new Activity { Type = ActivityTypes.Typing, RelatesTo = turnContext.Activity.RelatesTo };
                typing.ApplyConversationReference(turnContext.Activity.GetConversationReference());
                await turnContext.Adapter.SendActivitiesAsync(turnContext, [typing], stop).ConfigureAwait(false);
                await Task.Delay(_period, _timeProvider, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The turn ended.
        }
        catch (Exception)
        {
            // A typing indicator is cosmetic: a channel that rejects it must not fail the turn.
        }
    }
}
