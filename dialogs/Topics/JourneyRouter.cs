using AllyBot.Content.Model;
using AllyBot.Builder;
using AllyBot.Builder.Dialogs;
using AllyBot.Dialogs.Interruptions;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// Decides which topic runs next. It stays at the bottom of the main dialog: a new user is welcomed and
/// chooses a quick pitch, a full plan or meeting prep; a returning one is offered to continue; everyone else
/// sees the menu. The whole journey goes to the next unanswered question (so "continue" after a cancel, a
/// menu detour or a restart lands on the next unanswered question of the first unfinished ally); a part
/// jumped to from the menu lands on its first unfinished item and returns to the menu; "back" crosses into
/// the previous topic; meeting prep returns to the question it interrupted.
/// </summary>
public sealed class JourneyRouter(JourneyServices services) : Dialog(RouterId)
{
    public const string RouterId = "router";
    private const string ReturningKey = "allybot.returning";

    /// <summary>True in the turn a returning user starts a conversation again (nothing was open).</summary>
    public static bool IsReturning(ITurnContext context) => context.TurnState.ContainsKey(ReturningKey);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var record = await services.Store.GetAsync(dc.Context, cancellationToken);
        var command = services.Commands.Recognize(dc.Context.Activity);
        if (command == Commands.MeetingPrep)
        {
            record.Profile.Onboarded = true;
            return await BeginPrepAsync(dc, record, dc.Context.Activity.Text, cancellationToken);
        }
        if (command == Commands.StartOver && !record.Plan.HasContent)
        {
            // Nothing to clear (e.g. a new user's first "/allybot start" in Slack): no "clear your plan?" question, just start.
            if (record.Profile.Onboarded)
                return await BeginJourneyAsync(dc, record, JourneyPaths.FullPlan, cancellationToken);
            command = null;
        }
        if (command == Commands.Continue && record.Profile.Onboarded)
            return await ContinueAsync(dc, record, cancellationToken);

        var start = command is not null && InterruptibleDialog.RunsAtStart(command) ? new TopicStart(Command: command) : TopicStart.Fresh;
        if (!record.Profile.Onboarded)
        {
            await SayWelcomeAsync(dc.Context, cancellationToken);
            return await dc.BeginDialogAsync(JourneySteps.Welcome, start, cancellationToken);
        }
        var entry = record.Progress.Resume is not null && record.Plan.HasContent ? JourneySteps.Resume : JourneySteps.Menu;
        dc.Context.TurnState.Set(ReturningKey, ReturningKey); // the menu greets "welcome back" only now
        return await dc.BeginDialogAsync(entry, start, cancellationToken);
    }

    /// <summary>Only reached if no topic is open: show the menu.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.BeginDialogAsync(JourneySteps.Menu, TopicStart.Fresh, cancellationToken);

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var record = await services.Store.GetAsync(dc.Context, cancellationToken);
        if (result is not TopicResult topic)
            return await MenuAsync(dc, cancellationToken);

        return topic.Exit switch
        {
            TopicExit.Completed when topic.Topic == JourneySteps.Welcome => await RouteAsync(dc, record, topic.Route ?? JourneyPaths.FullPlan, null, cancellationToken),
            TopicExit.Completed => await CompletedAsync(dc, record, topic.Topic, cancellationToken),
            TopicExit.GoTo => await GoToAsync(dc, record, topic.Target!, cancellationToken),
            TopicExit.Cancelled => await dc.BeginDialogAsync(JourneySteps.Menu, new TopicStart(Command: TopicStart.QuietCommand), cancellationToken),
            TopicExit.StartOver => await BeginJourneyAsync(dc, record, JourneyPaths.FullPlan, cancellationToken),
            TopicExit.Deleted => await dc.EndDialogAsync(null, cancellationToken),
            TopicExit.Prep => await BeginPrepAsync(dc, record, topic.Text, cancellationToken, returnTo: record.Progress.Current),
            TopicExit.Route => await RouteAsync(dc, record, topic.Route!, topic.Ally, cancellationToken),
            _ => await MenuAsync(dc, cancellationToken),
        };
    }

    private async Task<DialogTurnResult> CompletedAsync(DialogContext dc, JourneyRecord record, string topic, CancellationToken cancellationToken)
    {
        var progress = record.Progress;
        if (topic == JourneySteps.Prep)
        {
            var back = progress.ReturnTo;
            progress.ReturnTo = null;
            return back is null || back.Topic == JourneySteps.Prep
                ? await MenuAsync(dc, cancellationToken)
                : await dc.BeginDialogAsync(back.Topic, new TopicStart(back, AskReason.Resume), cancellationToken);
        }
        if (!JourneyTopics.Journey.Contains(topic))
            return await MenuAsync(dc, cancellationToken);

        progress.FocusAlly = null;
        if (progress.WholeJourney && NextUnanswered(dc, record) is { } next)
            return await dc.BeginDialogAsync(next.Topic, new TopicStart(next), cancellationToken);

        var whole = progress.WholeJourney;
        var part = progress.Part;
        progress.WholeJourney = false;
        progress.Part = null;
        progress.Editing = false;
        if (whole)
        {
            progress.Resume = null;
            await services.Presenter.ShowPlanAsync(dc.Context, record, cancellationToken, services.Content.Text("menu", "journey-complete"));
        }
        else if (part is not null || topic != JourneySteps.Allies || record.Plan.Allies.Count > 0)
        {
            await dc.Context.SendActivityAsync(MessageFactory.Text(services.Content.Text("menu", "part-done")), cancellationToken);
        }
        return await MenuAsync(dc, cancellationToken);
    }

    private async Task<DialogTurnResult> RouteAsync(DialogContext dc, JourneyRecord record, string route, int? ally, CancellationToken cancellationToken)
    {
        if (Routes.PartOf(route) is { } part)
            return await BeginPartAsync(dc, record, part, cancellationToken);
        switch (route)
        {
            case JourneyPaths.QuickPitch:
            case JourneyPaths.FullPlan:
                return await BeginJourneyAsync(dc, record, route, cancellationToken);
            case JourneyPaths.MeetingPrep:
                record.Profile.Onboarded = true;
                return await dc.BeginDialogAsync(JourneySteps.Prep, new TopicStart(Ally: ally), cancellationToken);
            case "new-plan":
                // A plan in progress is only cleared after a yes.
                return record.Plan.HasContent
                    ? await dc.BeginDialogAsync(JourneySteps.Menu, new TopicStart(Command: Commands.StartOver), cancellationToken)
                    : await BeginJourneyAsync(dc, record, JourneyPaths.FullPlan, cancellationToken);
            case "add-ally":
                return await BeginFreeAsync(dc, record, new Position(JourneySteps.Allies, "ally-name", record.Plan.Allies.Count), cancellationToken);
            case "draft-pitch":
                return await BeginPartAsync(dc, record, JourneySteps.Pitches, cancellationToken, editing: true);
            case "keep-together":
                return await BeginPartAsync(dc, record, JourneySteps.Sustain, cancellationToken);
            case "view-plan":
                await services.Presenter.ShowPlanAsync(dc.Context, record, cancellationToken);
                return await MenuAsync(dc, cancellationToken);
            case Commands.Continue:
                return await ContinueAsync(dc, record, cancellationToken);
            case "start-over":
                record.StartOver();
                await dc.Context.SendActivityAsync(MessageFactory.Text(services.Content.Text("interruptions", "started-over")), cancellationToken);
                return await BeginJourneyAsync(dc, record, JourneyPaths.FullPlan, cancellationToken);
            case "help":
                await dc.Context.SendActivityAsync(MessageFactory.Text(services.Content.Text("interruptions", "help")), cancellationToken);
                return await MenuAsync(dc, cancellationToken);
            default:
                // "That's all for now" after a quick pitch: the plan waits for "continue".
                return await MenuAsync(dc, cancellationToken);
        }
    }

    /// <summary>The whole journey from its next unanswered question; a quick pitch that goes on becomes a full plan.</summary>
    private async Task<DialogTurnResult> ContinueAsync(DialogContext dc, JourneyRecord record, CancellationToken cancellationToken)
    {
        await dc.Context.SendActivityAsync(MessageFactory.Text(services.Content.Text("resume", "resumed")), cancellationToken);
        return await BeginJourneyAsync(dc, record, JourneyPaths.FullPlan, cancellationToken, AskReason.Resume);
    }

    private async Task<DialogTurnResult> BeginJourneyAsync(DialogContext dc, JourneyRecord record, string path, CancellationToken cancellationToken, AskReason reason = AskReason.Forward)
    {
        var progress = record.Progress;
        progress.WholeJourney = true;
        progress.Path = path;
        progress.Part = null;
        progress.Editing = false;
        progress.FocusAlly = null;
        if (NextUnanswered(dc, record) is { } next)
            return await dc.BeginDialogAsync(next.Topic, new TopicStart(next, reason), cancellationToken);
        return await CompletedAsync(dc, record, JourneyTopics.Journey[^1], cancellationToken);
    }

    /// <summary>"Jump to a part": its first unfinished item; a finished part is gone over again, showing the earlier answers.</summary>
    private async Task<DialogTurnResult> BeginPartAsync(DialogContext dc, JourneyRecord record, string part, CancellationToken cancellationToken, bool editing = false)
    {
        var progress = record.Progress;
        progress.WholeJourney = false;
        progress.FocusAlly = null;
        progress.Part = part;
        progress.Editing = editing;
        var topic = JourneyTopics.TopicOf(part);
        var first = First(dc, record, topic);
        if (first is null && part == JourneySteps.Allies)
            return await BeginFreeAsync(dc, record, new Position(JourneySteps.Allies, "ally-name", record.Plan.Allies.Count), cancellationToken);
        if (first is null)
        {
            progress.Editing = true;
            first = First(dc, record, topic);
        }
        return await dc.BeginDialogAsync(topic, new TopicStart(first), cancellationToken);
    }

    /// <summary>One ally added from the menu: its questions, then back to the menu.</summary>
    private static Task<DialogTurnResult> BeginFreeAsync(DialogContext dc, JourneyRecord record, Position at, CancellationToken cancellationToken)
    {
        var progress = record.Progress;
        progress.WholeJourney = false;
        progress.Part = null;
        progress.Editing = false;
        progress.FocusAlly = at.Ally;
        return dc.BeginDialogAsync(at.Topic, new TopicStart(at), cancellationToken);
    }

    private async Task<DialogTurnResult> GoToAsync(DialogContext dc, JourneyRecord record, Position target, CancellationToken cancellationToken)
    {
        if (record.Progress.FocusAlly is not null && target.Ally >= 0)
            record.Progress.FocusAlly = target.Ally;
        return await dc.BeginDialogAsync(target.Topic, new TopicStart(target, AskReason.Back), cancellationToken);
    }

    /// <summary>The first question of the whole journey still to answer (goal, allies one by one, keeping together), or null when done.</summary>
    private static Position? NextUnanswered(DialogContext dc, JourneyRecord record) =>
        JourneyTopics.Journey.Select(topic => First(dc, record, topic)).FirstOrDefault(p => p is not null);

    private static Position? First(DialogContext dc, JourneyRecord record, string topic) =>
        (dc.FindDialog(topic) as QuestionTopicDialog)?.First(dc.Context, record);

    private static Task<DialogTurnResult> BeginPrepAsync(DialogContext dc, JourneyRecord record, string? text, CancellationToken cancellationToken, Position? returnTo = null)
    {
        record.Progress.ReturnTo = returnTo;
        return dc.BeginDialogAsync(JourneySteps.Prep, new TopicStart(Text: text), cancellationToken);
    }

    private static Task<DialogTurnResult> MenuAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.BeginDialogAsync(JourneySteps.Menu, TopicStart.Fresh, cancellationToken);

    private async Task SayWelcomeAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var c = services.Content;
        var text = string.Join("\n\n",
            c.Text("welcome", "greeting", ("user", context.Activity.From?.Name)),
            c.Text("welcome", "how-it-works"),
            c.Text("welcome", "privacy-note"),
            c.Text("welcome", "commands-hint"));
        await context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
    }
}
