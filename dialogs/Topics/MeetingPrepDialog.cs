using System.Text;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Interruptions;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// Meeting prep on demand ("I'm meeting the union president in an hour", or "prep"): at most three turns to a
/// one-screen brief — who they are likely to care about, your ask and offer, an opening line, three
/// questions, etiquette and the follow-up. An ally already in the plan is briefed from the plan at once.
/// </summary>
public sealed class MeetingPrepDialog : QuestionTopicDialog
{
    private const string Who = "who";
    private const string AllyKey = "ally";
    private const string Audience = "audience";
    private const string Picked = "picked";
    private const string Goal = "goal";

    private readonly AudienceChoices _audiences;
    private readonly HashSet<string> _roles;

    public MeetingPrepDialog(JourneyServices services)
        : base(JourneySteps.Prep, services)
    {
        _audiences = new AudienceChoices(services.Content, services.Matcher);
        _roles = services.Content.Text(JourneySteps.Allies, "person-roles").Split(',')
            .SelectMany(AllyBot.Content.Matching.TextNormalizer.ContentTokens).ToHashSet(StringComparer.Ordinal);
        Add(
            new QuestionStep("who-meeting", AnswerKind.TextWithSuggestions)
            {
                Required = true,
                // The plan's allies as buttons (most recent first), so meeting one of them is one tap.
                Choices = v => v.Plan.Allies.AsEnumerable().Reverse().Where(a => a.AudienceId is not null).Take(3)
                    .Select(a => new Choice(a.Name, a.Name, null, [])).ToList(),
                NonAnswer = NonAnswerPolicy.Examples,
                When = v => v.Scratch(Who) is null,
                BeforeAsk = IntroAsync,
                Read = v => v.Scratch(Who),
                Write = (v, a) => Resolve(v, Services.Commands.MeetingSubject(a.Text) is { Length: > 0 } subject ? subject : MeetingSubjectText.Clean(a.Text!)),
            },
            new QuestionStep("prep-audience", AnswerKind.Choice)
            {
                Required = true,
                When = v => v.Scratch(AllyKey) is null && v.Scratch(Audience) is null,
                Choices = v => _audiences.All(_audiences.Match(v.Scratch(Who)).Candidates),
                Write = (v, a) =>
                {
                    v.SetScratch(Audience, a.ChoiceId);
                    v.SetScratch(Picked, "yes");
                },
            },
            new QuestionStep("meeting-goal", AnswerKind.Text)
            {
                // Skipped when the audience had to be picked, so the brief still comes within three turns.
                When = v => v.Scratch(AllyKey) is null && v.Scratch(Picked) is null,
                BeforeAsk = IntroAsync,
                Read = v => v.Scratch(Goal),
                Write = (v, a) => v.SetScratch(Goal, a.Text),
            });
    }

    public override bool TracksResume => false;

    private CoachingContent Content => Services.Content;

    protected override async Task<Builder.Dialogs.DialogTurnResult> OnBeginDialogAsync(Builder.Dialogs.DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        // A fresh prep forgets the last one; "I'm meeting X" already says who.
        var start = options as TopicStart ?? TopicStart.Fresh;
        if (start.At is null)
        {
            var record = await Services.Store.GetAsync(innerDc.Context, cancellationToken);
            var view = new StepView(innerDc.Context, record, new Position(Id, ""));
            foreach (var key in new[] { Who, AllyKey, Audience, Picked, Goal })
                view.SetScratch(key, null);
            if (start.Ally is { } index && index >= 0 && index < record.Plan.Allies.Count && record.Plan.Allies[index].AudienceId is not null)
            {
                view.SetScratch(Who, record.Plan.Allies[index].Name);
                view.SetScratch(AllyKey, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (start.Text is { } text && Services.Commands.MeetingSubject(text) is { Length: > 0 } subject)
            {
                Resolve(view, subject);
            }
        }
        return await base.OnBeginDialogAsync(innerDc, start with { Text = null, Ally = null }, cancellationToken);
    }

    private async Task IntroAsync(StepView view, CancellationToken cancellationToken)
    {
        if (view.Reason == AskReason.Forward && view.Progress.History.LastOrDefault()?.Topic != Id)
            await view.SayAsync(Content, Id, view.Plan.HasContent ? "intro" : "no-plan", cancellationToken);
    }

    private void Resolve(StepView view, string who)
    {
        var root = new StepView(view.Context, view.Record, new Position(Id, ""));
        root.SetScratch(Who, who);
        if (MeetingSubject.FindAlly(view.Plan, who, Services.Matcher, _roles) is { } index && view.Plan.Allies[index].AudienceId is not null)
        {
            root.SetScratch(AllyKey, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        root.SetScratch(Audience, _audiences.Match(who).Best);
    }

    protected internal override async Task<TopicResult> OnCompletedAsync(StepView view, CancellationToken cancellationToken)
    {
        var root = new StepView(view.Context, view.Record, new Position(Id, ""));
        AllyEntry ally;
        if (int.TryParse(root.Scratch(AllyKey), out var index) && index < view.Plan.Allies.Count)
        {
            ally = view.Plan.Allies[index];
            await view.SendAsync(Content.Text(new StepView(view.Context, view.Record, new Position(Id, "", index)), Id, "from-plan"), cancellationToken);
        }
        else
        {
            // "Dr. Lee, our dean" → the name to greet, and the role after the comma.
            var who = root.Scratch(Who) ?? string.Empty;
            var comma = who.IndexOf(", ", StringComparison.Ordinal);
            ally = new AllyEntry { Name = comma > 0 ? who[..comma] : who, AudienceId = root.Scratch(Audience), Ask = root.Scratch(Goal) };
            if (comma > 0)
                ally.Contact.Role = who[(comma + 2)..];
        }
        if (ally.AudienceId is null)
            return new TopicResult(Id, TopicExit.Completed);

        var angle = PitchDrafting.Stance(ally).SuggestedAngle();
        var brief = Services.Briefs.Draft(PitchDrafting.Request(view.Record, ally, angle, Content));
        var text = new StringBuilder(Content.Text(Id, "brief-ready", ("ally", ally.Name)))
            .AppendLine().AppendLine().AppendLine(brief.Text).AppendLine()
            .Append(Content.Text(Id, "follow-up-title"));
        foreach (var line in brief.FollowUp)
            text.AppendLine().Append(line.StartsWith('-') ? line : "- " + line);
        await view.SendAsync(text.ToString(), cancellationToken);
        return new TopicResult(Id, TopicExit.Completed);
    }
}
