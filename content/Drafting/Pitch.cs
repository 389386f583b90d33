using AllyBot.Content.Model;

namespace AllyBot.Content.Drafting;

/// A drafted pitch. Short fits a chat message (see the template's max-words, 80 shipped); Long opens an email
/// or a meeting (250 shipped). DrafterName says who produced it ("template", or a polishing drafter's name).
public sealed record Pitch(
    string Short,
    string Long,
    IReadOnlyList<string> TalkingPoints,
    IReadOnlyList<string> WordsToAvoid,
    IReadOnlyList<string> Sources,
    PitchAngle Angle,
    string AudienceId,
    string DrafterName);
