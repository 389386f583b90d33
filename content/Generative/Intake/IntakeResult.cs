namespace AllyBot.Content.Generative.Intake;

/// An ally found in what the person wrote. AudienceId is a library audience id (null when none fitted or the
/// model's was not one); Contact, Ask and Offer are the person's words, or null.
public sealed record IntakeAlly(string Name, string? AudienceId, string? Contact, string? Ask, string? Offer);

/// What free-form intake understood. Every value is in the person's paragraph in substance; Dropped names the
/// fields the model filled with something that is not (e.g. "allies[1].ask"), for Debug logs and tests.
/// Fallback is set when the model could not be used at all (then nothing is filled: ask question by question).
public sealed record IntakeResult(
    string? Goal,
    string? Problem,
    string? Solution,
    IReadOnlyList<IntakeAlly> Allies,
    IReadOnlyList<string> Dropped,
    FallbackReason? Fallback = null)
{
    public static IntakeResult Failed(FallbackReason reason) => new(null, null, null, [], [], reason);

    public bool IsEmpty => Goal is null && Problem is null && Solution is null && Allies.Count == 0;
}

/// Free-form intake: "tell me about your campaign in a few sentences" becomes plan fields.
public interface IIntakeExtractor
{
    Task<IntakeResult> ExtractAsync(string paragraph, CancellationToken cancellationToken = default);
}
