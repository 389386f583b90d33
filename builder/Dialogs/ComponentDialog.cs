namespace AllyBot.Builder.Dialogs;

/// <summary>
/// A dialog made of other dialogs (SDK: <c>ComponentDialog</c>): one topic, with its own inner stack kept in
/// its instance state. Override <see cref="OnContinueDialogAsync"/> to look at input before the inner
/// dialogs do (help, cancel, back) and either handle it or call the base to carry on.
/// </summary>
public class ComponentDialog : Dialog
{
    /// <summary>Key of the inner stack in the component's instance state (as in the SDK).</summary>
    public const string PersistedDialogState = "dialogs";

    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The dialog started when the component begins; defaults to the first dialog added.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>The inner dialogs.</summary>
    protected DialogSet Dialogs { get; } = new();

    /// <summary>Adds an inner dialog; the first one added becomes <see cref="InitialDialogId"/> unless set.</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    /// <summary>An inner dialog by id (not searching the parent sets).</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var instance = outerDc.ActiveDialog ?? throw new InvalidOperationException($"ComponentDialog '{Id}' began without an instance on the stack.");
        instance.State[PersistedDialogState] = new DialogState();

        var innerDc = CreateChildContext(outerDc)!;
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(outerDc, instance, turnResult, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var instance = outerDc.ActiveDialog ?? throw new InvalidOperationException($"ComponentDialog '{Id}' continued without an instance on the stack.");

        var innerDc = CreateChildContext(outerDc)!;
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(outerDc, instance, turnResult, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Components are usually leaves on their parent's stack; if a dialog pushed above one ends, ask the inner
    /// stack to prompt again rather than ending the component early (as the SDK does).
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        if (outerDc.ActiveDialog is { } instance)
            await RepromptDialogAsync(outerDc.Context, instance, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var innerDc = CreateInnerContext(turnContext, instance);
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken).ConfigureAwait(false);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        // A cancelled component cancels what runs inside it, so inner dialogs get their end notification too.
        if (reason == DialogReason.CancelCalled)
            await CreateInnerContext(turnContext, instance).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A context over the active component's inner stack, or null when <paramref name="dc"/>'s active dialog is not this component.</summary>
    public DialogContext? CreateChildContext(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.ActiveDialog is not { } instance || instance.Id != Id)
            return null;
        return new DialogContext(Dialogs, dc, InnerState(instance));
    }

    /// <summary>Starts the inner dialogs; the default begins <see cref="InitialDialogId"/> with the component's options.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"ComponentDialog '{Id}' has no dialogs: call AddDialog (or set InitialDialogId) first.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>
    /// The interruption hook: sees every input before the inner dialogs. Handle it (e.g. send help, then
    /// <c>await innerDc.RepromptDialogAsync()</c> and return <see cref="Dialog.EndOfTurn"/>) or call the base.
    /// </summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>Called as the component is popped (ended, replaced or cancelled).</summary>
    protected virtual Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Called after the inner stack was asked to re-prompt.</summary>
    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Ends the component with the inner stack's result; override to shape the result the parent gets.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext outerDc, DialogInstance instance, DialogTurnResult turnResult, CancellationToken cancellationToken)
    {
        if (turnResult.Status == DialogTurnStatus.Waiting)
            return EndOfTurn;

        // The inner turn may have removed this component itself (cancel with cancelParents, or a replace
        // higher up): then there is nothing left to end, and the outcome passes up unchanged.
        if (!ReferenceEquals(outerDc.ActiveDialog, instance))
            return turnResult;

        return await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
    }

    private DialogContext CreateInnerContext(ITurnContext turnContext, DialogInstance instance) =>
        new(Dialogs, turnContext, InnerState(instance));

    private static DialogState InnerState(DialogInstance instance)
    {
        var state = PersistedState.GetOrCreate(instance.State, PersistedDialogState, () => new DialogState());
        state.DialogStack ??= [];
        return state;
    }
}
