namespace AllyBot.Builder.Dialogs;

/// <summary>What a prompt made of the answer (SDK: <c>PromptRecognizerResult&lt;T&gt;</c>).</summary>
public sealed class PromptRecognizerResult<T>
{
    public bool Succeeded { get; set; }

    public T? Value { get; set; }
}
