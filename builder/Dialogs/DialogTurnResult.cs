using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Dialogs;

/// <summary>
/// The outcome of running the dialog stack for one turn (SDK: <c>DialogTurnResult</c>). Immutable, so the
/// shared <see cref="Dialog.EndOfTurn"/> instance can never be changed by accident.
/// </summary>
public sealed class DialogTurnResult(DialogTurnStatus status, object? result = null)
{
    public DialogTurnStatus Status { get; } = status;

    /// <summary>The ended dialog's result when <see cref="Status"/> is <see cref="DialogTurnStatus.Complete"/>.</summary>
    public object? Result { get; } = result;

    /// <summary>True when the dialog that ended was a prompt that gave up (see <see cref="PromptOptions.MaxAttempts"/>).</summary>
    public bool PromptNotRecognized => Result is PromptNotRecognizedResult;

    /// <summary>The result as <typeparamref name="T"/> (converted if it came back from JSON); default when absent or when a prompt gave up.</summary>
    public T? GetResult<T>() => Result is PromptNotRecognizedResult ? default : BuilderJson.Convert<T>(Result);

    public override string ToString() => $"{Status}{(Result is null ? string.Empty : $": {Result}")}";
}
