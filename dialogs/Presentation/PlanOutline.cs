using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Presentation;

/// <summary>A labelled value of the plan ("Our ask: send ten members").</summary>
public sealed record PlanFact(string Label, string Value);

/// <summary>One ally as shown in a summary.</summary>
public sealed record AllyOutline(string Name, IReadOnlyList<PlanFact> Facts);

/// <summary>One kept pitch as shown in a summary.</summary>
public sealed record PitchOutline(string Ally, string Short, string Long, string WordsToAvoid, string Sources);

/// <summary>Labels the renderers need besides the facts' own.</summary>
public sealed record PlanLabels(string Goal, string Short, string Long, string WordsToAvoid, string Sources);

/// <summary>
/// The plan as labelled facts, in the order a person reads it. The card, the plain-text summary and the
/// Markdown export all render this one outline, so they always say the same thing; labels come from the
/// library's "plan" step, choice ids are shown as their library titles.
/// </summary>
public sealed record PlanOutline(
    string Title,
    string Goal,
    IReadOnlyList<PlanFact> GoalFacts,
    string AlliesTitle,
    string NoAllies,
    IReadOnlyList<AllyOutline> Allies,
    string PitchesTitle,
    IReadOnlyList<PitchOutline> Pitches,
    string SustainTitle,
    IReadOnlyList<PlanFact> SustainFacts,
    PlanLabels Labels)
{
    /// <summary>The brainstorm: who could help, and the opposition (private); shown after the goal.</summary>
    public string BrainstormTitle { get; init; } = string.Empty;

    public IReadOnlyList<PlanFact> BrainstormFacts { get; init; } = [];

    public static PlanOutline Build(JourneyRecord record, CoachingContent content)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(content);
        string L(string key) => content.Text("plan", key);
        var plan = record.Plan;
        var goal = plan.Goal;

        var goalFacts = Facts(
            (L("scope"), ChoiceTitle(content, "goal", "scope", goal.Scope)),
            (L("issue"), goal.Issue),
            (L("solution"), goal.Solution),
            (L("not-the-issue"), goal.NotTheIssue));

        var brainstorm = plan.Brainstorm;
        var brainstormFacts = Facts(
            (L("could-help"), brainstorm.CouldHelp),
            (L("shared-values"), brainstorm.SharedValues),
            (L("lived-experience"), brainstorm.LivedExperience),
            (L("resources"), brainstorm.Resources),
            (L("unexpected-allies"), brainstorm.UnexpectedAllies),
            (L("opposition"), brainstorm.Opposition),
            (L("gaps"), brainstorm.Gaps),
            (L("breadth"), ChoiceTitle(content, "allies", "alliance-breadth", brainstorm.Breadth)));

        var allies = plan.Allies.Select(a => new AllyOutline(a.Name, Facts(
            (L("audience"), a.AudienceId is null ? null : content.AudienceName(a.AudienceId)),
            (L("stance"), ChoiceTitle(content, "allies", "stance", a.Stance)),
            (L("organizer-or-service"), ChoiceTitle(content, "allies", "organizer-or-service", a.OrganizerOrService)),
            (L("contact"), Contact(a.Contact)),
            (L("leader-type"), ChoiceTitle(content, "contact", "leader-type", a.Contact.LeaderType)),
            (L("contact-note"), a.Contact.Note),
            (L("bridge"), a.Contact.Bridge),
            (L("self-interest"), a.SelfInterest),
            (L("ask"), a.Ask),
            (L("offer"), a.Offer),
            (L("duration"), ChoiceTitle(content, "exchange", "duration", a.Duration)),
            (L("lead"), ChoiceTitle(content, "exchange", "who-leads", a.Lead)),
            (L("culture"), a.CultureNotes),
            (L("boundaries"), a.Boundaries),
            (L("commitment"), ChoiceTitle(content, "exchange", "commitment-check", a.Commitment)),
            (L("motives"), a.Motives)))).ToList();

        var pitches = plan.Pitches.Select(p => new PitchOutline(
            p.Ally, p.Short, p.Long, string.Join(", ", p.WordsToAvoid), string.Join("; ", p.Sources.Select(id => SourceTitle(content, id))))).ToList();

        var sustain = plan.Sustain;
        var sustainFacts = Facts(
            (L("first-task"), sustain.FirstTask),
            (L("early-win"), sustain.EarlyWin),
            (L("meeting-rhythm"), ChoiceTitle(content, "sustain", "meeting-rhythm", sustain.MeetingRhythm)),
            (L("point-person"), sustain.PointPerson));

        return new PlanOutline(
            L("title"),
            string.IsNullOrWhiteSpace(goal.Statement) ? L("untitled") : goal.Statement,
            goalFacts,
            L("allies"),
            L("no-allies"),
            allies,
            L("pitches"),
            pitches,
            L("sustain"),
            sustainFacts,
            new PlanLabels(L("goal"), L("short"), L("long"), L("words-to-avoid"), L("sources")))
        {
            BrainstormTitle = L("brainstorm"),
            BrainstormFacts = brainstormFacts,
        };
    }

    /// <summary>A guide as a person would cite it (its title); an id the library no longer has, as it is.</summary>
    private static string SourceTitle(CoachingContent content, string id) =>
        content.Library.Sources.TryGetValue(id, out var source) ? source.Title : id;

    private static string? ChoiceTitle(CoachingContent content, string step, string question, string? choiceId) =>
        choiceId is null ? null : content.ChoiceTitle(step, question, choiceId);

    private static string? Contact(ContactInfo contact) =>
        (contact.Name, contact.Role) switch
        {
            (null or "", null or "") => null,
            ({ Length: > 0 } name, { Length: > 0 } role) => $"{name} ({role})",
            (var name, var role) => string.IsNullOrWhiteSpace(name) ? role : name,
        };

    private static List<PlanFact> Facts(params (string Label, string? Value)[] facts) =>
        facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => new PlanFact(f.Label, f.Value!.Trim())).ToList();
}
