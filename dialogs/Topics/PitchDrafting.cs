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
    public static PitchRequest Request(JourneyRecord record, AllyEntry ally, PitchAngle angle, CoachingContent content) => new(
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
        PrivateNotes(record.Plan, ally, content));

    /// <summary>The private notes about an ally and the campaign (the meeting brief shows them, marked as not for the ally).</summary>
    private static List<string> PrivateNotes(CoalitionPlan plan, AllyEntry ally, CoachingContent content) =>
        new[]
        {
            ally.Motives, ally.Contact.Note,
            ally.Commitment == "lip-service" ? content.ChoiceTitle("exchange", "commitment-check", "lip-service") : null,
            plan.Brainstorm.Opposition, plan.Goal.NotTheIssue,
        }
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => n!.Trim())
            .ToList();

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
