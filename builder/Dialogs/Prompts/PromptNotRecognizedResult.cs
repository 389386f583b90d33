namespace AllyBot.Builder.Dialogs;

/// <summary>
/// The result a prompt ends with when it used up <see cref="PromptOptions.MaxAttempts"/> without a valid
/// answer (AllyBot addition). The calling waterfall step sees it as
/// <see cref="WaterfallStepContext.PromptNotRecognized"/> == true, and <c>GetResult&lt;T&gt;()</c> gives default.
/// </summary>
/// <param name="PromptId">The prompt that gave up.</param>
/// <param name="AttemptCount">How many answers it received.</param>
/// <param name="LastInput">The last answer's text, for logging at Debug or for a "did you mean" reply.</param>
public sealed record PromptNotRecognizedResult(string PromptId, int AttemptCount, string? LastInput);
