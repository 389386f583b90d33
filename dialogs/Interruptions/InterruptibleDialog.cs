using AllyBot.Builder;
using AllyBot.Builder.Dialogs;
using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Interruptions;

/// <summary>
/// The shared interruption base (the Bot Framework CoreBot's CancelAndHelpDialog, improved): every message
/// is looked at before the topic's open question gets it. help, examples, plan and export answer and ask the
/// question again; back and skip move the question flow; menu and meeting prep leave the topic; cancel,
/// start over and delete my data ask for a yes first, which is kept in the plan's progress so the answer
/// can come on the next turn (or after a restart). A sentence at a free-text question that sounds like a
/// meeting coming up is checked first ("prep for it now?"): on no it is the answer after all. A card form
/// or button of an earlier question is ignored with a short word. A coaching question ("what if they say
/// no?") is answered from the library and the open question asked again (Generative.CoachingQuestions).
/// </summary>
public abstract class InterruptibleDialog : ComponentDialog
{
    protected InterruptibleDialog(string dialogId, JourneyServices services)
        : base(dialogId)
    {
        Services = services ?? throw new ArgumentNullException(nameof(services));
    }

    protected JourneyServices Services { get; }

    private CoachingContent Content => Services.Content;

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        var start = options as TopicStart ?? TopicStart.Fresh;
        var result = await base.OnBeginDialogAsync(innerDc, start, cancellationToken);
        if (start.Command is not { } command || command == TopicStart.QuietCommand || result.Status != DialogTurnStatus.Waiting)
            return result;
        var record = await Services.Store.GetAsync(innerDc.Context, cancellationToken);
        return await HandleCommandAsync(innerDc, record, command, cancellationToken);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var activity = innerDc.Context.Activity;
        if (activity.Type != Builder.Schema.ActivityTypes.Message)
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);

        var record = await Services.Store.GetAsync(innerDc.Context, cancellationToken);
        if (record.Progress.PendingConfirmation is { } pending)
            return await ConfirmAsync(innerDc, record, pending, cancellationToken);

        if (Services.Commands.Recognize(activity, ExpectsFreeText(record)) is { } command)
            return await HandleCommandAsync(innerDc, record, command, cancellationToken);
        if (IsStale(innerDc.Context, record))
        {
            await SendAsync(innerDc.Context, "stale-input", cancellationToken);
            return await RepromptAsync(innerDc, cancellationToken);
        }
        if (await Services.Questions.TryAnswerAsync(innerDc.Context, Services.Generative.Answers, AcceptsQuestions(record), CoachingContextOf(record), cancellationToken))
            return await RepromptAsync(innerDc, cancellationToken);
        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    /// <summary>Whether the open question's answer may itself be a question (then none is answered as a coaching question).</summary>
    protected virtual bool AcceptsQuestions(JourneyRecord record) => true;

    /// <summary>Where a coaching question is asked: the ally being discussed and the library step of the open question.</summary>
    protected virtual Content.Generative.Answers.CoachingContext? CoachingContextOf(JourneyRecord record) => null;

    /// <summary>Whether the message is a card form or button of another question than the open one.</summary>
    protected virtual bool IsStale(ITurnContext context, JourneyRecord record) => false;

    /// <summary>True for the journey's own topics: "continue" there just asks the open question again.</summary>
    protected virtual bool TracksJourney => false;

    /// <summary>Commands that can run right after a topic begins quietly (the first message was a command).</summary>
    internal static bool RunsAtStart(string command) =>
        command is Commands.Help or Commands.Examples or Commands.Plan or Commands.Export or Commands.StartOver or Commands.DeleteMyData;

    private async Task<DialogTurnResult> HandleCommandAsync(DialogContext innerDc, JourneyRecord record, string command, CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        switch (command)
        {
            case Commands.Help:
                await SendHelpAsync(context, record, cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case Commands.Examples:
                await SendExamplesAsync(context, record, cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case Commands.Plan:
                await Services.Presenter.ShowPlanAsync(context, record, cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case Commands.Export:
                await Services.Presenter.ExportAsync(context, record, cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case Commands.Back:
                return await SignalFlowAsync(innerDc, FlowSignal.Back, cancellationToken);
            case Commands.Skip:
                return await SignalFlowAsync(innerDc, FlowSignal.Skip, cancellationToken);
            case Commands.Menu:
                return await EndTopicAsync(innerDc, new TopicResult(Id, TopicExit.Menu), cancellationToken);
            case Commands.MeetingPrep:
                return await EndTopicAsync(innerDc, new TopicResult(Id, TopicExit.Prep, Text: context.Activity.Text), cancellationToken);
            case Commands.Continue when TracksJourney:
                await context.SendActivityAsync(MessageFactory.Text(Content.Text("resume", "resumed")), cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case Commands.Continue:
                return await EndTopicAsync(innerDc, new TopicResult(Id, TopicExit.Route, Route: Commands.Continue), cancellationToken);
            case Commands.MaybeMeetingPrep:
                record.Progress.PendingConfirmation = command;
                record.Progress.PendingText = context.Activity.Text;
                await context.SendActivityAsync(ConfirmQuestion(command, retry: false), cancellationToken);
                return EndOfTurn;
            case Commands.Cancel or Commands.StartOver or Commands.DeleteMyData:
                record.Progress.PendingConfirmation = command;
                await context.SendActivityAsync(ConfirmQuestion(command, retry: false), cancellationToken);
                return EndOfTurn;
            default:
                // A command id the library lists but the code does not handle (lint refuses one; this is the
                // safety net): say so and ask the open question again. Never a destructive default.
                await SendAsync(context, "unknown-command", cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> ConfirmAsync(DialogContext innerDc, JourneyRecord record, string pending, CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        if (!Commands.NeedsConfirmation(pending))
        {
            // A stored confirmation the code does not know (an old or edited plan): drop it and take the message as usual.
            record.Progress.PendingConfirmation = null;
            return await OnContinueDialogAsync(innerDc, cancellationToken);
        }
        if (Services.Commands.Recognize(context.Activity) == pending)
        {
            // The same command again (a second click on "Delete my data", the words typed twice) is not a yes:
            // nothing destructive happens without an explicit answer to the question.
            await context.SendActivityAsync(ConfirmQuestion(pending, retry: true), cancellationToken);
            return EndOfTurn;
        }
        var question = Content.Question("interruptions", ConfirmQuestionId(pending));
        var answer = CommandRecognizer.ValueChoice(context.Activity.Value) ?? context.Activity.Text;
        var found = ChoiceRecognizers.RecognizeChoices(answer, ChoiceList.From(question.Choices));
        if (found.Count == 0 || (found.Count > 1 && found[0].Score == found[1].Score))
        {
            // Another command instead of yes/no drops the question and does what was asked now.
            if (Services.Commands.Recognize(context.Activity) is { } other && other != pending)
            {
                record.Progress.PendingConfirmation = null;
                record.Progress.PendingText = null;
                return await HandleCommandAsync(innerDc, record, other, cancellationToken);
            }
            await context.SendActivityAsync(ConfirmQuestion(pending, retry: true), cancellationToken);
            return EndOfTurn;
        }

        record.Progress.PendingConfirmation = null;
        if (pending == Commands.MaybeMeetingPrep)
            return await MeetingCheckedAsync(innerDc, record, found[0].Value == "yes", cancellationToken);
        if (found[0].Value != "yes")
        {
            await SendAsync(context, KeptText(pending), cancellationToken);
            return await RepromptAsync(innerDc, cancellationToken);
        }
        switch (pending)
        {
            case Commands.Cancel:
                await SendAsync(context, "cancelled", cancellationToken);
                return await EndTopicAsync(innerDc, new TopicResult(Id, TopicExit.Cancelled), cancellationToken);
            case Commands.StartOver:
                record.StartOver();
                await SendAsync(context, "started-over", cancellationToken);
                return await EndTopicAsync(innerDc, new TopicResult(Id, TopicExit.StartOver), cancellationToken);
            case Commands.DeleteMyData:
                await SendAsync(context, "deleted", cancellationToken);
                JourneyStore.RequestDeletion(context);
                return await EndTopicAsync(innerDc, new TopicResult(Id, TopicExit.Deleted), cancellationToken);
            default:
                throw new InvalidOperationException($"No confirmed action for the command '{pending}'."); // NeedsConfirmation admits only the three above
        }
    }

    /// <summary>"Prep for it now?" yes: meeting prep with what they wrote; no: what they wrote answers the open question.</summary>
    private async Task<DialogTurnResult> MeetingCheckedAsync(DialogContext innerDc, JourneyRecord record, bool prep, CancellationToken cancellationToken)
    {
        var text = record.Progress.PendingText;
        record.Progress.PendingText = null;
        if (prep)
            return await EndTopicAsync(innerDc, new TopicResult(Id, TopicExit.Prep, Text: text), cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
            return await RepromptAsync(innerDc, cancellationToken);
        Journey.AnswerOverride.Set(innerDc.Context, text);
        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private async Task SendHelpAsync(ITurnContext context, JourneyRecord record, CancellationToken cancellationToken)
    {
        if (CurrentQuestion(record) is not { } current)
        {
            await SendAsync(context, "help", cancellationToken);
            return;
        }
        await Services.Presenter.SendQuestionHelpAsync(context, current.ContentStep, current.QuestionId, current.ContentStep, cancellationToken);
    }

    private async Task SendExamplesAsync(ITurnContext context, JourneyRecord record, CancellationToken cancellationToken)
    {
        if (CurrentQuestion(record) is { } current)
            await Services.Presenter.SendExamplesAsync(context, current.ContentStep, current.QuestionId, cancellationToken);
        else
            await SendAsync(context, "no-question-help", cancellationToken);
    }

    /// <summary>Whether the open question takes free text (then only "prep …" starts meeting prep, not "I'm meeting …").</summary>
    protected virtual bool ExpectsFreeText(JourneyRecord record) => false;

    /// <summary>The library step and question id of this topic's open question, or null when there is none.</summary>
    protected virtual (string ContentStep, string QuestionId)? CurrentQuestion(JourneyRecord record) => null;

    private static async Task<DialogTurnResult> SignalFlowAsync(DialogContext innerDc, FlowSignal signal, CancellationToken cancellationToken)
    {
        // The open prompt ends with the signal as its result, so the flow beneath it handles back or skip.
        if (innerDc.ActiveDialog is { Id: not QuestionFlowDialog.FlowId })
            return await innerDc.EndDialogAsync(signal, cancellationToken);
        return await innerDc.ContinueDialogAsync(cancellationToken);
    }

    private static async Task<DialogTurnResult> RepromptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    private static async Task<DialogTurnResult> EndTopicAsync(DialogContext innerDc, TopicResult result, CancellationToken cancellationToken)
    {
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    private Builder.Schema.Activity ConfirmQuestion(string command, bool retry)
    {
        var question = Content.Question("interruptions", ConfirmQuestionId(command));
        var message = ChoiceFactory.SuggestedAction(ChoiceList.From(question.Choices), retry ? question.Reprompt : question.Text);
        return message;
    }

    private static string ConfirmQuestionId(string command) => command switch
    {
        Commands.MaybeMeetingPrep => "confirm-prep",
        Commands.Cancel => "confirm-cancel",
        Commands.StartOver => "confirm-start-over",
        Commands.DeleteMyData => "confirm-delete-data",
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Only cancel, start over, delete my data and a possible meeting prep are confirmed."),
    };

    private static string KeptText(string command) => command switch
    {
        Commands.Cancel => "cancel-kept",
        Commands.StartOver => "start-over-kept",
        Commands.DeleteMyData => "delete-kept",
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Only cancel, start over, delete my data and a possible meeting prep are confirmed."),
    };

    private Task SendAsync(ITurnContext context, string interruptionTextKey, CancellationToken cancellationToken) =>
        context.SendActivityAsync(MessageFactory.Text(Content.Text("interruptions", interruptionTextKey)), cancellationToken);
}
