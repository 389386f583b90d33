using System.Text;

namespace AllyBot.Content.Matching;

/// Turns free text into comparable tokens: lower case, letters and digits only, common words dropped,
/// British spellings folded to American, and a light suffix stemmer ("nurses" → "nurse", "churches" → "church").
public static class TextNormalizer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "from", "by", "about", "as",
        "our", "my", "their", "his", "her", "its", "we", "i", "you", "they", "them", "us", "me", "he", "she", "it",
        "is", "are", "was", "were", "be", "been", "who", "whom", "that", "this", "these", "those", "some", "any",
        "all", "at", "into", "over", "up", "down", "out", "so", "but", "if", "then", "just", "really", "very",
        "want", "wants", "like", "maybe", "also", "there", "here", "what", "which", "can", "could", "would",
        "should", "will", "do", "does", "did", "have", "has", "had", "get", "got", "go", "going", "one", "s",
        "mr", "mrs", "ms", "folks", "people", "group", "groups", "guy", "guys", "lady", "local", "new",
    };

    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["labour"] = "labor", ["neighbour"] = "neighbor", ["neighbours"] = "neighbors", ["centre"] = "center",
        ["organisation"] = "organization", ["organisations"] = "organizations", ["organiser"] = "organizer",
        ["organisers"] = "organizers", ["organising"] = "organizing", ["programme"] = "program",
        ["programmes"] = "programs", ["paediatric"] = "pediatric", ["councillor"] = "councilor",
        ["mum"] = "mom", ["mums"] = "moms", ["moms"] = "mom", ["mothers"] = "mother",
    };

    /// All tokens, stemmed, stop words included (phrases need them to line up).
    public static IReadOnlyList<string> Tokens(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            cleaned.Append(char.IsLetterOrDigit(c) ? c : c is '\'' or '’' ? '\0' : ' ');
        }
        return cleaned.ToString().Replace("\0", "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(Stem)
            .ToList();
    }

    /// Tokens without stop words: the words that carry meaning.
    public static IReadOnlyList<string> ContentTokens(string? text) =>
        Tokens(text).Where(t => !StopWords.Contains(t)).ToList();

    public static string Stem(string word)
    {
        if (Spellings.TryGetValue(word, out var american))
        {
            word = american;
        }
        if (word.Length <= 3 || word.All(char.IsDigit))
        {
            return word;
        }
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }
        foreach (var ending in new[] { "ches", "shes", "sses", "xes" })
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^2];
            }
        }
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            return word[..^3];
        }
        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 && !word.EndsWith("eed", StringComparison.Ordinal))
        {
            return word[..^2];
        }
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) &&
            !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }
        return word;
    }
}
