using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// Step 3, the best contact, per ally: the formal or informal leader with power and credibility, their role,
/// and a bridge (someone you get on with who can open the door); then how to approach them.
/// </summary>
public sealed class ContactDialog : QuestionTopicDialog
{
    private static readonly string[] ApproachTips = ["respect-open-mind", "dress-and-notepad", "not-last-meeting", "know-the-person"];

    public ContactDialog(JourneyServices services)
        : base(JourneySteps.Contact, services)
    {
        var c = services.Content;
        Add(
            new QuestionStep("best-contact", AnswerKind.Text)
            {
                PerAlly = true,
                BeforeAsk = IntroAsync,
                Read = v => v.RequireAlly.Contact.Name,
                Write = (v, a) => v.RequireAlly.Contact.Name = a.Text,
            },
            new QuestionStep("contact-role", AnswerKind.Text)
            {
                PerAlly = true,
                Read = v => v.RequireAlly.Contact.Role,
                Write = (v, a) => v.RequireAlly.Contact.Role = a.Text,
            },
            new QuestionStep("leader-type", AnswerKind.Choice)
            {
                PerAlly = true,
                Read = v => c.ChoiceAnswer(Id, "leader-type", v.RequireAlly.Contact.LeaderType),
                Write = (v, a) => v.RequireAlly.Contact.LeaderType = a.ChoiceId,
            },
            new QuestionStep("bridge", AnswerKind.Text)
            {
                PerAlly = true,
                Read = v => v.RequireAlly.Contact.Bridge,
                Write = (v, a) => v.RequireAlly.Contact.Bridge = a.Text,
                AfterAnswer = SavedAsync,
            });
    }

    private CoachingContent Content => Services.Content;

    private async Task IntroAsync(StepView view, CancellationToken cancellationToken)
    {
        if (view.Reason == AskReason.Forward && view.AllyIndex == FirstAlly(view))
            await view.SayAsync(Content, Id, "intro", cancellationToken);
    }

    private async Task<StepOutcome> SavedAsync(StepView view, Answer answer, CancellationToken cancellationToken)
    {
        if (view.RequireAlly.Contact.Name is not null)
            await view.SayAsync(Content, Id, "contact-saved", cancellationToken);
        return StepOutcome.Continue;
    }

    protected internal override async Task<TopicResult> OnCompletedAsync(StepView view, CancellationToken cancellationToken)
    {
        if (view.Plan.Allies.Count > 0)
            await view.SayTipsAsync(Content, Id, Content.Text(Id, "approach-title"), ApproachTips, cancellationToken);
        if (view.Progress.WholeJourney)
            await view.SayAsync(Content, Id, "done", cancellationToken);
        return new TopicResult(Id, TopicExit.Completed);
    }
}
