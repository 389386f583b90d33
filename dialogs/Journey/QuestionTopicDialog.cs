using AllyBot.Builder;
using AllyBot.Dialogs.Interruptions;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Journey;

/// <summary>
/// A topic of the journey as a list of question steps: questions before the ally questions, questions asked
/// once per ally, and questions after. Works out the next question from a position, so "back", "skip",
/// resume and per-ally loops are all moves between positions. In the whole journey a question already
/// answered (or skipped) is passed over, so "continue" lands on the next unanswered question of the first
/// unfinished ally; a part jumped to from the menu asks only its own questions. The questions are asked by
/// <see cref="QuestionFlowDialog"/>; interruptions come from <see cref="InterruptibleDialog"/>.
/// </summary>
public abstract class QuestionTopicDialog : InterruptibleDialog
{
    /// <summary>Per-ally scratch: "yes" once the user chose to plan more with the ally (its depth questions).</summary>
    public const string DeeperKey = "deeper";

    private readonly List<QuestionStep> _steps = [];

    protected QuestionTopicDialog(string topicId, JourneyServices services)
        : base(topicId, services)
    {
        AddDialog(new QuestionFlowDialog(this, services));
        AddDialog(new JourneyTextPrompt(QuestionFlowDialog.TextPromptId, services.Words));
        AddDialog(new JourneyChoicePrompt(QuestionFlowDialog.ChoicePromptId, services.Words));
        AddDialog(new JourneyFormPrompt(QuestionFlowDialog.FormPromptId));
        InitialDialogId = QuestionFlowDialog.FlowId;
    }

    /// <summary>True for the journey's own topics (goal, allies, keeping together): their questions are where "continue" resumes.</summary>
    public virtual bool TracksResume => true;

    public IReadOnlyList<QuestionStep> Steps => _steps;

    public QuestionStep Step(string questionId) =>
        _steps.FirstOrDefault(s => s.Id == questionId)
        ?? throw new InvalidOperationException($"Topic '{Id}' has no question '{questionId}'.");

    public bool HasStep(string questionId) => _steps.Any(s => s.Id == questionId);

    /// <summary>The library step a question's words come from.</summary>
    public string ContentStepOf(QuestionStep step) => step.ContentStep ?? Id;

    /// <summary>The part of the plan a question belongs to ("Jump to a part").</summary>
    public string PartOf(QuestionStep step) => step.Part ?? ContentStepOf(step);

    protected void Add(params QuestionStep[] steps) => _steps.AddRange(steps);

    protected void Add(IEnumerable<QuestionStep> steps) => _steps.AddRange(steps);

    /// <summary>The first ally the per-ally questions are about.</summary>
    protected virtual int FirstAlly(StepView view) => view.Progress.FocusAlly ?? 0;

    /// <summary>Whether the per-ally questions are asked about an ally at this index.</summary>
    protected virtual bool CanVisitAlly(StepView view, int ally) => ally >= 0 && ally < view.Plan.Allies.Count;

    /// <summary>After the questions about <paramref name="ally"/>, whether to go on with the next ally.</summary>
    protected virtual bool HasNextAlly(StepView view, int ally) =>
        view.Progress.FocusAlly is null && ally + 1 < view.Plan.Allies.Count;

    /// <summary>Called when the topic's questions are all done, before the topic ends; may send a wrap-up.</summary>
    protected internal virtual Task<TopicResult> OnCompletedAsync(StepView view, CancellationToken cancellationToken) =>
        Task.FromResult(new TopicResult(Id, TopicExit.Completed));

    /// <summary>Whether the plan holds an answer to the question at the view's position (or the user skipped it).</summary>
    public bool IsAnswered(QuestionStep step, StepView view) =>
        view.Progress.IsSkipped(view.Position) || (step.Answered?.Invoke(view) ?? false);

    /// <summary>
    /// Whether the question is asked now. Its own condition first; then, in the journey's topics: in the whole
    /// journey only unanswered questions (core ones unless the user chose to plan more; the quick pitch only
    /// its own); in a part jumped to, only that part's unanswered core questions, or all of its questions,
    /// depth included, when going back over a finished part.
    /// </summary>
    public bool Applies(QuestionStep step, StepView view)
    {
        if (step.PerAlly && view.Ally is null && !step.AddsAlly)
            return false;
        if (!(step.When?.Invoke(view) ?? true))
            return false;
        if (!TracksResume)
            return true;
        var progress = view.Progress;
        if (step.Kind == AnswerKind.Form)
            return FormApplies(step, view);
        var answered = IsAnswered(step, view);
        if (progress.Part is { } part)
            return (PartOf(step) == part || step.Part == QuestionStep.AnyPart) && (progress.Editing || (!answered && !step.Depth));
        if (answered)
            return false;
        if (progress.WholeJourney && progress.Path == JourneyPaths.QuickPitch && !step.Quick)
            return false;
        return !step.Depth || view.Scratch(DeeperKey) == "yes";
    }

    /// <summary>A form is offered in the whole journey where the channel shows card inputs, until the user types instead.</summary>
    private bool FormApplies(QuestionStep form, StepView view)
    {
        var progress = view.Progress;
        if (!progress.WholeJourney || progress.Part is not null || !ChannelCapabilities.Of(view.Context).SupportsCardInputs)
            return false;
        if ((progress.Path == JourneyPaths.QuickPitch && !form.Quick) || view.Scratch(FormDeclinedKey(form)) is not null)
            return false;
        return FormFields(form, view).Any(f => !IsAnswered(f, view.At(f.Id)));
    }

    /// <summary>The fields a form shows for the view's position.</summary>
    public IReadOnlyList<QuestionStep> FormFields(QuestionStep form, StepView view) =>
        form.Fields.Select(Step).Where(f => (f.InForm ?? f.When)?.Invoke(view.At(f.Id)) ?? true).ToList();

    /// <summary>Scratch key marking that the user typed instead of filling the form in.</summary>
    public static string FormDeclinedKey(QuestionStep form) => form.Id + "-typed";

    protected override (string ContentStep, string QuestionId)? CurrentQuestion(JourneyRecord record) =>
        record.Progress.Current is { } current && current.Topic == Id && HasStep(current.Question)
            ? (ContentStepOf(Step(current.Question)), current.Question)
            : null;

    protected override bool ExpectsFreeText(JourneyRecord record) =>
        record.Progress.Current is { } current && current.Topic == Id
        && _steps.FirstOrDefault(s => s.Id == current.Question) is { Kind: not AnswerKind.Choice };

    protected override bool TracksJourney => TracksResume;

    /// <summary>The open question takes questions as answers (a goal, a pitch being edited; a form whose first field does).</summary>
    protected override bool AcceptsQuestions(JourneyRecord record)
    {
        if (record.Progress.Current is not { } current || current.Topic != Id || !HasStep(current.Question))
            return true;
        var step = Step(current.Question);
        return step.AcceptsQuestions || (step.Kind == AnswerKind.Form && step.Fields.Count > 0 && Step(step.Fields[0]).AcceptsQuestions);
    }

    protected override Content.Generative.Answers.CoachingContext? CoachingContextOf(JourneyRecord record)
    {
        if (record.Progress.Current is not { } current || current.Topic != Id || !HasStep(current.Question))
            return null;
        var ally = current.Ally >= 0 && current.Ally < record.Plan.Allies.Count ? record.Plan.Allies[current.Ally] : null;
        return new Content.Generative.Answers.CoachingContext(ally?.AudienceId, ContentStepOf(Step(current.Question)));
    }

    /// <summary>
    /// A card form submitted that is not the one on screen, or a card button of another question pressed: it
    /// belongs to an earlier question, so it must not overwrite anything.
    /// </summary>
    protected override bool IsStale(ITurnContext context, JourneyRecord record)
    {
        var activity = context.Activity;
        if (Presentation.FormCard.Submitted(activity.Value) is { } form)
            return form.FormId != record.Progress.OpenForm;
        // A card button's pick (Teams also copies it into the text): never an answer to another question.
        if (CommandRecognizer.ValueChoice(activity.Value) is not { } pressed)
            return false;
        if (record.Progress.Current is not { } current || current.Topic != Id || !HasStep(current.Question))
            return false;
        var step = Step(current.Question);
        if (step.Kind == AnswerKind.Form)
            return true;
        var view = new StepView(context, record, current);
        var choices = step.Choices?.Invoke(view) ?? Services.Content.Question(ContentStepOf(step), step.Id).Choices;
        return !choices.Any(c => string.Equals(c.Id, pressed, StringComparison.OrdinalIgnoreCase)
                                 || string.Equals(Services.Content.Fill(view, c.Title), pressed, StringComparison.OrdinalIgnoreCase));
    }

    public Position? First(ITurnContext context, JourneyRecord record) => NextFrom(context, record, -1, -1);

    /// <summary>Where to go after <paramref name="view"/>'s question, given the step's outcome; null when the topic is done.</summary>
    public Position? After(StepView view, StepOutcome outcome)
    {
        if (outcome.GoToPosition is { } position)
            return position;
        if (outcome.GoTo is { } target)
        {
            var step = Step(target);
            return new Position(Id, target, step.PerAlly ? view.AllyIndex : -1);
        }
        var index = _steps.FindIndex(s => s.Id == view.Position.Question);
        if (outcome.EndAlly && LastPerAlly() is var last and >= 0)
            index = last;
        return NextFrom(view.Context, view.Record, index, view.AllyIndex);
    }

    private Position? NextFrom(ITurnContext context, JourneyRecord record, int index, int ally)
    {
        var firstPerAlly = _steps.FindIndex(s => s.PerAlly);
        var lastPerAlly = LastPerAlly();
        // Each step once per ally in the plan, plus a new one and the steps outside the block: a search longer
        // than that is going round in circles, and must fail as such rather than spin.
        var bound = _steps.Count * (record.Plan.Allies.Count + 2);
        for (int j = index + 1, searched = 0; ; j++, searched++)
        {
            if (searched > bound)
                throw new InvalidOperationException($"Topic '{Id}' found no next question after {bound} steps from '{(index >= 0 ? _steps[index].Id : "the start")}' (ally {ally}).");
            if (lastPerAlly >= 0 && j == lastPerAlly + 1 && ally >= 0)
            {
                // Leaving the questions about one ally: loop to the next one, or carry on past the block.
                if (HasNextAlly(View(context, record, ally), ally))
                {
                    ally++;
                    j = firstPerAlly;
                }
                else
                {
                    ally = -1;
                }
            }
            if (j >= _steps.Count)
                return null;

            var step = _steps[j];
            if (step.PerAlly && ally < 0)
            {
                ally = FirstAlly(View(context, record, -1));
                if (!CanVisitAlly(View(context, record, ally), ally))
                {
                    ally = -1;
                    j = lastPerAlly; // no ally to ask about: skip the block
                    continue;
                }
            }
            var position = new Position(Id, step.Id, step.PerAlly ? ally : -1);
            if (Applies(step, new StepView(context, record, position)))
                return position;
        }
    }

    private int LastPerAlly() => _steps.FindLastIndex(s => s.PerAlly);

    private StepView View(ITurnContext context, JourneyRecord record, int ally) =>
        new(context, record, new Position(Id, "", ally));
}
