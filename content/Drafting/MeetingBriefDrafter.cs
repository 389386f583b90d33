using AllyBot.Content.Model;

namespace AllyBot.Content.Drafting;

/// Builds the meeting-prep brief ("I meet the nurses' union president in an hour") from the ally's audience
/// profile and the brief templates. Offline and deterministic. The brief is for the user's eyes: it is where
/// the private notes (their read of the ally's motives, the contact note, the opposition, the topic kept off
/// the table) are shown, labelled as not for the ally.
public sealed class MeetingBriefDrafter(ContentLibrary library)
{
    public const int QuestionCount = 3;

    public MeetingBrief Draft(PitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var facts = PitchFacts.For(request, library);
        var audience = facts.Audience;
        var opening = library.Template(TemplateKinds.BriefOpening, request.Angle);
        var followUp = library.Template(TemplateKinds.BriefFollowUp, request.Angle);
        var brief = library.Template(TemplateKinds.MeetingBrief, request.Angle);

        var sources = opening.Sources.Concat(followUp.Sources).Concat(brief.Sources).Concat(audience.Sources)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var openingLine = TemplateText.Render(library, opening, facts, request);
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["opening"] = openingLine };

        return new MeetingBrief(
            AllyName: facts.AllyLabel,
            AudienceId: audience.Id,
            AudienceName: audience.Name,
            ContactName: facts.Contact.Name ?? NullIfBlank(request.Ally.ContactName),
            ContactRole: facts.Contact.Title ?? NullIfBlank(request.Ally.ContactRole),
            WhatTheyCareAbout: facts.Lines.Values,
            YourAsk: NullIfBlank(request.Ally.Ask) ?? facts.Ask.Text,
            YourOffer: NullIfBlank(request.Ally.Offer) ?? facts.Offer.Text,
            OpeningLine: openingLine,
            QuestionsToAsk: facts.Lines.Questions.Take(QuestionCount).ToList(),
            Etiquette: facts.Lines.Approach,
            FollowUp: TemplateText.Lines(TemplateText.Render(library, followUp, facts, request)),
            Text: TemplateText.Render(library, brief, facts, request, extra),
            Sources: sources,
            Angle: request.Angle);
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
