namespace AllyBot.Content.Generative.Pitches;

/// The tone a person asked for ("more formal", "shorter", "warmer"); Standard is the first draft.
public enum PitchTone
{
    Standard,
    MoreFormal,
    Shorter,
    Warmer,
}

/// Which version of a pitch to draft. Previous, when set, is the version the person saw and asked to replace
/// ("another version"): the model is told to write a clearly different one.
public sealed record PitchVariant(PitchTone Tone = PitchTone.Standard, AllyBot.Content.Drafting.Pitch? Previous = null)
{
    public static readonly PitchVariant First = new();

    public static PitchVariant AnotherVersion(AllyBot.Content.Drafting.Pitch previous, PitchTone tone = PitchTone.Standard) => new(tone, previous);
}
