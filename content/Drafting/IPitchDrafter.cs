namespace AllyBot.Content.Drafting;

/// Drafts pitch language for one ally. TemplatePitchDrafter is the offline, deterministic default.
/// A generative drafter should decorate it: take the template pitch as its draft, polish it, check the result
/// with PitchValidator, and return the template pitch when the check fails or the service is unavailable.
public interface IPitchDrafter
{
    ValueTask<Pitch> DraftAsync(PitchRequest request, CancellationToken cancellationToken = default);
}
