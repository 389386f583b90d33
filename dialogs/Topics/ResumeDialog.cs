using AllyBot.Content.Model;
using AllyBot.Dialogs.Journey;

namespace AllyBot.Dialogs.Topics;

/// <summary>A returning user with a journey in progress: continue where they left off, see the plan first, or start over.</summary>
public sealed class ResumeDialog : QuestionTopicDialog
{
    public ResumeDialog(JourneyServices services)
        : base(JourneySteps.Resume, services)
    {
        var c = services.Content;
        Add(new QuestionStep("resume-or-restart", AnswerKind.Choice)
        {
            Required = true,
            BeforeAsk = async (v, ct) =>
            {
                if (v.Reason == AskReason.Forward && v.Progress.Resume is { } resume)
                    await v.SendAsync(c.Text(v, Id, "welcome-back", ("step", services.Presenter.TopicTitle(resume.Topic))), ct);
            },
            AfterAnswer = async (v, a, ct) =>
            {
                if (!a.Is("view-plan"))
                    return StepOutcome.Finish(new TopicResult(Id, TopicExit.Route, Route: a.ChoiceId));
                await services.Presenter.ShowPlanAsync(v.Context, v.Record, ct);
                return StepOutcome.Repeat;
            },
        });
    }

    public override bool TracksResume => false;
}
