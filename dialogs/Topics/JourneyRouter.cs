using AllyBot.Content.Model;
using AllyBot.Builder;
using AllyBot.Builder.Dialogs;
using AllyBot.Dialogs.Interruptions;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// Decides which topic runs next. It stays at the bottom of the main dialog: a new user is welcomed, a
/// returning one offered to continue, everyone else sees the menu; when a topic ends, the whole journey
/// moves on to the next topic, a single part returns to the menu, "back" crosses into the previous topic,
/// and meeting prep returns to the question it interrupted.
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
            return await BeginPrepAsync(dc, record, dc.Context.Activity.Text, cancellationToken);
        if (command == Commands.StartOver && !record.Plan.HasContent)
        {
            // Nothing to clear (e.g. a new user's first "/allybot start" in Slack): no "clear your plan?" question, just start.
            if (record.Profile.Onboarded)
                return await BeginJourneyAsync(dc, record, cancellationToken);
            command = null;
        }

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
            TopicExit.Completed => await CompletedAsync(dc, record, topic.Topic, cancellationToken),
            TopicExit.GoTo => await dc.BeginDialogAsync(topic.Target!.Topic, new TopicStart(topic.Target, AskReason.Back), cancellationToken),
            TopicExit.Cancelled => await dc.BeginDialogAsync(JourneySteps.Menu, new TopicStart(Command: TopicStart.QuietCommand), cancellationToken),
            TopicExit.StartOver => await BeginJourneyAsync(dc, record, cancellationToken),
            TopicExit.Deleted => await dc.EndDialogAsync(null, cancellationToken),
            TopicExit.Prep => await BeginPrepAsync(dc, record, topic.Text, cancellationToken, returnTo: record.Progress.Current),
            TopicExit.Route => await RouteAsync(dc, record, topic.Route!, cancellationToken),
            _ => await MenuAsync(dc, cancellationToken),
        };
    }

    private async Task<DialogTurnResult> CompletedAsync(DialogContext dc, JourneyRecord record, string topic, CancellationToken cancellationToken)
    {
        var progress = record.Progress;
        if (topic == JourneySteps.Welcome)
            return await BeginJourneyAsync(dc, record, cancellationToken);
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
        if (progress.WholeJourney && JourneyTopics.After(topic) is { } next)
            return await dc.BeginDialogAsync(next, TopicStart.Fresh, cancellationToken);

        progress.Resume = null;
        if (progress.WholeJourney)
        {
            progress.WholeJourney = false;
            await services.Presenter.ShowPlanAsync(dc.Context, record, cancellationToken, services.Content.Text("menu", "journey-complete"));
        }
        else
        {
            await dc.Context.SendActivityAsync(MessageFactory.Text(services.Content.Text("menu", "part-done")), cancellationToken);
        }
        return await MenuAsync(dc, cancellationToken);
    }

    private async Task<DialogTurnResult> RouteAsync(DialogContext dc, JourneyRecord record, string route, CancellationToken cancellationToken)
    {
        var progress = record.Progress;
        if (Routes.PartOf(route) is { } part)
            return await BeginPartAsync(dc, record, part, null, cancellationToken);
        switch (route)
        {
            case "new-plan":
                // A plan in progress is only cleared after a yes.
                return record.Plan.HasContent
                    ? await dc.BeginDialogAsync(JourneySteps.Menu, new TopicStart(Command: Commands.StartOver), cancellationToken)
                    : await BeginJourneyAsync(dc, record, cancellationToken);
            case "add-ally":
                return await BeginPartAsync(dc, record, JourneySteps.Allies, new Position(JourneySteps.Allies, "ally-name", record.Plan.Allies.Count), cancellationToken);
            case "draft-pitch":
                return await BeginPartAsync(dc, record, JourneySteps.Pitches, null, cancellationToken);
            case "keep-together":
                return await BeginPartAsync(dc, record, JourneySteps.Sustain, null, cancellationToken);
            case "meeting-prep":
                return await BeginPrepAsync(dc, record, null, cancellationToken);
            case "view-plan":
                await services.Presenter.ShowPlanAsync(dc.Context, record, cancellationToken);
                return await MenuAsync(dc, cancellationToken);
            case "continue" when progress.Resume is { } resume:
                return await dc.BeginDialogAsync(resume.Topic, new TopicStart(resume, AskReason.Resume), cancellationToken);
            case "start-over":
                record.StartOver();
                await dc.Context.SendActivityAsync(MessageFactory.Text(services.Content.Text("interruptions", "started-over")), cancellationToken);
                return await BeginJourneyAsync(dc, record, cancellationToken);
            case "help":
                await dc.Context.SendActivityAsync(MessageFactory.Text(services.Content.Text("interruptions", "help")), cancellationToken);
                return await MenuAsync(dc, cancellationToken);
            default:
                return await MenuAsync(dc, cancellationToken);
        }
    }

    private static Task<DialogTurnResult> BeginJourneyAsync(DialogContext dc, JourneyRecord record, CancellationToken cancellationToken)
    {
        record.Progress.WholeJourney = true;
        record.Progress.FocusAlly = null;
        return dc.BeginDialogAsync(JourneySteps.Goal, TopicStart.Fresh, cancellationToken);
    }

    private static Task<DialogTurnResult> BeginPartAsync(DialogContext dc, JourneyRecord record, string topic, Position? at, CancellationToken cancellationToken)
    {
        record.Progress.WholeJourney = false;
        record.Progress.FocusAlly = null;
        return dc.BeginDialogAsync(topic, new TopicStart(at), cancellationToken);
    }

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
