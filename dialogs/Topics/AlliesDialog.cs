using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// Step 2, allies: a brainstorm (shared values, lived experience, resources, the unexpected, the opposition),
/// then allies one at a time (name → the matched audience profile, confirmed or corrected → stance on the
/// spectrum of allies → for possible organizers, leadership-building or services → another?), then the gaps.
/// </summary>
public sealed class AlliesDialog : QuestionTopicDialog
{
    private const string Matched = "matched";
    private const string Candidates = "candidates";
    private const string FullList = "full-list";
    private const string MoreAllies = "more-allies";
    private static readonly string[] OrganizerAudiences = [AudienceIds.CommunityOrganizers, AudienceIds.CommunityServiceOrganizations];

    private readonly AudienceChoices _audiences;

    public AlliesDialog(JourneyServices services)
        : base(JourneySteps.Allies, services)
    {
        _audiences = new AudienceChoices(services.Content, services.Matcher);
        var c = services.Content;
        Add(
            Brainstorm("shared-values", b => b.SharedValues, (b, t) => b.SharedValues = t, IntroAsync),
            Brainstorm("lived-experience", b => b.LivedExperience, (b, t) => b.LivedExperience = t),
            Brainstorm("resources", b => b.Resources, (b, t) => b.Resources = t),
            Brainstorm("unexpected-allies", b => b.UnexpectedAllies, (b, t) => b.UnexpectedAllies = t),
            Brainstorm("opposition", b => b.Opposition, (b, t) => b.Opposition = t),
            new QuestionStep("ally-name", AnswerKind.Text)
            {
                PerAlly = true,
                Required = true,
                Read = v => v.Ally?.Name,
                Write = WriteName,
            },
            new QuestionStep("audience-confirm", AnswerKind.Choice)
            {
                PerAlly = true,
                Required = true,
                When = v => v.Scratch(Matched) is not null,
                Text = v => $"{c.Text("allies", "audience-matched", ("ally", $"*{v.RequireAlly.Name}*"), ("audience", $"**{c.AudienceName(v.Scratch(Matched))}**"))}\n\n{c.Question(Id, "audience-confirm").Text}",
                Read = v => c.ChoiceAnswer(Id, "audience-confirm", v.Scratch("audience-confirm")),
                Write = (v, a) =>
                {
                    v.SetScratch("audience-confirm", a.ChoiceId);
                    v.RequireAlly.AudienceId = a.Is("yes") ? v.Scratch(Matched) : null;
                },
            },
            new QuestionStep("audience-candidates", AnswerKind.Choice)
            {
                PerAlly = true,
                Required = true,
                When = v => v.RequireAlly.AudienceId is null && v.Scratch(FullList) is null && CandidateIds(v).Any(id => id != v.Scratch(Matched)),
                Text = v => v.Scratch(Matched) is null ? c.Fill(v, c.Question(Id, "audience-candidates").Text) : c.Fill(v, c.Question(Id, "ally-audience").Text),
                Choices = v => _audiences.Candidates(CandidateIds(v), v.Scratch(Matched), c.Question(Id, "audience-candidates").Choice("something-else")),
                Read = v => v.RequireAlly.AudienceId is { } id ? c.AudienceName(id) : null,
                Write = (v, a) =>
                {
                    if (a.Is("something-else"))
                        v.SetScratch(FullList, "yes");
                    else
                        v.RequireAlly.AudienceId = a.ChoiceId;
                },
            },
            new QuestionStep("ally-audience", AnswerKind.Choice)
            {
                PerAlly = true,
                Required = true,
                When = v => v.RequireAlly.AudienceId is null,
                Choices = v => _audiences.All(CandidateIds(v)),
                Read = v => v.RequireAlly.AudienceId is { } id ? c.AudienceName(id) : null,
                Write = (v, a) => v.RequireAlly.AudienceId = a.ChoiceId,
            },
            new QuestionStep("stance", AnswerKind.Choice)
            {
                PerAlly = true,
                BeforeAsk = AllyAddedAsync,
                Read = v => c.ChoiceAnswer(Id, "stance", v.RequireAlly.Stance),
                Write = (v, a) => v.RequireAlly.Stance = a.ChoiceId,
            },
            new QuestionStep("organizer-or-service", AnswerKind.Choice)
            {
                PerAlly = true,
                When = v => v.Record.Profile.Role == RoleIds.HealthDepartment || OrganizerAudiences.Contains(v.RequireAlly.AudienceId),
                Read = v => c.ChoiceAnswer(Id, "organizer-or-service", v.RequireAlly.OrganizerOrService),
                Write = (v, a) => v.RequireAlly.OrganizerOrService = a.ChoiceId,
                AfterAnswer = OrganizerOrServiceAsync,
            },
            new QuestionStep(MoreAllies, AnswerKind.Choice)
            {
                PerAlly = true,
                Required = true,
                BeforeAsk = (v, ct) => v.Reason == AskReason.Forward ? v.SayAsync(c, Id, v.Plan.Allies.Count == 1 ? "ally-count-one" : "ally-count", ct) : Task.CompletedTask,
                Read = v => c.ChoiceAnswer(Id, MoreAllies, v.Scratch(MoreAllies)),
                Write = (v, a) => v.SetScratch(MoreAllies, a.ChoiceId),
            },
            new QuestionStep("gaps", AnswerKind.Text)
            {
                BeforeAsk = PointOutGapsAsync,
                Read = v => v.Plan.Brainstorm.Gaps,
                Write = (v, a) => v.Plan.Brainstorm.Gaps = a.Text,
            },
            new QuestionStep("alliance-breadth", AnswerKind.Choice)
            {
                Read = v => c.ChoiceAnswer(Id, "alliance-breadth", v.Plan.Brainstorm.Breadth),
                Write = (v, a) => v.Plan.Brainstorm.Breadth = a.ChoiceId,
            });
    }

    private CoachingContent Content => Services.Content;

    /// <summary>New allies are added after the ones already in the plan.</summary>
    protected override int FirstAlly(StepView view) => view.Plan.Allies.Count;

    protected override bool CanVisitAlly(StepView view, int ally) => ally >= 0 && ally <= view.Plan.Allies.Count;

    protected override bool HasNextAlly(StepView view, int ally) => view.Scratch(MoreAllies) == "yes";

    private QuestionStep Brainstorm(string id, Func<AllyBrainstorm, string?> read, Action<AllyBrainstorm, string?> write, Func<StepView, CancellationToken, Task>? before = null) =>
        new(id, AnswerKind.Text)
        {
            BeforeAsk = before,
            Read = v => read(v.Plan.Brainstorm),
            Write = (v, a) => write(v.Plan.Brainstorm, a.Text),
        };

    private async Task IntroAsync(StepView view, CancellationToken cancellationToken)
    {
        if (view.Reason == AskReason.Forward)
            await view.SendAsync($"{Content.Text(Id, "intro")} {Content.Tip(Id, "values-experience-resources").Text}", cancellationToken);
    }

    /// <summary>Adds (or renames) the ally and matches the name to an audience profile for the next question.</summary>
    private void WriteName(StepView view, Answer answer)
    {
        var name = answer.Text ?? string.Empty;
        if (view.Ally is { } existing)
        {
            existing.Name = name;
            existing.AudienceId = null;
        }
        else
        {
            view.Plan.Allies.Add(new AllyEntry { Name = name });
        }
        var (best, candidates) = _audiences.Match(name);
        view.SetScratch(Matched, best);
        view.SetScratch(Candidates, string.Join(',', candidates));
        view.SetScratch(FullList, null);
        view.SetScratch(MoreAllies, null);
    }

    private static IEnumerable<string> CandidateIds(StepView view) =>
        (view.Scratch(Candidates) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);

    private Task AllyAddedAsync(StepView view, CancellationToken cancellationToken) =>
        view.Reason == AskReason.Forward ? view.SayAsync(Content, Id, "ally-added", cancellationToken) : Task.CompletedTask;

    /// <summary>For health departments: a group that builds leadership and power is an organizer, one that only serves is not.</summary>
    private async Task<StepOutcome> OrganizerOrServiceAsync(StepView view, Answer answer, CancellationToken cancellationToken)
    {
        var ally = view.RequireAlly;
        var switchTo = (answer.ChoiceId, ally.AudienceId) switch
        {
            ("organizer", AudienceIds.CommunityServiceOrganizations) => AudienceIds.CommunityOrganizers,
            ("service", AudienceIds.CommunityOrganizers) => AudienceIds.CommunityServiceOrganizations,
            _ => null,
        };
        if (switchTo is not null)
        {
            ally.AudienceId = switchTo;
            await view.SayAsync(Content, Id, "audience-switched", cancellationToken);
        }
        else if (answer.Is("service") || answer.Is("not-sure"))
        {
            await view.SendAsync(Content.Tip(Id, "organizers-vs-services").Text, cancellationToken);
        }
        return StepOutcome.Continue;
    }

    /// <summary>Points out which kinds of people no ally on the list represents yet.</summary>
    private async Task PointOutGapsAsync(StepView view, CancellationToken cancellationToken)
    {
        if (view.Reason != AskReason.Forward)
            return;
        var represented = view.Plan.Allies
            .Where(a => a.Stance is not ("active-opposition" or "passive-opposition") && a.AudienceId is not null)
            .Select(a => a.AudienceId!)
            .ToHashSet(StringComparer.Ordinal);
        var missing = Content.Question(Id, "representation").Choices
            .Where(group => !group.Synonyms.Any(represented.Contains))
            .Select(group => group.Title)
            .ToList();
        var text = missing.Count == 0
            ? Content.Text(Id, "gaps-none")
            : $"{Content.Text(Id, "gaps-check")} {Content.Text(Id, "gaps-missing")} {string.Join(", ", missing)}.";
        await view.SendAsync(text, cancellationToken);
    }

    protected internal override async Task<TopicResult> OnCompletedAsync(StepView view, CancellationToken cancellationToken)
    {
        if (view.Progress.WholeJourney)
            await view.SayAsync(Content, Id, "done", cancellationToken);
        return new TopicResult(Id, TopicExit.Completed);
    }
}
