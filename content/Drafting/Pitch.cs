using AllyBot.Content.Model;

namespace AllyBot.Content.Drafting;

/// A drafted pitch. Short fits a chat message (see the template's max-words, 80 shipped); Long opens an email
/// or a meeting (250 shipped). DrafterName says who produced it ("template", or a polishing drafter's name).
/// Subject is an email subject line when the drafter wrote one. Fallback is set when a polishing drafter
/// shows the template draft instead of its own: its Notice is the plain sentence to say with it.
public sealed record Pitch(
    string Short,
    string Long,
    IReadOnlyList<string> TalkingPoints,
    IReadOnlyList<string> WordsToAvoid,
    IReadOnlyList<string> Sources,
    PitchAngle Angle,
    string AudienceId,
    string DrafterName)
{
    public string? Subject { get; init; }

    public AllyBot.Content.Generative.PitchFallback? Fallback { get; init; }
}
