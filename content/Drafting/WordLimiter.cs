using System.Text.RegularExpressions;

namespace AllyBot.Content.Drafting;

/// <summary>
/// Counts words and shortens text without ever cutting a sentence: a pitch keeps whole sentences, and a typed
/// answer placed inside a sentence keeps whole clauses. Nothing here adds "…".
/// </summary>
public static partial class WordLimiter
{
    public static int Count(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : Words(text).Count(w => w.Any(char.IsLetterOrDigit));

    /// The sentences of a text, in order ("Dr. Nair", "4 a.m." and "e.g." do not end a sentence).
    public static IReadOnlyList<string> Sentences(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : SentenceBreak().Split(text.Trim()).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    /// Keeps the leading whole sentences of each paragraph, in order, while they fit in maxWords. When not even
    /// the first sentence fits, returns that sentence whole: a sentence is never cut.
    public static string Trim(string text, int maxWords)
    {
        if (Count(text) <= maxWords)
        {
            return text;
        }
        var kept = new List<string>();
        var used = 0;
        foreach (var paragraph in text.Split("\n\n"))
        {
            var sentences = new List<string>();
            var all = Sentences(paragraph);
            foreach (var sentence in all)
            {
                if (used + Count(sentence) > maxWords)
                {
                    break;
                }
                sentences.Add(sentence);
                used += Count(sentence);
            }
            if (sentences.Count > 0)
            {
                kept.Add(string.Join(" ", sentences));
            }
            if (sentences.Count < all.Count)
            {
                break;
            }
        }
        return kept.Count > 0 ? string.Join("\n\n", kept) : Sentences(text)[0];
    }

    /// <summary>
    /// Shortens one typed answer so it fits inside a sentence: its first sentence, without the closing stop;
    /// when that is longer than maxWords, the longest run of leading whole clauses (cut before ", ", " and ",
    /// " because " …) that fits; a first clause longer than maxWords may end before a joining word ("about",
    /// "with", "that" …) when a phrase of at least half the words ends there, and is kept whole otherwise:
    /// never cut mid-phrase, never with "…" (the caller then leaves out other sentences).
    /// </summary>
    public static string Fit(string text, int maxWords)
    {
        var first = Sentences(text).FirstOrDefault() ?? string.Empty;
        first = first.TrimEnd(' ', '.', ';', ':', ',', '!');
        if (Count(first) <= maxWords)
        {
            return first;
        }
        var best = string.Empty;
        foreach (Match boundary in ClauseBoundary().Matches(first))
        {
            var candidate = first[..boundary.Index].TrimEnd(' ', ',', ';', ':');
            if (Count(candidate) > maxWords)
            {
                break;
            }
            best = candidate;
        }
        return Count(best) >= Math.Min(3, maxWords) ? best : CutBeforeJoiningWord(first, maxWords);
    }

    private static string CutBeforeJoiningWord(string clause, int maxWords)
    {
        var words = Words(clause);
        for (var end = Math.Min(words.Length, maxWords); end >= Math.Max(2, (maxWords + 1) / 2); end--)
        {
            if (end < words.Length && JoiningWords.Contains(words[end].ToLowerInvariant()) && !Dangling.Contains(words[end - 1].ToLowerInvariant().TrimEnd(',')))
            {
                return string.Join(" ", words.Take(end)).TrimEnd(',', ';', ':');
            }
        }
        return clause;
    }

    private static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal)
    {
        "about", "for", "to", "in", "at", "with", "on", "of", "and", "or", "but", "that", "which", "who", "because",
        "so", "from", "by", "into", "when", "while", "where", "if", "than",
    };

    /// Words a phrase cannot end on ("the goal is", "to the").
    private static readonly HashSet<string> Dangling = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "the", "a", "an", "our", "your", "their", "my",
        "his", "her", "its", "this", "that", "to", "of", "and", "or", "with", "for", "in", "on", "at", "by", "very", "so",
        "about", "from", "into", "than", "if", "when", "while", "where", "who", "which", "because", "but",
    };

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// A sentence ends at . ! or ? followed by space, except after a title or initial ("Dr. Nair", "J. Smith",
    /// "4 a.m. when").
    [GeneratedRegex(@"(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Rev|Fr|Sr|Jr|St|Mt|Sen|Rep|Gov|Prof|Hon|Gen|Lt|Sgt|Capt|Col|vs|etc|approx|dept|e\.g|i\.e|a\.m|p\.m|[A-Z])\.)(?<=[.!?])\s+(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    /// Where a clause may end: before a comma, semicolon or dash, or before a joining word.
    [GeneratedRegex(@"(?:\s*[,;:]\s+|\s+[-–—]\s+|\s+(?=(?:and|but|because|so|which|who|where|while|when|since|though|although|or)\s))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();
}
