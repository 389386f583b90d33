using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Dialogs;

/// <summary>
/// What a waterfall step sees (SDK: <c>WaterfallStepContext</c>): the step's index, the begin options, why
/// it runs, the previous step's (or prompt's) result and the waterfall's values. It is also a
/// <see cref="DialogContext"/> over the same stack, so a step can prompt, begin, end, replace or cancel.
/// </summary>
public class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly IDictionary<string, object?> _instanceState;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, IDictionary<string, object?> instanceState, int index, DialogReason reason, object? result)
        : base(dc)
    {
        _waterfall = waterfall;
        _instanceState = instanceState;
        Index = index;
        Reason = reason;
        Result = result;
        Values = PersistedState.Bag(instanceState, WaterfallDialog.ValuesKey);
    }

    /// <summary>A typed view of the same step (see <see cref="WaterfallStepContext{TState}"/>).</summary>
    protected WaterfallStepContext(WaterfallStepContext source)
        : base(source ?? throw new ArgumentNullException(nameof(source)))
    {
        _waterfall = source._waterfall;
        _instanceState = source._instanceState;
        Index = source.Index;
        Reason = source.Reason;
        Result = source.Result;
        Values = source.Values;
    }

    /// <summary>Zero-based index of the running step.</summary>
    public int Index { get; }

    /// <summary>The options the waterfall was begun with (a <see cref="System.Text.Json.JsonElement"/> after a turn boundary; use <see cref="GetOptions{T}"/>).</summary>
    public object? Options => _instanceState.TryGetValue(WaterfallDialog.OptionsKey, out var options) ? options : null;

    public DialogReason Reason { get; }

    /// <summary>The previous step's result, the prompt's result, or the user's text when the waterfall was continued directly.</summary>
    public object? Result { get; }

    /// <summary>Values kept for the life of this waterfall, across turns, typed on read.</summary>
    public DialogValues Values { get; }

    /// <summary>True when the previous step's prompt gave up after its <see cref="PromptOptions.MaxAttempts"/>.</summary>
    public bool PromptNotRecognized => Result is PromptNotRecognizedResult;

    /// <summary>The result as <typeparamref name="T"/>; default when there is none or when the prompt gave up (check <see cref="PromptNotRecognized"/>).</summary>
    public T? GetResult<T>() => Result is PromptNotRecognizedResult ? default : BuilderJson.Convert<T>(Result);

    /// <summary>The begin options as <typeparamref name="T"/>, converted from JSON when they were persisted.</summary>
    public T? GetOptions<T>() => new DialogValues(_instanceState).Get<T>(WaterfallDialog.OptionsKey);

    internal IDictionary<string, object?> InstanceState => _instanceState;

    /// <summary>Skips to the next step now, handing it <paramref name="result"/>; at most once per step.</summary>
    public async Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
            throw new InvalidOperationException($"WaterfallStepContext.NextAsync() called more than once for step {Index} of '{_waterfall.Id}'.");
        _nextCalled = true;
        return await _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken).ConfigureAwait(false);
    }
}
