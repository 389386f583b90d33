using AllyBot.Builder;
using AllyBot.Builder.Dialogs;
using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Builder.Schema;
using AllyBot.Dialogs.Coaching;

namespace AllyBot.Dialogs.Journey;

/// <summary>
/// Builds a question's prompt from the library: the question text with placeholders filled (and the earlier
/// answer when the user came back to it), the choices as buttons, and the library's re-prompt for answers
/// that fit no choice. Turns what the prompt returned into an <see cref="Answer"/>.
/// </summary>
internal sealed class QuestionPromptBuilder(CoachingContent content)
{
    /// <summary>Answers a prompt takes before the flow explains the question with help and an example.</summary>
    public const int MaxAttempts = 3;

    public PromptOptions Build(QuestionStep step, string contentStep, StepView view, bool quiet)
    {
        var question = content.Question(contentStep, step.Id);
        var text = step.Text?.Invoke(view) ?? content.Fill(view, question.Text);
        if (view.Reason is AskReason.Back or AskReason.Resume && step.Read?.Invoke(view) is { Length: > 0 } earlier)
            text = $"{text}\n\n{content.Text("interruptions", "earlier-answer")} {earlier}";

        var choices = ChoiceList.From(step.Choices?.Invoke(view) ?? question.Choices);
        var reprompt = content.Fill(view, question.Reprompt);
        var options = new PromptOptions
        {
            MaxAttempts = MaxAttempts,
            Validations = quiet ? QuietPrompt.Marker : null,
        };
        if (step.Kind == AnswerKind.Choice)
        {
            options.Prompt = MessageFactory.Text(text);
            options.RetryPrompt = MessageFactory.Text(reprompt);
            options.Choices = choices;
        }
        else
        {
            options.Prompt = WithSuggestions(text, choices);
            options.RetryPrompt = WithSuggestions(reprompt, choices);
        }
        return options;
    }

    public Answer ToAnswer(QuestionStep step, StepView view, object? result)
    {
        if (result is FoundChoice found)
            return new Answer(view.Context.Activity.Text?.Trim(), found.Value);

        var text = BuilderJson.Convert<string>(result)?.Trim();
        if (step.Kind == AnswerKind.TextWithSuggestions && text is not null)
        {
            var question = content.Question(step.ContentStep ?? view.Position.Topic, step.Id);
            var choices = ChoiceList.From(step.Choices?.Invoke(view) ?? question.Choices);
            var exact = ChoiceRecognizers.RecognizeChoices(text, choices, ExactOnly);
            if (exact.Count > 0)
                return new Answer(text, exact[0].Value);
        }
        return new Answer(text);
    }

    private static readonly FindChoicesOptions ExactOnly = new()
    {
        AllowPartialMatches = false,
        RecognizeNumbers = false,
        RecognizeOrdinals = false,
    };

    private static Activity WithSuggestions(string text, List<Choice> choices) =>
        choices.Count == 0 ? MessageFactory.Text(text) : ChoiceFactory.SuggestedAction(choices, text);
}
