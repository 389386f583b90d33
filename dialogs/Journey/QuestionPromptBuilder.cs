using AllyBot.Builder;
using AllyBot.Builder.Dialogs;
using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Builder.Schema;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Presentation;
using ContentChoice = AllyBot.Content.Model.Choice;

namespace AllyBot.Dialogs.Journey;

/// <summary>
/// Builds a question's prompt from the library: the question text with placeholders filled (and the earlier
/// answer when the user came back to it), the choices as buttons, the library's re-prompt for answers that
/// fit no choice, and the suggestion "you pick" takes. A form question becomes one card with a labelled
/// input per field. Turns what the prompt returned into an <see cref="Answer"/>.
/// </summary>
internal sealed class QuestionPromptBuilder(CoachingContent content)
{
    /// <summary>Answers a prompt takes before the flow explains the question with help and an example.</summary>
    public const int MaxAttempts = 3;

    public PromptOptions Build(QuestionStep step, string contentStep, StepView view, bool quiet)
    {
        var text = QuestionText(step, contentStep, view);
        var choices = ChoiceList.From(Choices(step, contentStep, view));
        var reprompt = Reprompt(step, contentStep, view);
        var options = new PromptOptions
        {
            MaxAttempts = MaxAttempts,
            Validations = new PromptHints { Quiet = quiet, Suggested = step.Suggestion?.Invoke(view) },
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

    /// <summary>A form: one card whose inputs are the fields' questions; <paramref name="values"/> overrides the defaults (a resubmit).</summary>
    public PromptOptions BuildForm(QuestionStep form, string contentStep, StepView view, string formId, IReadOnlyList<(QuestionStep Step, string ContentStep)> fields, IReadOnlyDictionary<string, string>? values, bool quiet)
    {
        var title = QuestionText(form, contentStep, view);
        var inputs = fields.Select(f => Field(f.Step, f.ContentStep, view, values?.GetValueOrDefault(f.Step.Id))).ToList();
        var card = FormCard.Build(formId, inputs, content.Text("interruptions", "form-submit"), content.Text("interruptions", "form-fallback"));
        var prompt = MessageFactory.Attachment(card, title);
        return new PromptOptions
        {
            Prompt = prompt,
            RetryPrompt = prompt,
            MaxAttempts = MaxAttempts,
            Validations = new PromptHints { Quiet = quiet, FormId = formId },
        };
    }

    public string QuestionText(QuestionStep step, string contentStep, StepView view)
    {
        var text = step.Text?.Invoke(view) ?? content.Fill(view, content.Question(contentStep, step.Id).Text);
        if ((view.Reason is AskReason.Back or AskReason.Resume || view.Progress.Editing) && step.Read?.Invoke(view) is { Length: > 0 } earlier)
            text = $"{text}\n\n{content.Text("interruptions", "earlier-answer")} {earlier}";
        return text;
    }

    public string Reprompt(QuestionStep step, string contentStep, StepView view) =>
        step.Reprompt?.Invoke(view) ?? content.Fill(view, content.Question(contentStep, step.Id).Reprompt);

    public IReadOnlyList<ContentChoice> Choices(QuestionStep step, string contentStep, StepView view) =>
        (step.Choices?.Invoke(view) ?? content.Question(contentStep, step.Id).Choices)
            .Select(c => c with { Title = content.Fill(view, c.Title) })
            .ToList();

    public Answer ToAnswer(QuestionStep step, string contentStep, StepView view, object? result)
    {
        if (result is FoundChoice found)
            return new Answer(AnswerOverride.TextOf(view.Context)?.Trim(), found.Value);

        var text = BuilderJson.Convert<string>(result)?.Trim();
        if (step.Kind == AnswerKind.TextWithSuggestions && text is not null)
        {
            var exact = ChoiceRecognizers.RecognizeChoices(text, ChoiceList.From(Choices(step, contentStep, view)), ExactOnly);
            if (exact.Count > 0)
                return new Answer(text, exact[0].Value);
        }
        return new Answer(text);
    }

    private FormField Field(QuestionStep step, string contentStep, StepView view, string? submitted)
    {
        var label = content.Library.Step(contentStep).Texts.TryGetValue("label-" + step.Id, out var short_)
            ? content.Fill(view, short_)
            : content.Fill(view, content.Question(contentStep, step.Id).Text);
        var value = submitted ?? (step.FormDefault ?? step.Read)?.Invoke(view);
        var error = Reprompt(step, contentStep, view);
        var question = content.Question(contentStep, step.Id);
        if (step.Kind == AnswerKind.Choice || step.MultiSelect)
        {
            var choices = Choices(step, contentStep, view).Select((c, i) => (c.Title, step.MultiSelect ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : c.Id)).ToList();
            return new FormField(step.Id, step.MultiSelect ? FormFieldKind.MultiChoice : FormFieldKind.Choice, label, value, null, step.FormRequired, error, choices);
        }
        var placeholder = step.Ideas?.Invoke(view).FirstOrDefault() ?? (question.Examples.Count > 0 ? content.Fill(view, question.Examples[0]) : null);
        return new FormField(step.Id, FormFieldKind.Text, label, value, placeholder, step.FormRequired, error, ShortAnswer: step.ShortAnswer);
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
