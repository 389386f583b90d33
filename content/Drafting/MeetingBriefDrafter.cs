using AllyBot.Content.Model;

namespace AllyBot.Content.Drafting;

/// Builds the meeting-prep brief ("I meet the nurses' union president in an hour") from the ally's audience
/// profile and the brief templates. Offline and deterministic.
public sealed class MeetingBriefDrafter(ContentLibrary library)
{
    public const int QuestionCount = 3;

    public MeetingBrief Draft(PitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var audience = library.Audience(request.Ally.AudienceId);
        var opening = library.Template(TemplateKinds.BriefOpening, request.Angle);
        var followUp = library.Template(TemplateKinds.BriefFollowUp, request.Angle);
        var brief = library.Template(TemplateKinds.MeetingBrief, request.Angle);
        var fields = PitchModel.Fields(request, audience, opening.InputWords ?? TemplateText.DefaultInputWords);

        var sources = opening.Sources.Concat(followUp.Sources).Concat(brief.Sources).Concat(audience.Sources)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var openingLine = TemplateText.Render(opening, request, audience);
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["opening"] = openingLine };

        return new MeetingBrief(
            AllyName: fields.AllyName,
            AudienceId: audience.Id,
            AudienceName: audience.Name,
            ContactName: NullIfBlank(request.Ally.ContactName),
            ContactRole: NullIfBlank(request.Ally.ContactRole),
            WhatTheyCareAbout: audience.Values,
            YourAsk: fields.Ask,
            YourOffer: fields.Offer,
            OpeningLine: openingLine,
            QuestionsToAsk: audience.QuestionsToAsk.Take(QuestionCount).ToList(),
            Etiquette: audience.Approach,
            FollowUp: TemplateText.Lines(TemplateText.Render(followUp, request, audience)),
            Text: TemplateText.Render(brief, request, audience, extra),
            Sources: sources,
            Angle: request.Angle);
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
