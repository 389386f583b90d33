using AllyBot.Builder.Dialogs.Choices;

namespace AllyBot.Builder.Dialogs;

/// <summary>
/// Offers a list of <see cref="PromptOptions.Choices"/> and returns the <see cref="FoundChoice"/> picked
/// (SDK: <c>ChoicePrompt</c>). Recognizes titles, synonyms, partial titles, "2", "second", a choice inside a
/// longer answer ("she's neutral, she says nice things"), misspellings ("nuetral"), and a pick sent in
/// <c>activity.value</c> (a string, or an object with a <c>choice</c> or <c>value</c> field) by a card or
/// button; <see cref="RecognizerOptions"/> turns each of these on or off. An answer that matches two choices equally well is treated as not recognized, so the user is
/// asked again rather than given a guess.
/// </summary>
public class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    /// <summary>How choices are shown unless <see cref="PromptOptions.Style"/> says otherwise (default Auto = suggested actions).</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>Wording for inline and list styles (separators, "or"); set from the content library.</summary>
    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    public FindChoicesOptions? RecognizerOptions { get; set; }

    protected override async Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var message = AppendChoices(SelectPrompt(options, isRetry), options.Choices, options.Style ?? Style, ChoiceOptions);
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var found = Recognize(turnContext, options.Choices, RecognizerOptions);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice> { Succeeded = found is not null, Value = found });
    }

    /// <summary>The one choice the message clearly means, or null (none, or a tie between two).</summary>
    internal static FoundChoice? Recognize(ITurnContext turnContext, IList<Choice>? choices, FindChoicesOptions? options)
    {
        foreach (var answer in PromptInput.Answers(turnContext.Activity))
        {
            // The first answer that means anything decides: an ambiguous value is not rescued by the text.
            if (ChoiceRecognizers.RecognizeChoices(answer, choices, options).Count > 0)
                return ChoiceRecognizers.RecognizeBest(answer, choices, options);
        }

        return null;
    }
}
