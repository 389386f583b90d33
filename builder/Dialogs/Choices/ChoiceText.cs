using System.Globalization;
using System.Text;

namespace AllyBot.Builder.Dialogs.Choices;

/// <summary>
/// Normalizes text for matching (case-, punctuation-, apostrophe- and accent-insensitive, whitespace
/// collapsed) and knows the small word classes the recognizer reasons with: filler words that carry no
/// choice, negations, and words that start a new clause.
/// </summary>
internal static class ChoiceText
{
    /// <summary>Words that never decide a choice: articles, pronouns, "is", hedges ("I think", "probably").</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "or", "but", "to", "for", "with", "in", "on", "at", "my", "our", "i", "id", "im", "is", "it", "its",
        "please", "thanks", "think", "maybe", "that", "this", "be", "would", "like", "go", "pick", "choose",
        "she", "he", "they", "we", "you", "us", "them", "me", "shes", "hes", "theyre", "youre", "are", "was", "am", "seems", "say", "guess",
        "probably", "now", "just", "really", "pretty", "so", "um", "uh", "well", "oh",
    };

    /// <summary>Words after which what follows is not about the choice any more ("not", "isn't", "never").</summary>
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "nope", "nah", "never", "isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "cant", "cannot", "wont", "hardly", "neither", "nor",
    };

    /// <summary>Conjunctions that end one clause and start another ("neutral, but friendly").</summary>
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "because", "though", "although", "except",
    };

    /// <summary>
    /// Words that open a new clause: after "yes" or "no" they show the option stood on its own ("no they're a
    /// nonprofit"). Not articles: "skip the small talk" is not "Skip".
    /// </summary>
    private static readonly HashSet<string> PhraseStarters = new(StringComparer.Ordinal)
    {
        "i", "im", "we", "were", "you", "youre", "they", "theyre", "she", "shes", "he", "hes", "it", "its", "thats", "theres", "there",
        "and", "but", "or", "because", "so",
    };

    /// <summary>Hedges that may end a clause without being its point ("neutral at the moment", "passive, I believe").</summary>
    private static readonly string[][] TrailingHedges =
    [
        .. new[]
        {
            "at the moment", "right now", "so far", "at this point", "these days", "for the time being", "lately", "at best",
            "overall", "mostly", "anyway", "too", "as well", "still", "yet", "i believe", "i suppose", "i would say", "honestly",
        }.Select(phrase => phrase.Split(' ')),
    ];

    /// <summary>Openers skipped before looking for a leading option ("well no, …").</summary>
    private static readonly HashSet<string> Interjections = new(StringComparer.Ordinal) { "well", "oh", "um", "uh", "hmm", "ah", "so" };

    /// <summary>"Nurses' Union!" → "nurses union"; "don’t" → "dont"; "Sí" → "si".</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            if (raw is '\'' or '\u2019' or '\u2018' || CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
                continue; // apostrophes join ("nurses' union" = "nurses union"); combining accents drop.
            if (char.IsLetterOrDigit(raw))
            {
                if (pendingSpace && builder.Length > 0)
                    builder.Append(' ');
                pendingSpace = false;
                builder.Append(Unaccented(char.ToLowerInvariant(raw)));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// "í" → "i", "ñ" → "n": the accented Latin letters of Spanish, French and Portuguese, folded by table
    /// (the app runs with invariant globalization, where <see cref="string.Normalize()"/> does not decompose).
    /// </summary>
    private static char Unaccented(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'ý' or 'ÿ' => 'y',
        _ => c,
    };

    public static string[] Tokens(string normalized) =>
        normalized.Length == 0 ? [] : normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The words that carry meaning, without stop words; possibly none ("go to").</summary>
    public static string[] ContentTokens(string normalized) =>
        Tokens(normalized).Where(IsContent).ToArray();

    public static bool IsContent(string token) => !StopWords.Contains(token);

    public static bool IsNegation(string token) => Negations.Contains(token);

    public static bool IsConjunction(string token) => Conjunctions.Contains(token);

    public static bool IsPhraseStarter(string token) => PhraseStarters.Contains(token);

    public static bool IsInterjection(string token) => Interjections.Contains(token);

    /// <summary>How many of the last words of <paramref name="clause"/> are trailing hedges (repeatedly: "neutral for now, I believe").</summary>
    public static int TrailingHedgeLength(IReadOnlyList<string> clause)
    {
        var end = clause.Count;
        var found = true;
        while (found)
        {
            found = false;
            foreach (var hedge in TrailingHedges)
            {
                if (hedge.Length < end && clause.Skip(end - hedge.Length).Take(hedge.Length).SequenceEqual(hedge))
                {
                    end -= hedge.Length;
                    found = true;
                    break;
                }
            }
        }

        return clause.Count - end;
    }

    /// <summary>Equal, or equal once a plural "s" is dropped ("nurse" / "nurses").</summary>
    public static bool SameWord(string a, string b) =>
        a == b || Singular(a) == Singular(b);

    public static string Singular(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
}
