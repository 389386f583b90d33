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
    IReadOnlyList<string> Sources);

public static class TemplateKinds
{
    public const string PitchShort = "pitch-short";
    public const string PitchLong = "pitch-long";
    public const string TalkingPoints = "talking-points";
    public const string BriefOpening = "brief-opening";
    public const string BriefFollowUp = "brief-follow-up";
    public const string MeetingBrief = "meeting-brief";

    public static readonly IReadOnlyList<string> All =
        [PitchShort, PitchLong, TalkingPoints, BriefOpening, BriefFollowUp, MeetingBrief];

    /// Kinds that need one template per angle.
    public static readonly IReadOnlyList<string> PerAngle = [PitchShort, PitchLong, BriefOpening];
}
