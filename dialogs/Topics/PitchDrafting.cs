using AllyBot.Content.Drafting;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// Builds drafting requests from the plan, for pitches and meeting briefs. What the user told the bot in
/// confidence (their read of the ally's motives, the note about the contact, the opposition, a lip-service
/// judgement, the topic kept off the table) goes along as private notes, which a drafter never uses.
/// </summary>
internal static class PitchDrafting
{
    public static PitchRequest Request(JourneyRecord record, AllyEntry ally, PitchAngle angle) => new(
        new GoalInfo(record.Plan.Goal.Statement ?? string.Empty, record.Plan.Goal.Issue, record.Plan.Goal.Solution, record.Plan.Goal.NotTheIssue),
        new AllyInfo(
            ally.Name,
            ally.AudienceId ?? throw new InvalidOperationException($"The ally '{ally.Name}' has no audience yet."),
            Stance(ally),
            ally.SelfInterest,
            ally.Ask,
            ally.Offer,
            ally.Contact.Name,
            ally.Contact.Role),
        angle,
        record.Profile.Name,
        PrivateNotes(record.Plan, ally, null).Select(n => n.Text).ToList());

    /// <summary>
    /// The private notes about an ally and the campaign, labelled for the meeting brief (labels from the
    /// library's plan step when <paramref name="content"/> is given; else the label is empty).
    /// </summary>
    public static IReadOnlyList<(string Label, string Text)> PrivateNotes(CoalitionPlan plan, AllyEntry ally, CoachingContent? content)
    {
        string L(string key) => content?.Text("plan", key) ?? string.Empty;
        var notes = new List<(string, string?)>
        {
            (L("motives"), ally.Motives),
            (L("contact-note"), ally.Contact.Note),
            (L("commitment"), ally.Commitment == "lip-service" ? content?.ChoiceTitle("exchange", "commitment-check", "lip-service") ?? "lip-service" : null),
            (L("opposition"), plan.Brainstorm.Opposition),
            (L("not-the-issue"), plan.Goal.NotTheIssue),
        };
        return notes.Where(n => !string.IsNullOrWhiteSpace(n.Item2)).Select(n => (n.Item1, n.Item2!.Trim())).ToList();
    }

    public static AllyStance Stance(AllyEntry ally) =>
        ContentIds.TryParseStance(ally.Stance, out var stance) ? stance : AllyStance.PassiveAlly;

    public static PitchEntry ToEntry(AllyEntry ally, Pitch pitch) => new()
    {
        Ally = ally.Name,
        AudienceId = pitch.AudienceId,
        Angle = pitch.Angle.ToId(),
        Short = pitch.Short,
        Long = pitch.Long,
        TalkingPoints = [.. pitch.TalkingPoints],
        WordsToAvoid = [.. pitch.WordsToAvoid],
        Sources = [.. pitch.Sources],
        Subject = pitch.Subject,
    };

    /// <summary>A pitch under review, as a drafter's pitch again (the version "another version" replaces).</summary>
    public static Pitch ToPitch(PitchEntry entry) => new(
        entry.Short, entry.Long, entry.TalkingPoints, entry.WordsToAvoid, entry.Sources,
        ContentIds.TryParseAngle(entry.Angle, out var angle) ? angle : PitchAngle.CommonValues, entry.AudienceId, "previous")
    {
        Subject = entry.Subject,
    };
}
