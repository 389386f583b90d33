using AllyBot.Content.Drafting;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics;

/// <summary>Builds drafting requests from the plan, for pitches and meeting briefs.</summary>
internal static class PitchDrafting
{
    public static PitchRequest Request(JourneyRecord record, AllyEntry ally, PitchAngle angle) => new(
        new GoalInfo(record.Plan.Goal.Statement ?? string.Empty, record.Plan.Goal.Issue, record.Plan.Goal.Solution),
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
        record.Profile.Name);

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
    };
}
