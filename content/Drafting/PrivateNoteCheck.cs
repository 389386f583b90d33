using AllyBot.Content.Matching;

namespace AllyBot.Content.Drafting;

/// <summary>
/// Finds a private note repeated in a pitch, even with "she" turned into "you": the pitch repeats a note when
/// it holds four of the note's words in a row (compared stemmed, any pronoun matching any pronoun) with at
/// least two words that carry meaning, or the whole of a note shorter than that. Runs of words that the
/// pitch may say anyway (from the goal, the ask, the offer, the audience profile) do not count, and runs are
/// read within one sentence.
/// </summary>
internal static class PrivateNoteCheck
{
    private const int Run = 4;

    public static bool Repeats(string text, string note, IReadOnlySet<string> allowedRuns)
    {
        var sentences = WordLimiter.Sentences(text).Select(Marked).ToList();
        foreach (var noted in WordLimiter.Sentences(note).Select(Marked).Where(n => n.Any(IsMeaningful)))
        {
            if (noted.Count < Run)
            {
                if (sentences.Any(s => Runs(s, noted.Count).Contains(Key(noted))) && !allowedRuns.Contains(Key(noted)))
                {
                    return true;
                }
                continue;
            }
            var runs = sentences.SelectMany(s => Runs(s, Run)).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i + Run <= noted.Count; i++)
            {
                var window = noted.Skip(i).Take(Run).ToList();
                var key = Key(window);
                if (window.Count(IsMeaningful) >= 2 && runs.Contains(key) && !allowedRuns.Contains(key))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// Every run of four words (and shorter, for short notes) in texts the pitch may repeat.
    public static HashSet<string> AllowedRuns(IEnumerable<string?> texts)
    {
        var runs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            foreach (var tokens in WordLimiter.Sentences(text).Select(Marked))
            {
                for (var size = 1; size <= Run; size++)
                {
                    runs.UnionWith(Runs(tokens, size));
                }
            }
        }
        return runs;
    }

    private static HashSet<string> Runs(IReadOnlyList<string> tokens, int size)
    {
        var runs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + size <= tokens.Count; i++)
        {
            runs.Add(Key(tokens.Skip(i).Take(size)));
        }
        return runs;
    }

    private static string Key(IEnumerable<string> tokens) => string.Join(" ", tokens);

    private static List<string> Marked(string text) =>
        TextNormalizer.Tokens(text).Select(t => Pronouns.Contains(t) ? "_" : t).ToList();

    private static bool IsMeaningful(string token) => token != "_" && TextNormalizer.ContentTokens(token).Count > 0;

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "you", "i", "we", "his", "her", "their", "your", "my", "our", "him", "them", "us", "me",
        "hers", "theirs", "yours", "youre", "theyre", "youd", "theyd", "herself", "himself", "yourself", "themselves",
        "yourselves", "hed", "hes", "youll", "theyll", "itself",
    };
}
