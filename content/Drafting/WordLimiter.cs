using System.Text.RegularExpressions;

namespace AllyBot.Content.Drafting;

/// Counts words and shortens text gracefully: whole sentences first, then a clause, then words with an ellipsis.
public static partial class WordLimiter
{
    public const string Ellipsis = "…";

    public static int Count(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : Words(text).Count(w => w.Any(char.IsLetterOrDigit));

    /// Keeps the leading sentences of each paragraph, in order, while they fit in maxWords.
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
            foreach (var sentence in SentenceBreak().Split(paragraph.Trim()))
            {
                var words = Count(sentence);
                if (used + words > maxWords)
                {
                    break;
                }
                sentences.Add(sentence);
                used += words;
            }
            if (sentences.Count == 0)
            {
                break;
            }
            kept.Add(string.Join(" ", sentences));
            if (sentences.Count < SentenceBreak().Split(paragraph.Trim()).Length)
            {
                break;
            }
        }
        return kept.Count > 0 ? string.Join("\n\n", kept) : CutWords(text, maxWords);
    }

    /// Shortens one field the user typed so it reads well inside a sentence: its first sentence, no
    /// trailing full stop, cut at a comma or after maxWords words when still too long.
    public static string Clamp(string text, int maxWords)
    {
        var first = SentenceBreak().Split(text.Trim())[0];
        var clamped = Count(first) <= maxWords ? first : CutAtClause(first, maxWords);
        return clamped.TrimEnd(' ', '.', ';', ':', ',');
    }

    private static string CutAtClause(string sentence, int maxWords)
    {
        var clause = "";
        foreach (var part in sentence.Split(','))
        {
            var candidate = clause.Length == 0 ? part : clause + "," + part;
            if (Count(candidate) > maxWords)
            {
                break;
            }
            clause = candidate;
        }
        return Count(clause) >= Math.Max(3, maxWords / 2) ? clause : CutWords(sentence, maxWords);
    }

    private static string CutWords(string text, int maxWords) =>
        string.Join(" ", Words(text).Take(Math.Max(1, maxWords))).TrimEnd(',', ';', ':', '.') + Ellipsis;

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// A sentence ends at . ! or ? followed by space, except after a title or initial ("Dr. Nair", "J. Smith").
    [GeneratedRegex(@"(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Rev|Fr|Sr|Jr|St|Mt|Sen|Rep|Gov|Prof|Hon|vs|etc|e\.g|i\.e|No|[A-Z])\.)(?<=[.!?])\s+(?=\S)")]
    private static partial Regex SentenceBreak();
}
