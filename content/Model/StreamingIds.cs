namespace AllyBot.Content.Model;

/// The texts said around a streamed reply (coaching/streaming.yaml); content lint checks that each exists.
public static class StreamingIds
{
    public const string Step = "streaming";

    /// The informative update while a pitch is drafted ("Drafting your pitch…").
    public const string DraftingPitchText = "drafting-pitch";

    /// Printed by the console before a final message that replaces the text it streamed.
    public const string CheckedVersionText = "checked-version";

    public static readonly IReadOnlyList<string> Texts = [DraftingPitchText, CheckedVersionText];
}
