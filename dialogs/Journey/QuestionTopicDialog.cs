using AllyBot.Builder;
using AllyBot.Dialogs.Interruptions;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Journey;

/// <summary>
/// A topic of the journey as a list of question steps: questions before the ally questions, questions asked
/// once per ally, and questions after. Works out the next question from a position, so "back", "skip",
/// resume and per-ally loops are all moves between positions. The questions are asked by
/// <see cref="QuestionFlowDialog"/>; interruptions come from <see cref="InterruptibleDialog"/>.
/// </summary>
public abstract class QuestionTopicDialog : InterruptibleDialog
{
    private readonly List<QuestionStep> _steps = [];

    protected QuestionTopicDialog(string topicId, JourneyServices services)
        : base(topicId, services)
    {
        AddDialog(new QuestionFlowDialog(this, services));
        AddDialog(new JourneyTextPrompt(QuestionFlowDialog.TextPromptId));
        AddDialog(new JourneyChoicePrompt(QuestionFlowDialog.ChoicePromptId));
        InitialDialogId = QuestionFlowDialog.FlowId;
    }

    /// <summary>True for the journey's own topics (goal … keeping together): their questions are where "continue" resumes.</summary>
    public virtual bool TracksResume => true;

    public IReadOnlyList<QuestionStep> Steps => _steps;

    public QuestionStep Step(string questionId) =>
        _steps.FirstOrDefault(s => s.Id == questionId)
        ?? throw new InvalidOperationException($"Topic '{Id}' has no question '{questionId}'.");

    /// <summary>The library step a question's words come from.</summary>
    public string ContentStepOf(QuestionStep step) => step.ContentStep ?? Id;

    protected void Add(params QuestionStep[] steps) => _steps.AddRange(steps);

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

    protected override (string ContentStep, string QuestionId)? CurrentQuestion(JourneyRecord record) =>
        record.Progress.Current is { } current && current.Topic == Id && _steps.Any(s => s.Id == current.Question)
            ? (ContentStepOf(Step(current.Question)), current.Question)
            : null;

    protected override bool ExpectsFreeText(JourneyRecord record) =>
        record.Progress.Current is { } current && current.Topic == Id
        && _steps.FirstOrDefault(s => s.Id == current.Question) is { Kind: not AnswerKind.Choice };

    public Position? First(ITurnContext context, JourneyRecord record) => NextFrom(context, record, -1, -1);

    /// <summary>Where to go after <paramref name="view"/>'s question, given the step's outcome; null when the topic is done.</summary>
    public Position? After(StepView view, StepOutcome outcome)
    {
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
        for (var j = index + 1; ; j++)
        {
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
            if (step.When?.Invoke(new StepView(context, record, position)) ?? true)
                return position;
        }
    }

    private int LastPerAlly() => _steps.FindLastIndex(s => s.PerAlly);

    private StepView View(ITurnContext context, JourneyRecord record, int ally) =>
        new(context, record, new Position(Id, "", ally));
}
