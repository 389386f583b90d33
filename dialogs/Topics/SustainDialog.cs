using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// Step 6, keeping the coalition together: a simple first task, an early win, how often to meet, a central
/// point of contact; then the guides' checklist (agendas, avoiding controversy early, check-ins,
/// celebrating small victories, avoiding burnout).
/// </summary>
public sealed class SustainDialog : QuestionTopicDialog
{
    private static readonly string[] Checklist =
        ["clear-agendas", "firm-chair", "avoid-controversy-early", "check-in-between", "celebrate-small", "avoid-burnout"];

    public SustainDialog(JourneyServices services)
        : base(JourneySteps.Sustain, services)
    {
        var c = services.Content;
        Add(
            new QuestionStep("sustain-form", AnswerKind.Form)
            {
                Fields = ["first-task", "early-win", "meeting-rhythm", "point-person"],
            },
            Text("first-task", s => s.FirstTask, (s, t) => s.FirstTask = t, IntroAsync),
            Text("early-win", s => s.EarlyWin, (s, t) => s.EarlyWin = t),
            new QuestionStep("meeting-rhythm", AnswerKind.Choice)
            {
                Answered = v => v.Plan.Sustain.MeetingRhythm is not null,
                Suggestion = _ => c.Question(Id, "meeting-rhythm").Suggested,
                Read = v => c.ChoiceAnswer(Id, "meeting-rhythm", v.Plan.Sustain.MeetingRhythm),
                Write = (v, a) => v.Plan.Sustain.MeetingRhythm = a.ChoiceId,
            },
            Text("point-person", s => s.PointPerson, (s, t) => s.PointPerson = t));
    }

    private CoachingContent Content => Services.Content;

    private static QuestionStep Text(string id, Func<SustainSection, string?> read, Action<SustainSection, string?> write, Func<StepView, CancellationToken, Task>? before = null) =>
        new(id, AnswerKind.Text)
        {
            BeforeAsk = before,
            Answered = v => read(v.Plan.Sustain) is not null,
            Read = v => read(v.Plan.Sustain),
            Write = (v, a) => write(v.Plan.Sustain, a.Text),
        };

    private async Task IntroAsync(StepView view, CancellationToken cancellationToken)
    {
        if (view.Reason == AskReason.Forward)
            await view.SayAsync(Content, Id, "intro", cancellationToken);
    }

    protected internal override async Task<TopicResult> OnCompletedAsync(StepView view, CancellationToken cancellationToken)
    {
        if (view.Position.Question.Length > 0)
            await view.SayTipsAsync(Content, Id, Content.Text(Id, "checklist-title"), Checklist, cancellationToken);
        return new TopicResult(Id, TopicExit.Completed);
    }
}
