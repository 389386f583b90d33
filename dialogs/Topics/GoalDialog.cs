using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// Step 1, the goal: the largest, loftiest goal (the quick pitch asks only this); the issue and a possible
/// solution; and what is not the issue, to keep off the table early (never in a pitch). The scope (too broad
/// and partners argue, too narrow and nobody joins) is a depth question, asked when working on the goal part.
/// Where the channel shows card forms, the goal questions come as one form. With a model that reads paragraphs,
/// a full plan can start from a few sentences instead (Generative.IntakeSteps). A goal may be a question
/// ("What if every school had a nurse?"): these answers are never taken for coaching questions.
/// </summary>
public sealed class GoalDialog : QuestionTopicDialog
{
    public GoalDialog(JourneyServices services)
        : base(JourneySteps.Goal, services)
    {
        var c = services.Content;
        Add(Generative.IntakeSteps.Create(services));
        Add(
            new QuestionStep("goal-form", AnswerKind.Form)
            {
                Fields = ["largest-goal", "issue", "solution", "not-the-issue"],
            },
            new QuestionStep("largest-goal", AnswerKind.Text)
            {
                Required = true,
                Quick = true,
                FormRequired = true,
                AcceptsQuestions = true,
                NonAnswer = NonAnswerPolicy.Examples,
                BeforeAsk = IntroAsync,
                Answered = v => v.Plan.Goal.Statement is not null,
                Read = v => v.Plan.Goal.Statement,
                Write = (v, a) => v.Plan.Goal.Statement = a.Text,
            },
            Text("issue", g => g.Issue, (g, t) => g.Issue = t),
            Text("solution", g => g.Solution, (g, t) => g.Solution = t),
            Text("not-the-issue", g => g.NotTheIssue, (g, t) => g.NotTheIssue = t),
            new QuestionStep("scope", AnswerKind.Choice)
            {
                Depth = true,
                Answered = v => v.Plan.Goal.Scope is not null,
                Read = v => c.ChoiceAnswer(Id, "scope", v.Plan.Goal.Scope),
                Write = (v, a) => v.Plan.Goal.Scope = a.ChoiceId,
                AfterAnswer = ScopeAdviceAsync,
            });
    }

    private CoachingContent Content => Services.Content;

    private static QuestionStep Text(string id, Func<GoalSection, string?> read, Action<GoalSection, string?> write) =>
        new(id, AnswerKind.Text)
        {
            AcceptsQuestions = true,
            Answered = v => read(v.Plan.Goal) is not null,
            Read = v => read(v.Plan.Goal),
            Write = (v, a) => write(v.Plan.Goal, a.Text),
        };

    /// <summary>The goal's intro; the quick pitch goes straight to the question.</summary>
    private async Task IntroAsync(StepView view, CancellationToken cancellationToken)
    {
        if (view.Reason == AskReason.Forward && view.Progress.Path != JourneyPaths.QuickPitch)
            await view.SendAsync($"{Content.Text(Id, "intro")} {Content.Tip(Id, "aim-high").Text}", cancellationToken);
    }

    /// <summary>Too broad and partners argue about the goal; too narrow and nobody else joins.</summary>
    private async Task<StepOutcome> ScopeAdviceAsync(StepView view, Answer answer, CancellationToken cancellationToken)
    {
        var advice = answer.ChoiceId switch
        {
            "broad" => Content.Text(Id, "too-broad"),
            "narrow" => Content.Text(Id, "too-narrow"),
            "not-sure" => Content.Example(Id, "testing-scope"),
            _ => null,
        };
        if (advice is not null)
            await view.SendAsync(advice, cancellationToken);
        return StepOutcome.Continue;
    }

    protected internal override async Task<TopicResult> OnCompletedAsync(StepView view, CancellationToken cancellationToken)
    {
        var goal = view.Plan.Goal;
        var full = view.Progress.Path != JourneyPaths.QuickPitch || !view.Progress.WholeJourney;
        if (full && goal.Issue is not null && goal.Solution is not null && view.Position.Question != "")
            await view.SayAsync(Content, Id, "summary", cancellationToken);
        if (full && view.Progress.WholeJourney && view.Position.Question != "")
            await view.SayAsync(Content, Id, "done", cancellationToken);
        return new TopicResult(Id, TopicExit.Completed);
    }
}
