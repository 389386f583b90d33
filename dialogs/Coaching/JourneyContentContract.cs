using AllyBot.Content.Model;
using AllyBot.Content.Validation;
using AllyBot.Dialogs.Interruptions;

namespace AllyBot.Dialogs.Coaching;

/// <summary>
/// What the dialogs rely on in the content library, for lint and for the host's start-up check: the command,
/// stance and role ids they handle (any other id in those questions would reach code that does not know it),
/// the confirmation answers, the audiences they name, and the texts of the interruptions and recovery.
/// </summary>
public static class JourneyContentContract
{
    private static readonly string[] Confirmations = ["confirm-cancel", "confirm-start-over", "confirm-delete-data", "confirm-prep"];

    public static ContentContract Instance { get; } = new(
        [
            new KnownChoices("interruptions", ["commands", "more-commands"], Commands.All, [Commands.Help, Commands.DeleteMyData], "the commands"),
            new KnownChoices("interruptions", Confirmations, ["yes", "no"], ["yes", "no"], "the answers to a confirmation"),
            new KnownChoices("interruptions", ["answer-words"], AnswerWords.Ids, AnswerWords.Ids, "the words that are not an answer"),
            new KnownChoices("allies", ["stance"], Enum.GetValues<AllyStance>().Select(s => s.ToId()).ToList(), Enum.GetValues<AllyStance>().Select(s => s.ToId()).ToList(), "the stances"),
            new KnownChoices("welcome", ["who-are-you"], RoleIds.All, [RoleIds.HealthDepartment], "the roles"),
            new KnownChoices("pitches", ["tweak"], Generative.PitchVariants.ReviewChoices, Generative.PitchVariants.Ids, "the pitch review's choices"),
            new KnownChoices(Generative.GenerativeTexts.Step, [Generative.IntakeSteps.Offer], Generative.IntakeSteps.OfferChoices, Generative.IntakeSteps.OfferChoices, "the ways to start a plan"),
            new KnownChoices(Generative.GenerativeTexts.Step, [Generative.IntakeSteps.Confirm], ["yes", "no"], ["yes", "no"], "the answers to the intake check"),
        ],
        AudienceIds.All,
        [
            .. new[] { "unknown-command", "cancelled", "cancel-kept", "started-over", "start-over-kept", "deleted", "delete-kept",
                       "state-unreadable-plan", "state-unreadable-conversation", "greeting-back", "thanks-back", "not-an-answer" }
                .Select(key => new RequiredText("interruptions", key)),
            new RequiredText("allies", "description-leads"),
            new RequiredText("allies", "not-a-name"),
            new RequiredText("allies", "name-leads"),
            new RequiredText("exchange", "third-person-words"),
            .. Generative.GenerativeTexts.Required,
        ]);
}
