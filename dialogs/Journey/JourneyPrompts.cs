using AllyBot.Builder;
using AllyBot.Builder.Dialogs;
using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Presentation;

namespace AllyBot.Dialogs.Journey;

/// <summary>
/// What the journey tells its prompts besides the question (kept in <see cref="PromptOptions.Validations"/>):
/// start without sending the question (<see cref="Quiet"/>), the suggested answer "you pick" takes, and the
/// id of the card form on screen.
/// </summary>
internal sealed class PromptHints
{
    public bool Quiet { get; set; }

    public string? Suggested { get; set; }

    public string? FormId { get; set; }

    public static PromptHints Of(PromptOptions options) => options.GetValidations<PromptHints>() ?? new PromptHints();
}

/// <summary>
/// Marks prompt options as "quiet": the prompt starts without sending its question, because something more
/// urgent is said first (a confirmation asked at the very first message), or because the message that is
/// being handled already answers it. The question is sent on the next re-prompt or retry as usual.
/// </summary>
internal static class QuietPrompt
{
    private const string ShownKey = "shown";

    public static bool SkipFirstSend(DialogValues state, PromptOptions options, bool isRetry)
    {
        if (isRetry || !PromptHints.Of(options).Quiet || state.ContainsKey(ShownKey))
            return false;
        state.Set(ShownKey, true);
        return true;
    }
}

/// <summary>
/// The text to answer the open question with this turn, when it is not the message's own text: after
/// "Sounds like you have a meeting coming up — prep for it now?" → "no", what the user wrote before is the answer.
/// </summary>
internal static class AnswerOverride
{
    private const string Key = "allybot.answer-override";

    public static void Set(ITurnContext context, string text) => context.TurnState[Key] = text;

    public static string? TextOf(ITurnContext context) =>
        context.TurnState.TryGetValue(Key, out var text) ? text as string : context.Activity.Text;
}

/// <summary>Free text; "go with what you suggest" / "you pick" answers with the suggestion when the question offers one.</summary>
internal sealed class JourneyTextPrompt(string dialogId, AnswerWords words) : Prompt<string>(dialogId)
{
    protected override async Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        if (QuietPrompt.SkipFirstSend(state, options, isRetry) || SelectPrompt(options, isRetry) is not { } prompt)
            return;
        await turnContext.SendActivityAsync(CopyForSending(prompt), cancellationToken);
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var text = AnswerOverride.TextOf(turnContext)?.Trim();
        if (PromptHints.Of(options).Suggested is { } suggested && words.IsYouPick(text))
            text = suggested;
        return Task.FromResult(new PromptRecognizerResult<string> { Succeeded = !string.IsNullOrWhiteSpace(text), Value = text });
    }
}

/// <summary>A choice; "go with what you suggest" / "you pick" picks the suggested choice when there is one.</summary>
internal sealed class JourneyChoicePrompt(string dialogId, AnswerWords words) : ChoicePrompt(dialogId)
{
    protected override Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default) =>
        QuietPrompt.SkipFirstSend(state, options, isRetry)
            ? Task.CompletedTask
            : base.OnPromptAsync(turnContext, state, options, isRetry, cancellationToken);

    protected override async Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var recognized = await base.OnRecognizeAsync(turnContext, state, options, cancellationToken);
        if (recognized.Succeeded || PromptHints.Of(options).Suggested is not { } suggested || !words.IsYouPick(turnContext.Activity.Text))
            return recognized;
        var index = options.Choices?.ToList().FindIndex(c => c.Value == suggested) ?? -1;
        return index < 0
            ? recognized
            : new PromptRecognizerResult<FoundChoice> { Succeeded = true, Value = new FoundChoice { Value = suggested, Index = index, Score = 1f } };
    }
}

/// <summary>What a card form brought back: the submitted values by question id, or the text typed instead.</summary>
public sealed record FormReply(IReadOnlyDictionary<string, string>? Values, string? Typed);

/// <summary>
/// Sends a card form (<see cref="FormCard"/>) and waits for its submit: a message whose value carries this
/// form's id. A typed message instead is handed back as <see cref="FormReply.Typed"/>, so typing keeps working.
/// </summary>
internal sealed class JourneyFormPrompt(string dialogId) : Prompt<FormReply>(dialogId)
{
    protected override async Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        if (QuietPrompt.SkipFirstSend(state, options, isRetry) || SelectPrompt(options, isRetry) is not { } prompt)
            return;
        await turnContext.SendActivityAsync(CopyForSending(prompt), cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FormReply>> OnRecognizeAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (FormCard.Submitted(activity.Value) is { } submitted && submitted.FormId == PromptHints.Of(options).FormId)
            return Result(new FormReply(submitted.Values, null));
        var text = AnswerOverride.TextOf(turnContext)?.Trim();
        return string.IsNullOrWhiteSpace(text)
            ? Task.FromResult(new PromptRecognizerResult<FormReply>())
            : Result(new FormReply(null, text));
    }

    private static Task<PromptRecognizerResult<FormReply>> Result(FormReply reply) =>
        Task.FromResult(new PromptRecognizerResult<FormReply> { Succeeded = true, Value = reply });
}
