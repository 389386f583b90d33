using AllyBot.Content.Model;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Topics.Allies;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// Who could help, and each ally through to its pitch. First the brainstorm (who could help, who might
/// oppose it) and picking allies from it; then, one ally at a time, only what its pitch needs: kind and
/// stance, who to talk to, the ask, the offer, what is in it for them, and the pitch itself. The depth
/// questions come after the pitch, when the user chooses to plan more with the ally; then "anyone else?".
/// The quick pitch walks the same questions for one ally. Questions come from the contact, exchange and
/// pitches steps of the library too, so "Jump to a part" reaches them by their part.
/// </summary>
public sealed class AlliesDialog : QuestionTopicDialog
{
    private readonly AllyStepContext _steps;

    public AlliesDialog(JourneyServices services)
        : base(JourneySteps.Allies, services)
    {
        _steps = new AllyStepContext(services);
        Add(PitchSteps.ChooseAlly());
        Add(BrainstormSteps.Create(_steps));
        Add(AllyCoreSteps.Create(_steps));
        Add(PitchSteps.Create(_steps, DepthAvailable));
        var depth = DepthSteps.Create(_steps).ToList();
        Add(depth);
        Add(MoreAlliesSteps.PerAlly(_steps));
        Add(MoreAlliesSteps.After(_steps));
        _depth = depth;
    }

    private readonly List<QuestionStep> _depth;

    /// <summary>New allies are added after the ones already in the plan (an index equal to the count is a new one).</summary>
    protected override bool CanVisitAlly(StepView view, int ally) => ally >= 0 && ally <= view.Plan.Allies.Count;

    /// <summary>The next ally in the plan, or a new one after "yes, someone else".</summary>
    protected override bool HasNextAlly(StepView view, int ally)
    {
        if (view.Progress.FocusAlly is not null)
            return false;
        if (ally + 1 < view.Plan.Allies.Count)
            return true;
        return ally + 1 == view.Plan.Allies.Count && view.Scratch(AllyStepContext.MoreAllies) == "yes";
    }

    /// <summary>Whether any depth question fits the ally and is still open (then "plan more with …" is offered).</summary>
    private bool DepthAvailable(StepView view) =>
        _depth.Any(step => (step.When?.Invoke(view.At(step.Id)) ?? true) && !IsAnswered(step, view.At(step.Id)));

    protected internal override async Task<TopicResult> OnCompletedAsync(StepView view, CancellationToken cancellationToken)
    {
        view.Progress.PendingPitch = null;
        if (view.Progress.WholeJourney && view.Progress.Path == Plan.JourneyPaths.FullPlan && view.Plan.Allies.Count > 0)
            await view.SayAsync(Services.Content, Id, "done", cancellationToken);
        else if (view.Progress.Part == JourneySteps.Pitches && !view.Plan.Allies.Any(a => a.AudienceId is not null))
            await view.SayAsync(Services.Content, JourneySteps.Pitches, "no-allies", cancellationToken);
        return new TopicResult(Id, TopicExit.Completed);
    }
}
