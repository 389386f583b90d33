namespace AllyBot.Builder.Dialogs;

/// <summary>
/// Drives one dialog stack for the current turn (SDK: <c>DialogContext</c>): start, continue, end, replace,
/// cancel and re-prompt dialogs. A <see cref="ComponentDialog"/>'s inner stack gets its own context whose
/// <see cref="Parent"/> is the context the component runs in.
/// </summary>
public class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        StackState = state ?? throw new ArgumentNullException(nameof(state));
    }

    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, (parentDialogContext ?? throw new ArgumentNullException(nameof(parentDialogContext))).Context, state)
    {
        Parent = parentDialogContext;
    }

    /// <summary>A context over the same stack (used by <see cref="WaterfallStepContext"/>).</summary>
    protected DialogContext(DialogContext source)
        : this((source ?? throw new ArgumentNullException(nameof(source))).Dialogs, source.Context, source.StackState)
    {
        Parent = source.Parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The context of the dialog that contains this stack, or null at the root.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The stack itself; index 0 is the active dialog.</summary>
    public List<DialogInstance> Stack => StackState.DialogStack;

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The context of the active dialog's inner stack when the active dialog is a <see cref="ComponentDialog"/>.</summary>
    public DialogContext? Child =>
        ActiveDialog is { } active && FindDialog(active.Id) is ComponentDialog component ? component.CreateChildContext(this) : null;

    internal DialogState StackState { get; }

    /// <summary>Finds a dialog in this context's set, then in the parents' sets.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and starts it with <paramref name="options"/>.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"DialogContext.BeginDialogAsync: a dialog with the id '{dialogId}' wasn't found. Add it to the DialogSet (or the ComponentDialog) first.");

        Stack.Insert(0, new DialogInstance(dialogId));
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the prompt <paramref name="dialogId"/>; the same as <see cref="BeginDialogAsync"/> with typed options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Passes the turn's input to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active)
            return new DialogTurnResult(DialogTurnStatus.Empty);

        var dialog = FindDialog(active.Id) ?? throw MissingDialog(active.Id, nameof(ContinueDialogAsync));
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Ends the active dialog and resumes its parent with <paramref name="result"/>. When the stack becomes
    /// empty the result is returned with <see cref="DialogTurnStatus.Complete"/>.
    /// </summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);

        if (ActiveDialog is { } next)
        {
            var dialog = FindDialog(next.Id) ?? throw MissingDialog(next.Id, nameof(EndDialogAsync));
            return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog and starts <paramref name="dialogId"/> in its place (a loop when it is the same id).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancels every dialog on this stack; <see cref="DialogTurnStatus.Cancelled"/>, or Empty when there was none.</summary>
    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default) =>
        CancelAllDialogsAsync(cancelParents: false, cancellationToken);

    /// <summary>
    /// Cancels every dialog on this stack and, with <paramref name="cancelParents"/>, every stack above it up to
    /// the root: "cancel" or "start over" from deep inside a component.
    /// </summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents, CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0 && (!cancelParents || Parent is null))
            return new DialogTurnResult(DialogTurnStatus.Empty);

        for (var dc = this; dc is not null; dc = cancelParents ? dc.Parent : null)
        {
            while (dc.Stack.Count > 0)
                await dc.EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to prompt again (after an interruption was handled).</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active)
            return;

        var dialog = FindDialog(active.Id) ?? throw MissingDialog(active.Id, nameof(RepromptDialogAsync));
        await dialog.RepromptDialogAsync(Context, active, cancellationToken).ConfigureAwait(false);
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
            return;

        if (FindDialog(instance.Id) is { } dialog)
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);

        // Remove this very instance: the dialog's own clean-up may not touch the stack, but be safe if it did.
        var index = Stack.IndexOf(instance);
        if (index >= 0)
            Stack.RemoveAt(index);
    }

    private static DialogStateException MissingDialog(string dialogId, string method) =>
        new($"DialogContext.{method}: the active dialog '{dialogId}' is not in this DialogSet or its parents (was it renamed or removed since the state was saved?).");
}
