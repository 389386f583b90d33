using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// Step 1, the goal: the largest, loftiest goal; its scope (too broad and partners argue, too narrow and
/// nobody joins); the issue and a possible solution; and what is not the issue, to keep off the table early.
/// </summary>
public sealed class GoalDialog : QuestionTopicDialog
{
    public GoalDialog(JourneyServices services)
        : base(JourneySteps.Goal, services)
    {
        var c = services.Content;
        Add(
            new QuestionStep("largest-goal", AnswerKind.Text)
            {
                Required = true,
                BeforeAsk = IntroAsync,
                Read = v => v.Plan.Goal.Statement,
                Write = (v, a) => v.Plan.Goal.Statement = a.Text,
            },
            new QuestionStep("scope", AnswerKind.Choice)
            {
                Read = v => c.ChoiceAnswer(Id, "scope", v.Plan.Goal.Scope),
                Write = (v, a) => v.Plan.Goal.Scope = a.ChoiceId,
                AfterAnswer = ScopeAdviceAsync,
            },
            new QuestionStep("issue", AnswerKind.Text)
            {
                Read = v => v.Plan.Goal.Issue,
                Write = (v, a) => v.Plan.Goal.Issue = a.Text,
            },
            new QuestionStep("solution", AnswerKind.Text)
            {
                Read = v => v.Plan.Goal.Solution,
                Write = (v, a) => v.Plan.Goal.Solution = a.Text,
            },
            new QuestionStep("not-the-issue", AnswerKind.Text)
            {
                Read = v => v.Plan.Goal.NotTheIssue,
                Write = (v, a) => v.Plan.Goal.NotTheIssue = a.Text,
            });
    }

    private CoachingContent Content => Services.Content;

    private async Task IntroAsync(StepView view, CancellationToken cancellationToken)
    {
        if (view.Reason == AskReason.Forward)
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
        if (goal.Issue is not null && goal.Solution is not null)
            await view.SayAsync(Content, Id, "summary", cancellationToken);
        if (view.Progress.WholeJourney)
            await view.SayAsync(Content, Id, "done", cancellationToken);
        return new TopicResult(Id, TopicExit.Completed);
    }
}
