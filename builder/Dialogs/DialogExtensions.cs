using AllyBot.Builder.State;

namespace AllyBot.Builder.Dialogs;

/// <summary>Runs a root dialog for a turn (SDK: <c>DialogExtensions.RunAsync</c>).</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues <paramref name="dialog"/> with this turn's input, or begins it when no dialog is active.
    /// The stack is kept in <paramref name="accessor"/>; the caller saves state after the turn
    /// (e.g. <c>conversationState.SaveChangesAsync</c>).
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog,
        ITurnContext turnContext,
        IStatePropertyAccessor<DialogState> accessor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);

        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);

        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
            result = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false);
        return result;
    }
}
