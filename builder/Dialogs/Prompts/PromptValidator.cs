namespace AllyBot.Builder.Dialogs;

/// <summary>
/// Decides whether a recognized answer is acceptable (SDK: <c>PromptValidator&lt;T&gt;</c>). Return false to
/// ask again; a validator that sends its own message suppresses the prompt's retry message for that turn.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);

/// <summary>What a validator sees (SDK: <c>PromptValidatorContext&lt;T&gt;</c>).</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext turnContext, PromptRecognizerResult<T> recognized, DialogValues state, PromptOptions options)
    {
        Context = turnContext;
        Recognized = recognized;
        State = state;
        Options = options;
    }

    public ITurnContext Context { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>The prompt's persisted state; validators may keep their own values here.</summary>
    public DialogValues State { get; }

    public PromptOptions Options { get; }

    /// <summary>How many answers the prompt has received, this one included (1 on the first answer).</summary>
    public int AttemptCount => State.Get<int>(Prompt<T>.AttemptCountKey);
}
