using System.Text.RegularExpressions;
using AllyBot.Content.Drafting;

namespace AllyBot.Content.Tests.Drafting;

/// <summary>
/// How a person reads a pitch before sending it, written here independently of the drafter and of
/// PitchValidator so that the tests check the drafter against a second opinion. Each method returns what is
/// wrong (empty when the text reads well).
/// </summary>
internal static partial class PitchReading
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "their", "they", "them", "he", "she", "her", "his", "him", "it", "its", "we", "our", "you", "your", "i", "my",
        "the", "a", "an", "this", "that", "yes", "no",
    };

    /// English function words, left out when measuring how much two pitches share (see Overlap).
    public static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "to", "in", "on", "at", "by", "with", "from",
        "into", "about", "as", "than", "then", "that", "this", "these", "those", "there", "here", "it", "its", "it's", "i",
        "i'm", "i'd", "i'll", "i've", "me", "my", "we", "we're", "we'd", "we'll", "we've", "us", "our", "you", "you're",
        "you'd", "you'll", "you've", "your", "he", "him", "his", "she", "her", "they", "they're", "them", "their", "who",
        "whom", "which", "what", "when", "where", "why", "how", "is", "are", "was", "were", "be", "been", "being", "am",
        "do", "does", "did", "have", "has", "had", "can", "could", "will", "would", "should", "may", "might", "must",
        "not", "no", "if", "because", "while", "also", "too", "very", "just", "only", "all", "any", "some", "each",
        "every", "both", "more", "most", "other", "such", "own", "up", "out", "over", "that's", "what's", "don't",
        "can't", "won't", "isn't",
    };

    public static IEnumerable<string> Problems(string text, int maxWords)
    {
        if (text.Contains('…') || text.Contains("...", StringComparison.Ordinal))
        {
            yield return "has a cut-off '…'";
        }
        if (WordLimiter.Count(text) > maxWords)
        {
            yield return $"has {WordLimiter.Count(text)} words, over {maxWords}";
        }
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var greeting = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!lines[0].EndsWith(',') || greeting.Length < 2 || NotNames.Contains(greeting[1].TrimEnd(',')) || lines[0].Contains('('))
        {
            yield return $"greets '{lines[0]}'";
        }
        foreach (var sentence in Sentences(lines))
        {
            if (!char.IsUpper(sentence[0]) && !char.IsDigit(sentence[0]))
            {
                yield return $"'{sentence}' does not start with a capital";
            }
            if (sentence[^1] is not ('.' or '?' or '!'))
            {
                yield return $"'{sentence}' does not end with punctuation";
            }
            if (Doubled(sentence) is { } doubled)
            {
                yield return $"'{sentence}' doubles '{doubled}'";
            }
        }
    }

    /// The body's sentences: without the greeting line and the sign-off ("With thanks," and the names under it).
    private static IEnumerable<string> Sentences(List<string> lines)
    {
        var body = lines.Skip(1).ToList();
        var closing = body.FindLastIndex(l => l.EndsWith(','));
        if (closing >= 0 && closing >= body.Count - 4)
        {
            body = body.Take(closing).ToList();
        }
        return body.SelectMany(l => SentenceEnd().Split(l)).Select(s => s.Trim()).Where(s => s.Length > 0);
    }

    /// "the the", or a word that carries meaning said again across "and"/"or" within three words
    /// ("serving constituents well and constituents"; not "your board and your funders").
    private static string? Doubled(string sentence)
    {
        var words = Regex.Matches(sentence.ToLowerInvariant(), @"[\p{L}'][\p{L}'-]*").Select(m => m.Value).ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == words[i + 1])
            {
                return words[i];
            }
            for (var j = i + 2; j <= Math.Min(words.Count - 1, i + 3); j++)
            {
                if (words[i].Length >= 4 && !FunctionWords.Contains(words[i]) && words[i] is not ("again" or "more") && words[i] == words[j] && words.Skip(i + 1).Take(j - i - 1).Any(w => w is "and" or "or"))
                {
                    return words[i];
                }
            }
        }
        return null;
    }

    /// True when the text repeats four words in a row of the note, reading she/he/they as you.
    public static bool Repeats(string text, string note)
    {
        var said = Shingles(Normal(text));
        return Shingles(Normal(note)).Any(said.Contains);
    }

    private static List<string> Normal(string text) =>
        Regex.Matches(text.ToLowerInvariant().Replace('’', '\''), @"[\p{L}\p{N}']+").Select(m => m.Value switch
        {
            "she" or "he" or "they" => "you",
            "she's" or "he's" or "they're" => "you're",
            "her" or "his" or "their" => "your",
            _ => m.Value,
        }).ToList();

    private static HashSet<string> Shingles(List<string> words) =>
        Enumerable.Range(0, Math.Max(0, words.Count - 3)).Select(i => string.Join(" ", words.Skip(i).Take(4))).ToHashSet();

    /// Words of four letters or more in the phrase, most of which the text must contain.
    public static bool Names(string text, string phrase)
    {
        var said = Regex.Matches(text.ToLowerInvariant(), @"[\p{L}\p{N}'-]+").Select(m => m.Value).ToHashSet();
        var wanted = Regex.Matches(phrase.ToLowerInvariant(), @"[\p{L}\p{N}'-]+").Select(m => m.Value).Where(w => w.Length >= 4).Distinct().ToList();
        return wanted.Count == 0 || wanted.Count(said.Contains) * 2 >= wanted.Count;
    }

    /// The measure of a mail merge: the share of one pitch's distinct lower-cased words, function words left out,
    /// that also appear in the other; the larger of the two directions.
    public static double Overlap(string a, string b, bool withFunctionWords = false)
    {
        var x = DistinctWords(a, withFunctionWords);
        var y = DistinctWords(b, withFunctionWords);
        var shared = x.Count(y.Contains);
        return Math.Max((double)shared / x.Count, (double)shared / y.Count);
    }

    private static HashSet<string> DistinctWords(string text, bool withFunctionWords) =>
        Regex.Matches(text.ToLowerInvariant().Replace('’', '\''), @"[\p{L}\p{N}][\p{L}\p{N}'-]*").Select(m => m.Value)
            .Where(w => withFunctionWords || !FunctionWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<!\b(?:Dr|Mr|Mrs|Ms|St|a\.m|p\.m)\.)(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
