using AllyBot.Builder;
using AllyBot.Builder.Dialogs;

namespace AllyBot.Dialogs.Journey;

/// <summary>
/// Marks prompt options as "quiet": the prompt starts without sending its question, because something more
/// urgent is said first (a confirmation asked at the very first message). The question is sent on the next
/// re-prompt or retry as usual.
/// </summary>
internal static class QuietPrompt
{
    public const string Marker = "quiet";
    private const string ShownKey = "shown";

    public static bool SkipFirstSend(DialogValues state, PromptOptions options, bool isRetry)
    {
        if (isRetry || options.GetValidations<string>() != Marker || state.ContainsKey(ShownKey))
            return false;
        state.Set(ShownKey, true);
        return true;
    }
}

internal sealed class JourneyTextPrompt(string dialogId) : TextPrompt(dialogId, NotBlankAsync)
{
    protected override Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default) =>
        QuietPrompt.SkipFirstSend(state, options, isRetry)
            ? Task.CompletedTask
            : base.OnPromptAsync(turnContext, state, options, isRetry, cancellationToken);

    private static Task<bool> NotBlankAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Recognized.Succeeded && !string.IsNullOrWhiteSpace(context.Recognized.Value));
}

internal sealed class JourneyChoicePrompt(string dialogId) : ChoicePrompt(dialogId)
{
    protected override Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default) =>
        QuietPrompt.SkipFirstSend(state, options, isRetry)
            ? Task.CompletedTask
            : base.OnPromptAsync(turnContext, state, options, isRetry, cancellationToken);
}
