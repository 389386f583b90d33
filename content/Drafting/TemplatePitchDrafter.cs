using AllyBot.Content.Model;

namespace AllyBot.Content.Drafting;

/// The default drafter: renders the library's pitch templates and parts for the ally's audience profile, the
/// chosen angle and the ally's stance, from the request's answers fitted into sentences (PitchFacts).
/// Offline and deterministic (no randomness, no clock).
public sealed class TemplatePitchDrafter(ContentLibrary library) : IPitchDrafter
{
    public const string DrafterName = "template";

    public ValueTask<Pitch> DraftAsync(PitchRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Draft(request));
    }

    public Pitch Draft(PitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var facts = PitchFacts.For(request, library);
        var audience = facts.Audience;
        var shortTemplate = library.Template(TemplateKinds.PitchShort, request.Angle);
        var longTemplate = library.Template(TemplateKinds.PitchLong, request.Angle);
        var pointsTemplate = library.Template(TemplateKinds.TalkingPoints, request.Angle);
        var parts = TemplateParts.For(library, audience.Id, request.Angle, request.Ally.Stance).Values;

        var sources = shortTemplate.Sources.Concat(longTemplate.Sources).Concat(pointsTemplate.Sources)
            .Concat(parts.SelectMany(p => p.Sources)).Concat(audience.Sources)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        return new Pitch(
            Short: TemplateText.Render(library, shortTemplate, facts, request),
            Long: TemplateText.Render(library, longTemplate, facts, request),
            TalkingPoints: TemplateText.Lines(TemplateText.Render(library, pointsTemplate, facts, request)),
            WordsToAvoid: audience.WordsToAvoid,
            Sources: sources,
            Angle: request.Angle,
            AudienceId: audience.Id,
            DrafterName: DrafterName);
    }
}
