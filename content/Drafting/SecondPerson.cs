using System.Text.RegularExpressions;

namespace AllyBot.Content.Drafting;

/// <summary>
/// Turns a phrase the user wrote about the ally ("speak at their rally") into one addressed to them ("speak at
/// your rally"), only where "their/they/them" plainly means the ally. It stays as typed when a plural noun
/// before it is the one doing something ("tenants ready to tell their stories" keeps "their"), and he/she/his/
/// her are never changed: they point at a person, not the group being written to.
/// </summary>
internal static partial class SecondPerson
{
    public static string Convert(string phrase)
    {
        if (phrase.Length == 0)
        {
            return phrase;
        }
        return ThirdPersonPlural().Replace(phrase, m => BelongsToAnotherSubject(phrase, m.Index, m.Value.StartsWith("their", StringComparison.OrdinalIgnoreCase))
            ? m.Value
            : Keep(m.Value, m.Value.ToLowerInvariant().Replace('’', '\'') switch
            {
                "they're" => "you're",
                "they've" => "you've",
                "they'd" => "you'd",
                "they'll" => "you'll",
                "they are" => "you are",
                "they were" => "you were",
                "they have" => "you have",
                "their" => "your",
                "theirs" => "yours",
                "themselves" => "yourselves",
                _ => "you", // they, them
            }));
    }

    /// True when a plural noun earlier in the phrase is what the pronoun refers to: "aides and their families",
    /// or, with a verb between, their own things: "tenants ready to tell their stories", "clinicians who
    /// testify about their experience". Not an institution's things: "students to staff their health fair".
    private static bool BelongsToAnotherSubject(string phrase, int index, bool possessive)
    {
        var before = Word().Matches(phrase[..index]).Select(w => w.Value.ToLowerInvariant()).ToList();
        var after = Word().Match(phrase, Math.Min(phrase.Length, index + Word().Match(phrase, index).Length));
        var next = after.Success ? after.Value.ToLowerInvariant() : string.Empty;
        if (before.Count >= 2 && before[^1] is "and" or "or" or "with" && IsPluralNoun(before[^2]))
        {
            return true;
        }
        for (var i = before.Count - 2; i >= 0; i--)
        {
            // "students who understand … before they rotate": a subject pronoun after a clause about them is theirs.
            if (IsPluralNoun(before[i]) && before.Skip(i + 1).Any(IsVerbAfterSubject) && (!possessive || next.Length == 0 || OwnThings.Contains(next)))
            {
                return true;
            }
        }
        return false;
    }

    /// What people have of their own ("their stories"), as opposed to what an organization runs ("their clinic").
    private static readonly HashSet<string> OwnThings = new(StringComparer.Ordinal)
    {
        "story", "stories", "experience", "experiences", "life", "lives", "own", "voice", "voices", "families", "family",
        "kids", "children", "words", "names", "homes", "home", "jobs", "shifts", "truth", "testimony", "concerns",
        "struggles", "needs", "loved", "neighbors", "parents", "time", "views", "side", "hopes", "fears",
    };

    /// In an ask or an offer, he/she/him/her mean the person being written to: "thank her publicly" →
    /// "thank you publicly", "her office" → "your office".
    public static string ConvertSingular(string phrase) =>
        Singular().Replace(phrase, m =>
        {
            var word = m.Value.ToLowerInvariant();
            var rest = phrase[(m.Index + m.Length)..].TrimStart();
            var nextWord = Word().Match(rest) is { Success: true } n && rest.StartsWith(n.Value, StringComparison.Ordinal) ? n.Value.ToLowerInvariant() : string.Empty;
            var possessive = word == "his" || word == "her" && nextWord.Length > 0 && !nextWord.EndsWith("ly", StringComparison.Ordinal) && !NotAfterPossessive.Contains(nextWord);
            return Keep(m.Value, possessive ? "your" : "you");
        });

    private static readonly HashSet<string> NotAfterPossessive = new(StringComparer.Ordinal)
    {
        "to", "for", "with", "at", "in", "on", "about", "and", "or", "when", "if", "that", "so", "first", "again", "too",
        "know", "up", "back", "out", "now", "soon", "today", "directly", "personally",
    };

    private static bool IsVerbAfterSubject(string word) =>
        AnswerText.IsVerb(word) || word is "who" or "that" or "ready" or "willing" or "able" or "eager" or "happy";

    internal static bool IsPluralNoun(string word) =>
        NameWords.PeopleWords.Contains(word)
        || word.EndsWith("s'", StringComparison.Ordinal)
        || word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
           && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
           && !word.EndsWith("'s", StringComparison.Ordinal) && !NotPlural.Contains(word);

    private static readonly HashSet<string> NotPlural = new(StringComparer.Ordinal)
    {
        "this", "has", "does", "was", "always", "perhaps", "less", "across", "its", "his", "hers", "yours", "ours",
        "plus", "various", "news", "series", "gas", "status", "focus", "access", "business", "congress", "class",
        "press", "address", "process", "wellness", "illness", "homeless", "needs", "helps", "means", "works", "makes",
        "gets", "keeps", "takes", "gives", "wants", "runs", "lets", "sees", "knows",
    };

    private static string Keep(string typed, string replacement) =>
        char.IsUpper(typed[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;

    [GeneratedRegex(@"\b(?:they['’]re|they['’]ve|they['’]d|they['’]ll|they are|they were|they have|theirs|their|themselves|them|they)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThirdPersonPlural();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:him|his|her)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Singular();
}
