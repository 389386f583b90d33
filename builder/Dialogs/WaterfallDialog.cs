using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Dialogs;

/// <summary>
/// A fixed sequence of steps (SDK: <c>WaterfallDialog</c>). Each step typically prompts and returns
/// <see cref="Dialog.EndOfTurn"/>; the prompt's result arrives as the next step's
/// <see cref="WaterfallStepContext.Result"/>. After the last step the dialog ends with that step's result.
/// </summary>
public class WaterfallDialog : Dialog
{
    internal const string OptionsKey = "options";
    internal const string ValuesKey = "values";
    internal const string StepIndexKey = "stepIndex";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? actions = null)
        : base(dialogId)
    {
        _steps = actions?.ToList() ?? [];
        if (_steps.Any(step => step is null))
            throw new ArgumentException("A waterfall step is null.", nameof(actions));
    }

    public int StepCount => _steps.Count;

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = ActiveState(dc);
        state[OptionsKey] = options;
        state[ValuesKey] = new Dictionary<string, object?>();
        return await RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);

        // Only messages move a waterfall on; typing, events and the like leave it waiting.
        if (dc.Context.Activity.Type != ActivityTypes.Message)
            return EndOfTurn;

        return await ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = PersistedState.Get<int>(ActiveState(dc), StepIndexKey);
        return await RunStepAsync(dc, index + 1, reason, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one step. Override to wrap every step (logging, a progress indicator).</summary>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        _steps[stepContext.Index](stepContext, cancellationToken);

    /// <summary>Runs step <paramref name="index"/>, or ends the dialog with <paramref name="result"/> when past the last step.</summary>
    protected async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (index >= _steps.Count)
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);

        var state = ActiveState(dc);
        state[StepIndexKey] = index;
        var stepContext = new WaterfallStepContext(this, dc, state, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken).ConfigureAwait(false);
    }

    private IDictionary<string, object?> ActiveState(DialogContext dc) =>
        dc.ActiveDialog is { } active && active.Id == Id
            ? active.State
            : throw new InvalidOperationException($"WaterfallDialog '{Id}' was asked to run a step, but the active dialog is '{dc.ActiveDialog?.Id ?? "(none)"}'.");
}
