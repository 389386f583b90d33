using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Dialogs;

/// <summary>
/// Base for prompts (SDK: <c>Prompt&lt;T&gt;</c>): asks, recognizes the answer, runs the validator, asks again
/// with the retry prompt until the answer is valid, then ends with the recognized value. AllyBot adds
/// <see cref="MaxAttempts"/> / <see cref="PromptOptions.MaxAttempts"/>: after that many answers without a
/// valid one the prompt ends with a <see cref="PromptNotRecognizedResult"/>.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    internal const string AttemptCountKey = "AttemptCount";
    private const string OptionsKey = "options";
    private const string StateKey = "state";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    /// <summary>The default answer limit when <see cref="PromptOptions.MaxAttempts"/> is not set; null asks forever.</summary>
    public int? MaxAttempts { get; set; }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
            throw new ArgumentException($"Prompt '{Id}' needs PromptOptions (use DialogContext.PromptAsync).", nameof(options));
        if (promptOptions.MaxAttempts is < 1)
            throw new ArgumentOutOfRangeException(nameof(options), "PromptOptions.MaxAttempts must be at least 1.");

        var instance = dc.ActiveDialog!;
        instance.State[OptionsKey] = promptOptions;
        instance.State[StateKey] = new Dictionary<string, object?> { [AttemptCountKey] = 0 };

        await OnPromptAsync(dc.Context, PersistedState.Bag(instance.State, StateKey), promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
            return EndOfTurn;

        var instance = dc.ActiveDialog!;
        var state = PersistedState.Bag(instance.State, StateKey);
        var options = Options(instance);

        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken).ConfigureAwait(false);
        var attemptCount = state.Get<int>(AttemptCountKey) + 1;
        state.Set(AttemptCountKey, attemptCount);

        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options), cancellationToken).ConfigureAwait(false);
        if (isValid)
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);

        if ((options.MaxAttempts ?? MaxAttempts) is { } max && attemptCount >= max)
            return await dc.EndDialogAsync(new PromptNotRecognizedResult(Id, attemptCount, dc.Context.Activity.Text), cancellationToken).ConfigureAwait(false);

        // A validator that already answered (e.g. with a specific hint) replaces the retry prompt this turn.
        if (!dc.Context.Responded)
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>A prompt is a leaf; if something pushed above it ends, ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, PersistedState.Bag(instance.State, StateKey), Options(instance), false, cancellationToken);
    }

    /// <summary>Sends the prompt (or, with <paramref name="isRetry"/>, the retry prompt).</summary>
    protected abstract Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default);

    /// <summary>Turns the inbound activity into a value.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, CancellationToken cancellationToken = default);

    /// <summary>The activity to send: the retry prompt on a retry when there is one, else the prompt.</summary>
    protected static Activity? SelectPrompt(PromptOptions options, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        return isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
    }

    /// <summary>A copy of <paramref name="prompt"/> with the choices rendered in <paramref name="style"/> (the stored options are never changed).</summary>
    protected static Activity AppendChoices(Activity? prompt, IList<Choice>? choices, ListStyle style, ChoiceFactoryOptions? options = null)
    {
        var rendered = ChoiceFactory.ForStyle(style, choices, prompt?.Text, null, options);
        if (prompt is null)
            return rendered;

        var message = CopyForSending(prompt);
        message.Text = rendered.Text;
        if (rendered.SuggestedActions is { Actions.Count: > 0 })
            message.SuggestedActions = rendered.SuggestedActions;
        if (rendered.Attachments is { Count: > 0 })
            message.Attachments = [.. message.Attachments ?? [], .. rendered.Attachments];
        return message;
    }

    /// <summary>
    /// A deep copy marked <c>expectingInput</c>. Unlike the SDK, which keeps the <c>acceptingInput</c> that
    /// <c>MessageFactory.Text</c> puts on every message, a prompt always expects input (speech clients keep
    /// the microphone open); only an explicit <c>ignoringInput</c> is kept.
    /// </summary>
    protected static Activity CopyForSending(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var copy = BuilderJson.Deserialize<Activity>(BuilderJson.Serialize(activity))!;
        copy.Type ??= ActivityTypes.Message;
        if (copy.InputHint != InputHints.IgnoringInput)
            copy.InputHint = InputHints.ExpectingInput;
        return copy;
    }

    private static PromptOptions Options(DialogInstance instance) =>
        PersistedState.Get<PromptOptions>(instance.State, OptionsKey) ?? new PromptOptions();
}
