using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Dialogs;

/// <summary>
/// What a prompt asks and how (SDK: <c>PromptOptions</c>). Persisted with the prompt's instance between
/// turns, so everything here must be JSON-serializable.
/// </summary>
public sealed class PromptOptions
{
    /// <summary>The question, sent when the prompt starts and when it is re-prompted.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent after an answer that was not recognized or failed validation; falls back to <see cref="Prompt"/>.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The options for a <see cref="ChoicePrompt"/>.</summary>
    public IList<Choice>? Choices { get; set; }

    /// <summary>How choices are shown; overrides the prompt's own <c>Style</c> when set.</summary>
    public ListStyle? Style { get; set; }

    /// <summary>Free-form data for the validator (a <see cref="System.Text.Json.JsonElement"/> after a turn boundary; use <see cref="GetValidations{T}"/>).</summary>
    public object? Validations { get; set; }

    /// <summary>
    /// AllyBot addition: how many answers the prompt accepts before giving up. When the last allowed
    /// answer is still not valid the prompt ends with a <see cref="PromptNotRecognizedResult"/> instead of
    /// asking again, so the calling dialog can recover (offer help, skip the question, hand over).
    /// Null (the default, as in the SDK) falls back to the prompt's own <c>MaxAttempts</c>, and when that is
    /// null too the prompt asks forever.
    /// </summary>
    public int? MaxAttempts { get; set; }

    public T? GetValidations<T>() => BuilderJson.Convert<T>(Validations);
}
