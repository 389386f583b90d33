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

    /// <summary>
    /// Writes every state that changed this turn (or all loaded ones with <paramref name="force"/>) and the turn's
    /// pending <see cref="TurnWrites"/> in ONE batch: all of it is stored, or on an <see cref="ETagConflictException"/>
    /// none of it. The states must share one <see cref="IStorage"/>, or there could be no single batch.
    /// </summary>
    public async Task SaveAllChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (BotStates.Count == 0) return;
        var storage = BotStates[0].Storage;
        if (BotStates.Any(state => !ReferenceEquals(state.Storage, storage)))
            throw new InvalidOperationException("The states of a BotStateSet are saved in one batch, so they must share one IStorage.");

        var saves = BotStates.Select(state => state.PrepareSave(turnContext, force)).OfType<PendingSave>().ToList();
        var batch = new Dictionary<string, object>(TurnWrites.Take(turnContext), StringComparer.Ordinal);
        foreach (var save in saves) batch[save.Key] = save.Document;
        if (batch.Count == 0) return;

        await storage.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        foreach (var save in saves) await save.State.CompleteSaveAsync(save, cancellationToken).ConfigureAwait(false);
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
