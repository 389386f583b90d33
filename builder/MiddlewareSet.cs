namespace AllyBot.Builder;

/// <summary>
/// An ordered pipeline of middleware (SDK: <c>MiddlewareSet</c>). Each middleware runs its "before" code,
/// calls <c>next</c> to run the rest of the pipeline and the bot, then runs its "after" code; a middleware that
/// does not call <c>next</c> ends the turn there.
/// </summary>
public sealed class MiddlewareSet : IMiddleware
{
    private readonly List<IMiddleware> _middleware = [];

    public MiddlewareSet Use(IMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>Runs the pipeline, then <paramref name="callback"/> if every middleware called <c>next</c>.</summary>
    public Task ReceiveActivityWithStatusAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        return RunFrom(0, cancellationToken);

        Task RunFrom(int index, CancellationToken ct)
        {
            if (index == _middleware.Count)
                return callback is null ? Task.CompletedTask : callback(turnContext, ct);
            return _middleware[index].OnTurnAsync(turnContext, nextCt => RunFrom(index + 1, nextCt), ct);
        }
    }

    /// <summary>Lets a whole set act as one middleware inside another pipeline.</summary>
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        ReceiveActivityWithStatusAsync(turnContext, (_, ct) => next(ct), cancellationToken);
}

/// <summary>Middleware from a delegate, for small cross-cutting steps that do not deserve a class.</summary>
public sealed class DelegateMiddleware(Func<ITurnContext, NextDelegate, CancellationToken, Task> onTurn) : IMiddleware
{
    private readonly Func<ITurnContext, NextDelegate, CancellationToken, Task> _onTurn = onTurn ?? throw new ArgumentNullException(nameof(onTurn));

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        _onTurn(turnContext, next, cancellationToken);
}
