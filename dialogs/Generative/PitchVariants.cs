using AllyBot.Content.Drafting;
using AllyBot.Content.Generative.Pitches;

namespace AllyBot.Dialogs.Generative;

/// <summary>
/// The pitch review's choices that ask the model for another version or a tone ("Another version", "More
/// formal", "Shorter", "Warmer"; coaching/pitches.yaml, question tweak). Offered only with a polished drafter.
/// </summary>
internal static class PitchVariants
{
    public const string AnotherVersion = "another-version";
    public const string MoreFormal = "more-formal";
    public const string Shorter = "shorter";
    public const string Warmer = "warmer";

    public static IReadOnlyList<string> Ids { get; } = [AnotherVersion, MoreFormal, Shorter, Warmer];

    /// <summary>Every choice of the pitch review the dialogs handle (the variants and PitchSteps' own).</summary>
    public static IReadOnlyList<string> ReviewChoices { get; } = ["keep", "keep-deeper", "edit-short", "edit-long", "other-angle", .. Ids, "discard"];

    public static bool IsVariant(string? choiceId) => choiceId is not null && Ids.Contains(choiceId);

    /// <summary>
    /// The version to draft for a choice: "another version" replaces the one the person saw (the model must write
    /// a clearly different one); a tone re-drafts the template in that tone.
    /// </summary>
    public static PitchVariant For(string choiceId, Pitch shown) => choiceId switch
    {
        AnotherVersion => PitchVariant.AnotherVersion(shown),
        MoreFormal => new PitchVariant(PitchTone.MoreFormal),
        Shorter => new PitchVariant(PitchTone.Shorter),
        Warmer => new PitchVariant(PitchTone.Warmer),
        _ => throw new ArgumentOutOfRangeException(nameof(choiceId), choiceId, "Not a pitch variant choice."),
    };
}
