namespace AllyBot.Builder.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog"/> (SDK: <c>WaterfallStep</c>).</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);

/// <summary>One step of a <see cref="WaterfallDialog{TState}"/>, with the waterfall's typed, persisted state.</summary>
public delegate Task<DialogTurnResult> WaterfallStep<TState>(WaterfallStepContext<TState> stepContext, CancellationToken cancellationToken)
    where TState : class, new();
