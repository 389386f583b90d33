namespace AllyBot.Builder.State;

/// <summary>Several <see cref="BotState"/>s loaded or saved together (SDK: <c>BotStateSet</c>).</summary>
public class BotStateSet
{
    public BotStateSet(params BotState[] botStates)
    {
        ArgumentNullException.ThrowIfNull(botStates);
        foreach (var state in botStates) Add(state);
    }

    public IList<BotState> BotStates { get; } = [];

    public BotStateSet Add(BotState botState)
    {
        ArgumentNullException.ThrowIfNull(botState);
        BotStates.Add(botState);
        return this;
    }

    public async Task LoadAllAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        foreach (var state in BotStates) await state.LoadAsync(turnContext, force, cancellationToken).ConfigureAwait(false);
    }

    public async Task SaveAllChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        foreach (var state in BotStates) await state.SaveChangesAsync(turnContext, force, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Saves the given states after the rest of the turn has run (SDK: <c>AutoSaveStateMiddleware</c>).</summary>
public class AutoSaveStateMiddleware : IMiddleware
{
    public AutoSaveStateMiddleware(params BotState[] botStates) => BotStateSet = new BotStateSet(botStates);

    public AutoSaveStateMiddleware(BotStateSet botStateSet) =>
        BotStateSet = botStateSet ?? throw new ArgumentNullException(nameof(botStateSet));

    public BotStateSet BotStateSet { get; set; }

    public AutoSaveStateMiddleware Add(BotState botState)
    {
        BotStateSet.Add(botState);
        return this;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        await next(cancellationToken).ConfigureAwait(false);
        await BotStateSet.SaveAllChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
    }
}
