using System.Text;
using AllyBot.Dialogs.Coaching;

namespace AllyBot.Dialogs.Journey;

/// <summary>What a typed (or card-submitted) answer to a free-text question turned out to be.</summary>
internal abstract record Reading
{
    public sealed record Accepted(Answer Answer) : Reading;

    /// <summary>A non-answer at a question that can wait ("none", "not sure"): left unanswered, not asked again.</summary>
    public sealed record Skipped : Reading;

    /// <summary>
    /// Not usable here; <see cref="Message"/> says why (followed by ideas when <see cref="WithIdeas"/>), then the
    /// question is asked again: in full after ideas or when <see cref="AskInFull"/>, else as its re-prompt.
    /// </summary>
    public sealed record Rejected(string Message, bool WithIdeas = false, bool AskInFull = false) : Reading;
}

/// <summary>
/// Reads an answer to a free-text question the same way whether it was typed or came in a card form:
/// non-answers ("that's all", "none", "I don't know", "yes", "no", "hi", "thanks") are never stored, and each does what
/// fits the question (<see cref="QuestionStep.NonAnswer"/>; a question that reads its answers itself, like
/// the ally's name where "that's all" ends the list, sees them too); "go with what you suggest" takes the
/// suggestion; answers that need reading (<see cref="QuestionStep.Interpret"/>) are read; then the
/// question's own check (<see cref="QuestionStep.Validate"/>).
/// </summary>
internal sealed class AnswerReader(CoachingContent content, AnswerWords words)
{
    public Reading Read(QuestionStep step, string contentStep, StepView view, Answer answer)
    {
        var text = answer.Text ?? string.Empty;
        if (answer.ChoiceId is not null && step.Interpret is null)
            return Checked(step, view, answer);

        var word = words.Classify(text);
        // "hi" when someone comes back to an open question, "thanks" after a tip: said to the bot, never the answer.
        if (word == AnswerWord.Greeting)
            return step.GreetingReply is { } reply
                ? new Reading.Rejected(reply(view))
                : new Reading.Rejected(content.Text("interruptions", "greeting-back"), AskInFull: true);
        if (word == AnswerWord.Thanks)
            return new Reading.Rejected(content.Text("interruptions", "thanks-back"), AskInFull: true);
        var suggestion = step.Suggestion?.Invoke(view);
        if (word == AnswerWord.YouPick && suggestion is not null)
            return Checked(step, view, new Answer(suggestion, step.Kind == AnswerKind.Choice ? suggestion : null));
        if (word is not null && (step.Interpret is null || word is AnswerWord.DontKnow or AnswerWord.YouPick))
        {
            var fitting = Fitting(step, word.Value, suggestion);
            if (fitting is not null)
                return fitting;
        }
        if (step.Interpret is not null)
        {
            if (step.Interpret(view, text) is not { } read)
                return new Reading.Rejected(step.Reprompt?.Invoke(view) ?? content.Fill(view, content.Question(contentStep, step.Id).Reprompt));
            answer = read;
        }
        return Checked(step, view, answer);
    }

    /// <summary>The question's examples (or the ideas that fit the ally) after a short word, for someone who has no answer yet.</summary>
    public string Explain(QuestionStep step, string contentStep, StepView view, string lead)
    {
        var ideas = step.Ideas?.Invoke(view) ?? content.Question(contentStep, step.Id).Examples;
        var text = new StringBuilder(lead);
        if (ideas.Count > 0)
        {
            text.AppendLine().AppendLine().Append(content.Text("interruptions", "for-example"));
            foreach (var idea in ideas.Take(3))
                text.AppendLine().Append("- ").Append(content.Fill(view, idea));
        }
        return text.ToString();
    }

    private Reading? Fitting(QuestionStep step, AnswerWord word, string? suggestion)
    {
        var noAnswer = word is AnswerWord.Done or AnswerWord.No;
        return step.NonAnswer switch
        {
            NonAnswerPolicy.Skip when noAnswer || word == AnswerWord.DontKnow => new Reading.Skipped(),
            NonAnswerPolicy.Suggestion when noAnswer => new Reading.Skipped(),
            NonAnswerPolicy.Suggestion when suggestion is not null => new Reading.Accepted(new Answer(suggestion, "suggested")),
            _ => Reject(step, word),
        };
    }

    private Reading.Rejected Reject(QuestionStep step, AnswerWord word) =>
        new(step.NonAnswer == NonAnswerPolicy.Examples && word != AnswerWord.Yes
            ? content.Text("exchange", "need-for-pitch")
            : content.Text("interruptions", "not-an-answer"), WithIdeas: true);

    private static Reading Checked(QuestionStep step, StepView view, Answer answer) =>
        step.Validate?.Invoke(view, answer) is { } problem ? new Reading.Rejected(problem) : new Reading.Accepted(answer);
}
