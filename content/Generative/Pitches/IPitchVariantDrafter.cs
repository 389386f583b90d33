using AllyBot.Content.Drafting;

namespace AllyBot.Content.Generative.Pitches;

/// A drafter that can write another version or a tone of a pitch, and show its text as it streams: the
/// polished drafter (GenerativePitchDrafter). The journey offers "another version", "more formal", "shorter" and
/// "warmer", and streams the draft, only when the registered IPitchDrafter is one.
public interface IPitchVariantDrafter : IPitchDrafter
{
    /// Drafts the requested version. onText, when given, receives the model's answer as it streams (the JSON so
    /// far; PartialJson reads the pitch out of it); the returned pitch is always the checked one, or the template
    /// pitch with Pitch.Fallback set.
    Task<Pitch> DraftAsync(PitchRequest request, PitchVariant variant, Action<string>? onText, CancellationToken cancellationToken = default);
}
