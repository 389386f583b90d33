using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Dialogs;

/// <summary>Asks for free text and returns it as a string (SDK: <c>TextPrompt</c>).</summary>
public class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    protected override async Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (SelectPrompt(options, isRetry) is { } prompt)
            await turnContext.SendActivityAsync(CopyForSending(prompt), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Any message with text succeeds (as in the SDK, the text is not trimmed; blank text is left to validators).</summary>
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Type == ActivityTypes.Message ? turnContext.Activity.Text : null;
        return Task.FromResult(new PromptRecognizerResult<string> { Succeeded = text is not null, Value = text });
    }
}
