namespace AllyBot.Content.Drafting;

/// One rule a pitch breaks. Rule is one of <see cref="PitchRules"/>; Version is "short" or "long" (or "pitch"
/// for rules about the whole); Message says what is wrong in words a content author or a log reader can act on.
public sealed record PitchProblem(string Rule, string Version, string Message)
{
    public override string ToString() => Message;
}

/// The rules a pitch must meet (docs/coaching.md, "Rules a pitch must meet" explains each).
public static class PitchRules
{
    public const string WordLimit = "word-limit";
    public const string Audience = "audience";
    public const string Angle = "angle";
    public const string AskMissing = "ask-missing";
    public const string OfferMissing = "offer-missing";
    public const string WordToAvoid = "word-to-avoid";
    public const string OffTheTable = "off-the-table";
    public const string PrivateNote = "private-note";
    public const string Ellipsis = "ellipsis";
    public const string GreetingName = "greeting-name";
    public const string SentenceShape = "sentence-shape";
    public const string DoubledPhrase = "doubled-phrase";

    public static readonly IReadOnlyList<string> All =
    [
        WordLimit, Audience, Angle, AskMissing, OfferMissing, WordToAvoid, OffTheTable, PrivateNote, Ellipsis,
        GreetingName, SentenceShape, DoubledPhrase,
    ];
}
