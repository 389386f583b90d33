using AllyBot.Builder.State;

namespace AllyBot.Builder.Dialogs;

/// <summary>
/// The dialogs that can be started by id, and where their stack is stored (SDK: <c>DialogSet</c>).
/// </summary>
public sealed class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>A root set whose stack is read from and written to <paramref name="dialogState"/>.</summary>
    public DialogSet(IStatePropertyAccessor<DialogState> dialogState) =>
        _dialogState = dialogState ?? throw new ArgumentNullException(nameof(dialogState));

    /// <summary>A set without storage, for a <see cref="ComponentDialog"/>'s inner dialogs.</summary>
    public DialogSet() { }

    /// <summary>Adds <paramref name="dialog"/>. Unlike the SDK, a second, different dialog with the same id is an error, not silently renamed.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog))
                return this;
            throw new ArgumentException($"A different dialog with the id '{dialog.Id}' is already in this set.", nameof(dialog));
        }

        _dialogs.Add(dialog.Id, dialog);
        return this;
    }

    public Dialog? Find(string dialogId)
    {
        ArgumentNullException.ThrowIfNull(dialogId);
        return _dialogs.GetValueOrDefault(dialogId);
    }

    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>Loads this turn's stack from the accessor and returns a context for driving it.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
            throw new InvalidOperationException("This DialogSet has no state accessor: construct it with an IStatePropertyAccessor<DialogState> to create a root context.");

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        state.DialogStack ??= [];
        return new DialogContext(this, turnContext, state);
    }
}
