namespace AllyBot.Builder.Dialogs;

/// <summary>
/// Base class for every dialog (SDK: <c>Dialog</c>). A dialog is stateless code; what it remembers between
/// turns lives in its <see cref="DialogInstance"/> on the stack, which is persisted as JSON.
/// </summary>
public abstract class Dialog
{
    /// <summary>Returned by a dialog that is waiting for the user's next message.</summary>
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);

    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        Id = dialogId;
    }

    /// <summary>Unique within the <see cref="DialogSet"/> the dialog is added to.</summary>
    public string Id { get; }

    /// <summary>Called when the dialog is pushed onto the stack; its instance is already the active dialog.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Called with the user's next input while this dialog is active. The default ends the dialog.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a child dialog this one started has ended. The default ends this dialog with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the user again (after an interruption such as "help"). The default does nothing.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Called as the dialog's instance is popped off the stack, for any reason. The default does nothing.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    public override string ToString() => $"{GetType().Name}({Id})";
}
