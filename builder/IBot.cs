namespace AllyBot.Builder;

/// <summary>The bot's turn handler: called once per inbound activity, after the middleware.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}

/// <summary>A step of the adapter's pipeline; call <paramref name="next"/> to continue the turn.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default);
}

public delegate Task NextDelegate(CancellationToken cancellationToken);

public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
