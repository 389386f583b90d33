using AllyBot.Content.Model;
using AllyBot.Content.Validation;

namespace AllyBot.Dialogs.Generative;

/// <summary>The texts of the generative step (coaching/journey-generative.yaml) the journey says; lint checks each exists (<see cref="Coaching.JourneyContentContract"/>).</summary>
internal static class GenerativeTexts
{
    public const string Step = GenerativeIds.Step;

    public const string PitchIntro = "pitch-intro";
    public const string SubjectLabel = "subject-label";
    public const string QuestionWords = "question-words";
    public const string IntakeUnderstood = "intake-understood";
    public const string IntakeGoal = "intake-goal";
    public const string IntakeProblem = "intake-problem";
    public const string IntakeSolution = "intake-solution";
    public const string IntakeAlly = "intake-ally";
    public const string IntakeKind = "intake-kind";
    public const string IntakeContact = "intake-contact";
    public const string IntakeAsk = "intake-ask";
    public const string IntakeOffer = "intake-offer";
    public const string IntakeKindUnknown = "intake-kind-unknown";
    public const string IntakeChangeWords = "intake-change-words";
    public const string IntakeRemoveWords = "intake-remove-words";
    public const string IntakeChangeJoins = "intake-change-joins";
    public const string IntakeSaved = "intake-saved";
    public const string IntakeCorrected = "intake-corrected";
    public const string IntakeDiscarded = "intake-discarded";
    public const string IntakeNone = "intake-none";

    public static IReadOnlyList<RequiredText> Required { get; } =
        new[]
        {
            PitchIntro, SubjectLabel, QuestionWords, IntakeUnderstood, IntakeGoal, IntakeProblem, IntakeSolution, IntakeAlly,
            IntakeKind, IntakeContact, IntakeAsk, IntakeOffer, IntakeKindUnknown, IntakeChangeWords, IntakeRemoveWords,
            IntakeChangeJoins, IntakeSaved, IntakeCorrected, IntakeDiscarded, IntakeNone,
        }.Select(key => new RequiredText(Step, key)).ToList();

    /// <summary>A comma-separated word list of the library ("change, set, make"), lower case, longest first.</summary>
    public static IReadOnlyList<string> Words(Coaching.CoachingContent content, string key) =>
        content.Text(Step, key).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).OrderByDescending(w => w.Length).ToList();
}
