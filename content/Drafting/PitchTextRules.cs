using System.Text.RegularExpressions;
using AllyBot.Content.Matching;

namespace AllyBot.Content.Drafting;

/// <summary>
/// The rules that read a pitch's text alone: no "…", a greeting that names no pronoun, article, "yes" or "no"
/// and no whole sentence, every sentence starting with a capital and ending with . ! or ?, and no doubled
/// phrase ("serving constituents well and constituents"). The greeting line ("Dear Dana,") and the sign-off
/// lines after a closing that ends with a comma ("With thanks," / "Maya") are not sentences.
/// </summary>
internal static partial class PitchTextRules
{
    private const int GreetingMaxWords = Addressee.MaxNameWords + 3; // "Dear friends at" and the longest name greeted
    private const int SignatureMaxWords = 12;
    private const int RepeatWindow = 4; // "constituents well and constituents": three words apart

    public static IEnumerable<PitchProblem> Check(string version, string text)
    {
        if (text.Contains('…', StringComparison.Ordinal) || text.Contains("...", StringComparison.Ordinal))
        {
            yield return new PitchProblem(PitchRules.Ellipsis, version, $"The {version} pitch has a cut-off '…'.");
        }
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).ToList();
        var body = lines.Where(l => l.Length > 0).ToList();
        if (body.Count > 0 && body[0].EndsWith(',') && GreetingProblem(body[0]) is { } greeting)
        {
            yield return new PitchProblem(PitchRules.GreetingName, version, $"The {version} pitch greets '{body[0]}': {greeting}.");
        }
        foreach (var sentence in Sentences(body))
        {
            if (!StartsWell(sentence) || !EndsWell(sentence))
            {
                yield return new PitchProblem(PitchRules.SentenceShape, version,
                    $"In the {version} pitch, '{sentence}' does not start with a capital and end with . ! or ?.");
            }
            if (Doubled(sentence) is { } word)
            {
                yield return new PitchProblem(PitchRules.DoubledPhrase, version, $"In the {version} pitch, '{sentence}' repeats '{word}'.");
            }
        }
    }

    /// Why the greeting line is wrong, or null: "Hi Their," greets a pronoun; "Dear The commissioner herself,"
    /// an article; "Hi Yes," an answer; a greeting longer than "Dear friends at" and the longest name the drafter
    /// greets, or with a full stop inside, a sentence;
    /// one with a remark in brackets ("Dear friends at trainees (residents, fellows …),"), a description.
    internal static string? GreetingProblem(string line)
    {
        if (line.IndexOfAny(['(', ')', '[', ']']) >= 0)
        {
            return "a name with a remark in brackets is a description, not a greeting";
        }
        var words = Word().Matches(line.TrimEnd(',')).Select(m => m.Value).ToList();
        if (words.Count < 2)
        {
            return null;
        }
        var first = NameWords.Bare(words[1]);
        if (NotAName.Contains(first))
        {
            return $"'{words[1]}' is not a name";
        }
        if (words.Count > GreetingMaxWords || InnerStop().IsMatch(line))
        {
            return "a whole sentence is not a name";
        }
        return null;
    }

    private static IEnumerable<string> Sentences(List<string> lines)
    {
        var start = lines.Count > 0 && lines[0].EndsWith(',') ? 1 : 0;
        var end = lines.Count;
        // The sign-off: a closing line ending with a comma, then one to three short lines of names.
        for (var i = Math.Max(start, lines.Count - 4); i < lines.Count - 1; i++)
        {
            if (lines[i].EndsWith(',') && WordLimiter.Count(lines[i]) <= 4 && lines.Skip(i + 1).All(l => WordLimiter.Count(l) <= SignatureMaxWords && !EndsWell(l)))
            {
                end = i;
                break;
            }
        }
        // A closing without a name: "With thanks."
        return lines.Skip(start).Take(end - start).SelectMany(WordLimiter.Sentences);
    }

    private static bool StartsWell(string sentence)
    {
        var first = sentence.TrimStart('"', '“', '\'', '‘', '(', '[').FirstOrDefault();
        return char.IsUpper(first) || char.IsDigit(first);
    }

    private static bool EndsWell(string sentence) =>
        sentence.TrimEnd('"', '”', '\'', '’', ')', ']').EndsWith('.') || sentence.TrimEnd('"', '”', '\'', '’', ')').EndsWith('?')
        || sentence.TrimEnd('"', '”', '\'', '’', ')').EndsWith('!');

    /// <summary>
    /// A doubled phrase: a word said twice in a row ("the the"), a word that carries meaning repeated across a
    /// joining word or comma within three words ("serving constituents well and constituents"), or two words that
    /// carry meaning repeated in the same order ("safe staffing … safe staffing") in one sentence.
    /// </summary>
    internal static string? Doubled(string sentence)
    {
        var words = Word().Matches(Hyphen().Replace(sentence, string.Empty)).Select(m => m.Value).ToList();
        var tokens = words.Select(w => TextNormalizer.Tokens(w).FirstOrDefault() ?? string.Empty).ToList();
        var meaningful = tokens.Select(IsMeaningful).ToList();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Length > 0 && tokens[i] == tokens[i + 1])
            {
                return tokens[i];
            }
            for (var j = i + 2; j <= Math.Min(tokens.Count - 1, i + RepeatWindow - 1); j++)
            {
                var between = words.Skip(i).Take(j - i).ToList();
                var joined = between.Skip(1).Any(w => Joining.Contains(w.ToLowerInvariant())) || between.Any(w => w.EndsWith(','));
                if (meaningful[i] && tokens[i] == tokens[j] && joined && !Idioms.Contains(tokens[i]))
                {
                    return tokens[i];
                }
            }
        }
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (meaningful[i] && meaningful[i + 1] && !pairs.Add(tokens[i] + " " + tokens[i + 1]))
            {
                return tokens[i] + " " + tokens[i + 1];
            }
        }
        return null;
    }

    private static bool IsMeaningful(string token) =>
        token.Length >= 3 && TextNormalizer.ContentTokens(token).Count > 0 && !FunctionWords.Contains(token);

    /// "again and again", "more and more": said twice on purpose.
    private static readonly HashSet<string> Idioms = new(StringComparer.Ordinal)
    {
        "again", "more", "over", "round", "through", "better", "worse", "closer", "further", "bigger", "less",
    };

    private static readonly HashSet<string> Joining = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "nor", "because", "so", "then", "plus", "&",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "your", "yours", "you", "than", "not", "more", "most", "every", "each", "how", "when", "where", "why",
        "because", "while", "only", "own", "too", "well", "such", "way", "much", "many", "less", "few", "other",
        "same", "let", "make", "made", "take", "come", "see", "know", "think", "need", "help", "work", "thing",
    };

    private static readonly HashSet<string> NotAName = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they", "them", "their",
        "it", "its", "this", "that", "these", "those", "the", "a", "an", "yes", "no", "yeah", "nope", "none", "not",
        "herself", "himself", "themselves", "someone", "nobody",
    };

    [GeneratedRegex(@"(?<=\p{L})-(?=\p{L})")]
    private static partial Regex Hyphen();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")]
    private static partial Regex Word();

    /// A full stop inside the greeting that is not a title's ("Dr.") or an initial's.
    [GeneratedRegex(@"(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Rev|Fr|Sen|Rep|Gov|Prof|St|[A-Z]))[.!?]\s+\S")]
    private static partial Regex InnerStop();
}
