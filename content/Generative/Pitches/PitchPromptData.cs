using AllyBot.Content.Drafting;
using AllyBot.Content.Model;

namespace AllyBot.Content.Generative.Pitches;

/// The data a pitch request sends to the model (docs/generative.md lists it): the template pitch, the plan's
/// fields for this one ally, the audience profile, the library's pitch tips and the word limits. Never sent:
/// the private notes and the topic kept off the table (PitchRequest.PrivateNotes, GoalInfo.NotTheIssue), nor a
/// talking point that repeats one (PrivatePoints), anything about other allies or other people's plans.
public static class PitchPromptData
{
    public static object For(ContentLibrary library, PitchRequest request, Pitch template, PitchVariant variant)
    {
        var audience = library.Audience(request.Ally.AudienceId);
        var ally = request.Ally;
        return new
        {
            Angle = request.Angle.ToId(),
            Plan = new
            {
                Goal = request.Goal.Statement,
                Problem = request.Goal.Issue,
                Solution = request.Goal.Solution,
                Ally = ally.Name,
                AllyStance = ally.Stance.ToId(),
                Contact = new { Name = ally.ContactName, Role = ally.ContactRole },
                Ask = ally.Ask,
                Offer = ally.Offer,
                WhatIsInItForThem = ally.SelfInterest,
                Sender = request.SenderName,
            },
            Audience = new
            {
                audience.Name,
                audience.Values,
                audience.WordsTheyUse,
                audience.WordsToAvoid,
                audience.Approach,
            },
            Tips = Tips(library).Select(t => t.Text).ToList(),
            TemplatePitch = Shown(template),
            PreviousPitch = variant.Previous is { } previous ? Shown(previous) : null,
            Limits = new
            {
                ShortMaxWords = library.Template(TemplateKinds.PitchShort, request.Angle).MaxWords,
                LongMaxWords = library.Template(TemplateKinds.PitchLong, request.Angle).MaxWords,
                SubjectMaxWords = PitchOutput.SubjectMaxWords,
            },
        };
    }

    /// Every text the data holds, for the grounding check.
    public static IEnumerable<string?> Texts(ContentLibrary library, PitchRequest request, Pitch template, PitchVariant variant)
    {
        var audience = library.Audience(request.Ally.AudienceId);
        var ally = request.Ally;
        string?[] plan =
        [
            request.Goal.Statement, request.Goal.Issue, request.Goal.Solution, ally.Name, ally.ContactName, ally.ContactRole,
            ally.Ask, ally.Offer, ally.SelfInterest, request.SenderName, audience.Name,
        ];
        var pitches = new[] { template, variant.Previous }.OfType<Pitch>()
            .SelectMany(p => new[] { p.Short, p.Long, p.Subject }.Concat(p.TalkingPoints));
        return plan.Concat(audience.Values).Concat(audience.WordsTheyUse).Concat(audience.Approach)
            .Concat(Tips(library).Select(t => t.Text)).Concat(pitches);
    }

    /// The library's advice on pitching (coaching/pitches.yaml tips).
    public static IEnumerable<Tip> Tips(ContentLibrary library) => library.Step(JourneySteps.Pitches).Tips.Values;

    /// A pitch as the model may see it: without the talking points that are for the person's eyes only (the
    /// template's "Keep off the table: …" point, or any point that brings up a private note).
    public static Pitch Sendable(Pitch pitch, PitchRequest request) =>
        pitch with { TalkingPoints = pitch.TalkingPoints.Where(p => !IsPrivate(p, request)).ToList() };

    /// The talking points Sendable leaves out, to add back to a polished pitch.
    public static IReadOnlyList<string> PrivatePoints(Pitch pitch, PitchRequest request) =>
        pitch.TalkingPoints.Where(p => IsPrivate(p, request)).ToList();

    private static bool IsPrivate(string point, PitchRequest request) =>
        new[] { request.Goal.NotTheIssue }.Concat(request.PrivateNotes ?? []).OfType<string>()
            .Any(secret => !AnswerText.IsNonAnswer(secret) && GeneratedPitchChecks.Reveals(point, secret, ""));

    private static object Shown(Pitch pitch) => new { pitch.Subject, pitch.Short, pitch.Long, pitch.TalkingPoints };
}
