namespace AllyBot.Builder.Dialogs;

/// <summary>
/// The persisted dialog stack (SDK: <c>DialogState</c>). Index 0 is the active (top) dialog, as in the SDK.
/// Store it with a state property accessor, e.g. <c>conversationState.CreateProperty&lt;DialogState&gt;("DialogState")</c>.
/// </summary>
public sealed class DialogState
{
    public DialogState() { }

    public DialogState(List<DialogInstance>? stack) => DialogStack = stack ?? [];

    public List<DialogInstance> DialogStack { get; set; } = [];
}
