namespace AllyBot.Content.Model;

/// A Scriban template. Kind says what it renders (see TemplateKinds); Angle is set for pitch kinds.
/// MaxWords is enforced on the output; InputWords caps each free-text field the user typed.
public sealed record PitchTemplate(
    string Id,
    string Kind,
    string? Angle,
    int? MaxWords,
    int? InputWords,
    string Body,
    IReadOnlyList<string> Sources)
{
    /// For kind pitch-part: the part's name ("why-you"); templates use it as part.why_you.
    public string? Part { get; init; }

    /// Audience ids this template is written for; empty means every audience (the fallback).
    public IReadOnlyList<string> Audiences { get; init; } = [];

    /// Stance ids this template is written for; empty means every stance.
    public IReadOnlyList<string> Stances { get; init; } = [];
}

public static class TemplateKinds
{
    public const string PitchShort = "pitch-short";
    public const string PitchLong = "pitch-long";
    public const string TalkingPoints = "talking-points";
    public const string BriefOpening = "brief-opening";
    public const string BriefFollowUp = "brief-follow-up";
    public const string MeetingBrief = "meeting-brief";

    /// A named piece (a greeting, a sign-off, the paragraph on why we write to this audience) that pitch and
    /// brief templates use as part.<name>; chosen per audience, angle and stance, most specific first.
    public const string PitchPart = "pitch-part";

    public static readonly IReadOnlyList<string> All =
        [PitchShort, PitchLong, TalkingPoints, BriefOpening, BriefFollowUp, MeetingBrief, PitchPart];

    /// Kinds that need one template per angle.
    public static readonly IReadOnlyList<string> PerAngle = [PitchShort, PitchLong, BriefOpening];
}
