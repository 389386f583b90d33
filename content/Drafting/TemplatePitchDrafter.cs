using AllyBot.Content.Model;

namespace AllyBot.Content.Drafting;

/// The default drafter: renders the library's pitch templates for the ally's audience profile and the chosen
/// angle. Offline and deterministic (no randomness, no clock).
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
        var audience = library.Audience(request.Ally.AudienceId);
        var shortTemplate = library.Template(TemplateKinds.PitchShort, request.Angle);
        var longTemplate = library.Template(TemplateKinds.PitchLong, request.Angle);
        var pointsTemplate = library.Template(TemplateKinds.TalkingPoints, request.Angle);

        var sources = shortTemplate.Sources.Concat(longTemplate.Sources).Concat(pointsTemplate.Sources)
            .Concat(audience.Sources).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        return new Pitch(
            Short: TemplateText.Render(shortTemplate, request, audience),
            Long: TemplateText.Render(longTemplate, request, audience),
            TalkingPoints: TemplateText.Lines(TemplateText.Render(pointsTemplate, request, audience)),
            WordsToAvoid: audience.WordsToAvoid,
            Sources: sources,
            Angle: request.Angle,
            AudienceId: audience.Id,
            DrafterName: DrafterName);
    }
}
