using AllyBot.Builder;
using AllyBot.Builder.Dialogs;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Journey;

/// <summary>
/// Asks a topic's questions one at a time (or several at once as a card form, see the Forms part). It sits
/// at the bottom of the topic's inner stack and starts a prompt for the current position; when the prompt
/// ends it reads the answer (non-answers are never stored), stores it, remembers the position for "back",
/// and asks the next question. "back" and "skip" arrive as <see cref="FlowSignal"/>s in place of a prompt
/// result. The position is kept in one place, the plan's progress (<c>Progress.Current</c>), saved in the same
/// batch as this dialog's stack, so a restart (or a visit days later) continues at the same question and the
/// stack and the plan can never disagree about it.
/// </summary>
public sealed partial class QuestionFlowDialog : Dialog
{
    public const string FlowId = "flow";
    public const string TextPromptId = "text";
    public const string ChoicePromptId = "choice";
    public const string FormPromptId = "form";

    private readonly QuestionTopicDialog _topic;
    private readonly JourneyServices _services;
    private readonly QuestionPromptBuilder _prompts;
    private readonly AnswerReader _reader;

    internal QuestionFlowDialog(QuestionTopicDialog topic, JourneyServices services)
        : base(FlowId)
    {
        _topic = topic;
        _services = services;
        _prompts = new QuestionPromptBuilder(services.Content);
        _reader = new AnswerReader(services.Content, services.Words);
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var start = options as TopicStart ?? TopicStart.Fresh;
        var record = await _services.Store.GetAsync(dc.Context, cancellationToken);
        var position = start.At is { } at && _topic.HasStep(at.Question) ? at : _topic.First(dc.Context, record);
        if (position is null)
            return await CompleteAsync(dc, record, new Position(_topic.Id, ""), cancellationToken);
        return await AskAsync(dc, record, position, start.Reason, quiet: start.Command is not null, cancellationToken);
    }

    /// <summary>Only reached when no prompt is open (it should always be): ask the current question again.</summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var record = await _services.Store.GetAsync(dc.Context, cancellationToken);
        return await AskAsync(dc, record, CurrentPosition(record), AskReason.Repeat, false, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var record = await _services.Store.GetAsync(dc.Context, cancellationToken);
        var position = CurrentPosition(record);
        var step = _topic.Step(position.Question);
        var view = new StepView(dc.Context, record, position);
        switch (result)
        {
            case FlowSignal.Back:
                return await BackAsync(dc, record, position, cancellationToken);
            case FlowSignal.Skip:
                return await SkipAsync(dc, record, view, step, cancellationToken);
            case PromptNotRecognizedResult:
                // Never a dead end: explain the question with an example, then ask it fresh.
                await _services.Presenter.SendQuestionHelpAsync(dc.Context, _topic.ContentStepOf(step), step.Id, _topic.ContentStepOf(step), cancellationToken);
                return await AskAsync(dc, record, position, AskReason.Repeat, false, cancellationToken);
            case FormReply reply:
                return await FormAnsweredAsync(dc, record, view, step, reply, cancellationToken);
        }

        var answer = _prompts.ToAnswer(step, _topic.ContentStepOf(step), view, result);
        var reading = step.Kind == AnswerKind.Choice
            ? (step.Validate?.Invoke(view, answer) is { } problem ? new Reading.Rejected(problem) : new Reading.Accepted(answer))
            : _reader.Read(step, _topic.ContentStepOf(step), view, answer);
        switch (reading)
        {
            case Reading.Skipped:
                await view.SendAsync(_services.Content.Text("interruptions", "skipped-for-now"), cancellationToken);
                Skip(view);
                return await MoveAsync(dc, record, view, StepOutcome.Continue, cancellationToken);
            case Reading.Rejected rejected:
                await RejectAsync(view, step, rejected, cancellationToken);
                return await AskAsync(dc, record, position, AskReason.Repeat, quiet: !(rejected.WithIdeas || rejected.AskInFull), cancellationToken);
        }
        answer = ((Reading.Accepted)reading).Answer;
        Commit(view, step, answer);
        var outcome = step.AfterAnswer is null ? StepOutcome.Continue : await step.AfterAnswer(view, answer, cancellationToken);
        return await MoveAsync(dc, record, view, outcome, cancellationToken);
    }

    /// <summary>Stores an answer: the question is answered (no longer skipped) and is where "back" returns.</summary>
    private static void Commit(StepView view, QuestionStep step, Answer answer)
    {
        view.Progress.SetSkipped(view.Position, false);
        step.Write?.Invoke(view, answer);
        view.Progress.Remember(view.Position);
    }

    private static void Skip(StepView view)
    {
        view.Progress.SetSkipped(view.Position, true);
        view.Progress.Remember(view.Position);
    }

    /// <summary>Says why the answer did not fit: the re-prompt with the question's buttons, or a word and some ideas.</summary>
    private Task RejectAsync(StepView view, QuestionStep step, Reading.Rejected rejected, CancellationToken cancellationToken)
    {
        var contentStep = _topic.ContentStepOf(step);
        if (rejected.AskInFull)
            return view.SendAsync(rejected.Message, cancellationToken);
        if (rejected.WithIdeas)
            return view.SendAsync(_reader.Explain(step, contentStep, view, rejected.Message), cancellationToken);
        var options = _prompts.Build(step, contentStep, new StepView(view.Context, view.Record, view.Position, AskReason.Repeat), quiet: false);
        var retry = options.RetryPrompt!;
        retry.Text = rejected.Message;
        return view.Context.SendActivityAsync(retry, cancellationToken);
    }

    private async Task<DialogTurnResult> MoveAsync(DialogContext dc, JourneyRecord record, StepView view, StepOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.End is { } end)
            return await dc.EndDialogAsync(end, cancellationToken);
        if (outcome.AskAgain)
            return await AskAsync(dc, record, view.Position, AskReason.Repeat, false, cancellationToken);
        var next = _topic.After(view, outcome);
        return next is null
            ? await CompleteAsync(dc, record, view.Position, cancellationToken)
            : await AskAsync(dc, record, next, AskReason.Forward, false, cancellationToken);
    }

    private async Task<DialogTurnResult> CompleteAsync(DialogContext dc, JourneyRecord record, Position last, CancellationToken cancellationToken)
    {
        var result = await _topic.OnCompletedAsync(new StepView(dc.Context, record, last), cancellationToken);
        return await dc.EndDialogAsync(result, cancellationToken);
    }

    private async Task<DialogTurnResult> SkipAsync(DialogContext dc, JourneyRecord record, StepView view, QuestionStep step, CancellationToken cancellationToken)
    {
        var fields = step.Kind == AnswerKind.Form ? _topic.FormFields(step, view) : [];
        if (step.Required || fields.Any(f => f.Required))
        {
            await view.SendAsync(_services.Content.Text("interruptions", "cannot-skip"), cancellationToken);
            return await AskAsync(dc, record, view.Position, AskReason.Repeat, false, cancellationToken);
        }
        await view.SendAsync(_services.Content.Text("interruptions", "skipped"), cancellationToken);
        foreach (var field in fields.Where(f => !_topic.IsAnswered(f, view.At(f.Id))))
            record.Progress.SetSkipped(view.At(field.Id).Position, true);
        record.Progress.OpenForm = null;
        Skip(view);
        return await MoveAsync(dc, record, view, StepOutcome.Continue, cancellationToken);
    }

    private async Task<DialogTurnResult> BackAsync(DialogContext dc, JourneyRecord record, Position position, CancellationToken cancellationToken)
    {
        var history = record.Progress.History;
        if (history.Count == 0)
        {
            await dc.Context.SendActivityAsync(MessageFactory.Text(_services.Content.Text("interruptions", "cannot-go-back")), cancellationToken);
            return await AskAsync(dc, record, position, AskReason.Repeat, false, cancellationToken);
        }
        var target = history[^1];
        history.RemoveAt(history.Count - 1);
        await dc.Context.SendActivityAsync(MessageFactory.Text(_services.Content.Text("interruptions", "back")), cancellationToken);
        return target.Topic == _topic.Id && _topic.HasStep(target.Question)
            ? await AskAsync(dc, record, target, AskReason.Back, false, cancellationToken)
            : await dc.EndDialogAsync(new TopicResult(_topic.Id, TopicExit.GoTo, target), cancellationToken);
    }

    private async Task<DialogTurnResult> AskAsync(DialogContext dc, JourneyRecord record, Position position, AskReason reason, bool quiet, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? formValues = null)
    {
        record.Progress.Current = position;
        record.Progress.OpenForm = null;
        if (_topic.TracksResume)
            record.Progress.Resume = position;

        var step = _topic.Step(position.Question);
        var view = new StepView(dc.Context, record, position, reason);
        if (step.BeforeAsk is not null && !quiet)
            await step.BeforeAsk(view, cancellationToken);

        if (step.Kind == AnswerKind.Form)
            return await dc.PromptAsync(FormPromptId, FormOptions(view, step, formValues, quiet), cancellationToken);
        var options = _prompts.Build(step, _topic.ContentStepOf(step), view, quiet);
        var promptId = step.Kind == AnswerKind.Choice ? ChoicePromptId : TextPromptId;
        return await dc.PromptAsync(promptId, options, cancellationToken);
    }

    private Position CurrentPosition(JourneyRecord record) =>
        record.Progress.Current is { } current && current.Topic == _topic.Id
            ? current
            : throw new DialogStateException($"The question flow of '{_topic.Id}' is on the stack, but the plan's current question is not one of its questions.");
}
