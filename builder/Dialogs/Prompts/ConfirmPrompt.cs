using AllyBot.Builder.Dialogs.Choices;

namespace AllyBot.Builder.Dialogs;

/// <summary>
/// Asks a yes/no question and returns a bool (SDK: <c>ConfirmPrompt</c>). Offers <see cref="ConfirmChoices"/>
/// as buttons (default "Yes" / "No"; set them from the content library) and recognizes their values and
/// synonyms, English yes/no words (y, yeah, yep, sure, ok…; n, nope, nah…), "1"/"2" and a boolean
/// <c>activity.value</c>. An answer holding both a yes and a no word is not recognized.
/// </summary>
public class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : Prompt<bool>(dialogId, validator)
{
    public static IReadOnlyList<string> DefaultYesSynonyms { get; } =
        ["yes", "y", "yeah", "yea", "yep", "yup", "sure", "ok", "okay", "k", "absolutely", "definitely", "of course", "correct", "that's right", "true", "sounds good"];

    public static IReadOnlyList<string> DefaultNoSynonyms { get; } =
        ["no", "n", "nope", "nah", "not", "not now", "no thanks", "not really", "never", "false"];

    /// <summary>Shown as buttons; default "Yes" / "No".</summary>
    public (Choice Yes, Choice No) ConfirmChoices { get; set; } = (new Choice("Yes"), new Choice("No"));

    /// <summary>Also accept <see cref="DefaultYesSynonyms"/> / <see cref="DefaultNoSynonyms"/> (default true).</summary>
    public bool IncludeDefaultSynonyms { get; set; } = true;

    /// <summary>How the choices are shown unless <see cref="PromptOptions.Style"/> says otherwise (default Auto = suggested actions).</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>Wording for inline and list styles; <see cref="ChoiceFactoryOptions.IncludeNumbers"/> false also stops "1"/"2" being recognized.</summary>
    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    protected override async Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var message = AppendChoices(SelectPrompt(options, isRetry), [ConfirmChoices.Yes, ConfirmChoices.No], options.Style ?? Style, ChoiceOptions);
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var recognizerOptions = new FindChoicesOptions
        {
            RecognizeNumbers = ChoiceOptions?.IncludeNumbers ?? true,
            RecognizeOrdinals = false,
        };
        var found = ChoicePrompt.Recognize(turnContext, [WithSynonyms(ConfirmChoices.Yes, DefaultYesSynonyms), WithSynonyms(ConfirmChoices.No, DefaultNoSynonyms)], recognizerOptions);
        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = found is not null, Value = found?.Index == 0 });
    }

    private Choice WithSynonyms(Choice choice, IReadOnlyList<string> defaults) => new()
    {
        Value = choice.Value,
        Action = choice.Action,
        Synonyms = [.. choice.Synonyms ?? [], .. IncludeDefaultSynonyms ? defaults : []],
    };
}
