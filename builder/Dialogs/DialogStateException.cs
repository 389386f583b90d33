namespace AllyBot.Builder.Dialogs;

/// <summary>
/// The stored dialog stack cannot be used: it names a dialog the bot no longer has, or a dialog's stored
/// values do not have the shape the dialog expects. The bot that owns the stack's storage turns this into
/// a <c>StateUnreadableException</c> for its key, so the stack is set aside instead of failing every turn.
/// </summary>
public sealed class DialogStateException(string message, Exception? innerException = null)
    : InvalidOperationException(message, innerException);
