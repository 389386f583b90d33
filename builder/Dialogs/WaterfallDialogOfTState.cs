namespace AllyBot.Builder.Dialogs;

/// <summary>
/// A waterfall whose steps share one typed state object, <typeparamref name="TState"/>, persisted with the
/// dialog between turns. Steps read and change <c>stepContext.State</c> directly; no keys, no casts.
/// </summary>
/// <example>
/// <code>
/// sealed class GoalDraft { public string? Goal { get; set; } public int Tries { get; set; } }
///
/// var dialog = new WaterfallDialog&lt;GoalDraft&gt;("goal")
///     .AddStep(async (step, ct) => await step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Your goal?") }, ct))
///     .AddStep(async (step, ct) => { step.State.Goal = step.GetResult&lt;string&gt;(); return await step.NextAsync(null, ct); })
///     .AddStep((step, ct) => step.EndDialogAsync(step.State, ct));
/// </code>
/// </example>
/// <remarks>
/// The state starts as <c>new TState()</c> (or from <see cref="CreateState"/>) when the dialog begins, and is
/// saved with the dialog stack: within a turn it is the same object, across turns it is restored from JSON,
/// so it must be a plain serializable class (public settable properties or a JSON constructor).
/// </remarks>
public class WaterfallDialog<TState> : WaterfallDialog
    where TState : class, new()
{
    internal const string TypedStateKey = "typedState";

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep<TState>>? steps = null)
        : base(dialogId)
    {
        foreach (var step in steps ?? [])
            AddStep(step);
    }

    public WaterfallDialog<TState> AddStep(WaterfallStep<TState> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        base.AddStep((stepContext, ct) => step(new WaterfallStepContext<TState>(stepContext, this), ct));
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.ActiveDialog is { } active)
            active.State[TypedStateKey] = CreateState(options);
        return base.BeginDialogAsync(dc, options, cancellationToken);
    }

    /// <summary>The state a new run starts with. Override to seed it from the begin options.</summary>
    protected internal virtual TState CreateState(object? options) => new();
}

/// <summary>A step of a <see cref="WaterfallDialog{TState}"/>: everything a <see cref="WaterfallStepContext"/> has, plus <see cref="State"/>.</summary>
public sealed class WaterfallStepContext<TState> : WaterfallStepContext
    where TState : class, new()
{
    private readonly WaterfallDialog<TState> _waterfall;
    private TState? _state;

    internal WaterfallStepContext(WaterfallStepContext source, WaterfallDialog<TState> waterfall)
        : base(source)
    {
        _waterfall = waterfall;
    }

    /// <summary>The waterfall's typed state; changes are saved with the dialog stack at the end of the turn.</summary>
    public TState State => _state ??= PersistedState.GetOrCreate(InstanceState, WaterfallDialog<TState>.TypedStateKey, () => _waterfall.CreateState(Options));
}
