using AllyBot.Content.Drafting;
using AllyBot.Content.Model;

namespace AllyBot.Content.Generative.Pitches;

/// The polished pitch: decorates the template drafter. The template pitch is drafted first; the model is
/// asked to improve it (PitchPromptData says what it is sent); the answer is checked (PitchValidator, then
/// GeneratedPitchChecks); only a pitch that passes is returned. Any failure, a slow or refused call, or the
/// person's call limit returns the template pitch with Pitch.Fallback set, so the journey can say "Here's
/// the standard draft." Never throws for a model failure.
public sealed class GenerativePitchDrafter(IPitchDrafter template, GenerativeCaller caller, ContentLibrary library) : IPitchVariantDrafter
{
    public const string DrafterName = "generative";

    /// The most tokens a pitch answer may use (about 700 words: both versions, points and subject fit easily).
    public const int MaxOutputTokens = 1200;

    private readonly PitchValidator _validator = new(library);

    public ValueTask<Pitch> DraftAsync(PitchRequest request, CancellationToken cancellationToken = default) =>
        new(DraftAsync(request, PitchVariant.First, null, cancellationToken));

    /// Drafts the requested version (see IPitchVariantDrafter).
    public async Task<Pitch> DraftAsync(PitchRequest request, PitchVariant variant, Action<string>? onText, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(variant);
        var standard = await template.DraftAsync(request, cancellationToken);
        // The model sees and is checked against the template without its private talking points; the person
        // gets them back after the model's own.
        var sent = PitchPromptData.Sendable(standard, request);
        if (variant.Previous is { } previous)
        {
            variant = variant with { Previous = PitchPromptData.Sendable(previous, request) };
        }
        var model = ModelPrompt.Build(
            library, GenerativeFeatures.Pitch, Prompts(variant), PitchPromptData.For(library, request, sent, variant),
            PitchOutput.SchemaName, PitchOutput.Schema, MaxOutputTokens);
        var result = await caller.CallAsync(model, text => Check(text, request, sent, variant), onText, cancellationToken);
        return result.Value is { } polished
            ? polished with { TalkingPoints = [.. polished.TalkingPoints, .. PitchPromptData.PrivatePoints(standard, request)] }
            : standard with { Fallback = Fallback(result.Failure ?? FallbackReason.ServiceError) };
    }

    private ModelCheck<Pitch> Check(string text, PitchRequest request, Pitch standard, PitchVariant variant)
    {
        if (PitchOutput.Parse(text) is not { } output)
        {
            return ModelCheck<Pitch>.Reject(FallbackReason.UnreadableOutput, ["The answer is not the pitch JSON."]);
        }
        var polished = standard with
        {
            Short = output.Short,
            Long = output.Long,
            TalkingPoints = output.TalkingPoints,
            Subject = output.Subject,
            Sources = Sources(standard),
            DrafterName = DrafterName,
        };
        var grounding = new Grounding(library, PitchPromptData.Texts(library, request, standard, variant));
        var audience = library.Audience(request.Ally.AudienceId);
        var problems = _validator.Check(polished, request)
            .Concat(GeneratedPitchChecks.Check(polished, standard, request, audience, grounding)).ToList();
        if (variant.Previous is { } previous && previous.Long == polished.Long && previous.Short == polished.Short)
        {
            problems.Add("Another version was asked for and the answer repeats the previous one.");
        }
        // The person's own reminders (the topic kept off the table…) were not sent; DraftAsync adds them back.
        return problems.Count == 0
            ? ModelCheck<Pitch>.Accept(polished)
            : ModelCheck<Pitch>.Reject(FallbackReason.FailedChecks, problems);
    }

    private PitchFallback Fallback(FallbackReason reason) => new(reason, library.Text(GenerativeIds.Step,
        reason == FallbackReason.UserLimit ? GenerativeIds.StandardDraftBusyText : GenerativeIds.StandardDraftText));

    private IReadOnlyList<string> Sources(Pitch standard) =>
        standard.Sources.Concat(library.Prompt(GenerativeIds.PitchPrompt).Sources)
            .Concat(PitchPromptData.Tips(library).SelectMany(t => t.Sources))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Prompts(PitchVariant variant)
    {
        yield return GenerativeIds.PitchPrompt;
        if (variant.Previous is not null)
        {
            yield return GenerativeIds.AnotherVersionPrompt;
        }
        var tone = variant.Tone switch
        {
            PitchTone.MoreFormal => GenerativeIds.MoreFormalPrompt,
            PitchTone.Shorter => GenerativeIds.ShorterPrompt,
            PitchTone.Warmer => GenerativeIds.WarmerPrompt,
            _ => null,
        };
        if (tone is not null)
        {
            yield return tone;
        }
    }
}
