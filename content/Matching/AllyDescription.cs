using System.Text.RegularExpressions;

namespace AllyBot.Content.Matching;

/// A user's description of an ally, split into its head (who the ally is: "peer educators", "the residents",
/// "family physicians") and what follows the first "at", "from", "in", "of", "who", "that"… (where they
/// are or what they do: "at the syringe exchange", "at County General"). Matches in the head count fully,
/// matches that start after it count TailWeight, so the place someone works does not outvote who they are.
/// A phrase that starts in the head and runs on ("the regional chamber of commerce") counts fully.
internal sealed partial class AllyDescription
{
    public const double TailWeight = 0.5;

    private readonly int _headTokens;
    private readonly int _headChars;

    public AllyDescription(string text)
    {
        Text = text;
        var match = HeadThenBoundary().Match(text);
        if (match.Success && TextNormalizer.ContentTokens(match.Groups["head"].Value).Count > 0)
        {
            _headChars = match.Groups["head"].Length;
            _headTokens = TextNormalizer.ContentTokens(match.Groups["head"].Value).Count;
        }
        else
        {
            _headChars = text.Length;
            _headTokens = int.MaxValue;
        }
    }

    public string Text { get; }

    /// The weight of a match starting at this content token (see TextNormalizer.ContentTokens).
    public double WeightAtToken(int index) => index < _headTokens ? 1.0 : TailWeight;

    /// The weight of a pattern match starting at this character of the text.
    public double WeightAtChar(int index) => index < _headChars ? 1.0 : TailWeight;

    [GeneratedRegex(@"^(?<head>.*?\w.*?)\s+(?:at|from|in|on|of|with|for|near|who|that|which|whose|where)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex HeadThenBoundary();
}
