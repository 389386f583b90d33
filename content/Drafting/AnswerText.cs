using System.Text.RegularExpressions;

namespace AllyBot.Content.Drafting;

/// How a fitted answer reads, which decides the words a template puts before it.
public enum PhraseForm
{
    /// Starts with a verb: "raise HIV testing rates", "speak at your rally" (follows "to" or "we can").
    Action,

    /// A thing: "single-payer health insurance", "a briefing on …" (follows "toward" or "we can offer").
    Thing,

    /// A whole clause with its own subject: "every library has naloxone", "our students can write testimony".
    Clause,

    /// Someone and what they should do: "the county to fund naloxone" (follows "to get").
    SomeoneTo,
}

/// A typed answer fitted into a sentence: Text for the sentence, its Form, and More, the rest of a
/// several-sentence answer when it can be said to the ally as it stands (or null).
public sealed record FittedAnswer(string Text, PhraseForm Form, string? More = null)
{
    public bool IsAction => Form == PhraseForm.Action;
}

/// <summary>
/// Makes typed answers fit inside a sentence a person would send: no trailing period, a leading capital lowered
/// only for common words ("Testify at the hearing." → "testify at the hearing", but "Moms Against Asthma"
/// stays), the words that only repeat the question dropped ("I want the county to …" → "the county to …",
/// "We'd put your hotline …" → "put your hotline …", "Would you be willing to …" → "…"), and, in text addressed
/// to the ally, "their/they" read as "your/you" where that is plainly meant (<see cref="SecondPerson"/>).
/// Deterministic and conservative: when unsure it leaves the words as typed.
/// </summary>
public static partial class AnswerText
{
    /// "yes", "no", "none", "not sure", "I don't know", "that's all": not an answer to store or to quote.
    public static bool IsNonAnswer(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        var bare = NonWord().Replace(text.ToLowerInvariant().Replace('’', '\''), " ").Trim();
        return bare.Length == 0 || NonAnswers.Contains(bare);
    }

    /// Trimmed, without "…" or a trailing period, a leading common word in lower case.
    public static string Clause(string? text)
    {
        if (IsNonAnswer(text))
        {
            return string.Empty;
        }
        var trimmed = WithoutEllipsis(text!).Trim().TrimEnd('.', ';', ',', ':', ' ').Trim();
        return LowerLeadingCommonWord(trimmed);
    }

    /// Ends with exactly one full stop (or the typed ? / !) and starts with a capital: "cost" gives "Cost.".
    public static string Sentence(string? text)
    {
        var clause = string.IsNullOrWhiteSpace(text) ? string.Empty : WithoutEllipsis(text).Trim().TrimEnd('.', ' ', ',', ';', ':');
        if (clause.Length == 0)
        {
            return clause;
        }
        clause = char.ToUpperInvariant(clause[0]) + clause[1..];
        return clause[^1] is '?' or '!' ? clause : clause + ".";
    }

    /// "…" and "..." removed: a typed answer never carries a cut-off into a pitch.
    public static string WithoutEllipsis(string text) =>
        Spaces().Replace(text.Replace("…", " ", StringComparison.Ordinal).Replace("...", " ", StringComparison.Ordinal), " ").Trim();

    /// The goal as the end of "We're working …": "I want the county to fund naloxone" → SomeoneTo "the county
    /// to fund naloxone"; "Raise HIV testing rates" → Action; "Single-payer health insurance" → Thing.
    public static FittedAnswer? Goal(string? text) => Fit(text, GoalLeadIn(), toAlly: false, FormOfGoal);

    /// The solution, as "One way forward is to …" (Action) or "One way forward: …" (Thing).
    public static FittedAnswer? Solution(string? text) => Fit(text, GoalLeadIn(), toAlly: false, p => IsAction(p) ? PhraseForm.Action : PhraseForm.Thing);

    /// The ask as the end of "Would you be willing to …": "They could testify at the hearing." → "testify at the
    /// hearing"; "get them to sponsor the bill" → "sponsor the bill". In a pitch "their" becomes "your".
    public static FittedAnswer? Ask(string? text, bool toAlly) =>
        Fit(text, toAlly ? AskLeadIn() : NoLeadIn(), toAlly, p => IsLikelyAction(p) ? PhraseForm.Action : PhraseForm.Thing, singularIsTheAlly: true);

    /// The offer as the end of "In return, we can …": "We'd put your hotline number on every flyer" → Action
    /// "put your hotline number on every flyer"; "a briefing on …" → Thing; "our students can …" → Clause. The
    /// "we can" is left out for the person's own notes too ("Offer something real: help them collect stories").
    public static FittedAnswer? Offer(string? text, bool toAlly) =>
        Fit(text, OfferLeadIn(), toAlly, FormOfOffer, singularIsTheAlly: true);

    /// True when the phrase starts with a verb ("speak at …", "raise testing rates"), so it follows "we can" / "to".
    public static bool IsAction(string? phrase) =>
        FirstWord(phrase) is { } first && (Verbs.Contains(first) && !NounVerbs.Contains(first) || TakesAnObject(phrase!));

    /// True unless the phrase plainly starts like a thing ("a letter of support", "money for the bus").
    public static bool IsLikelyAction(string? phrase) =>
        FirstWord(phrase) is { } first
        && (IsAction(phrase) || !ThingStarters.Contains(first) && !NounVerbs.Contains(first) && !first.EndsWith('s'));

    internal static bool IsVerb(string word) => Verbs.Contains(word);

    /// singularIsTheAlly: in an ask or an offer "her"/"him" can only be the person written to.
    private static FittedAnswer? Fit(string? text, Regex leadIn, bool toAlly, Func<string, PhraseForm> form, bool singularIsTheAlly = false)
    {
        if (IsNonAnswer(text))
        {
            return null;
        }
        var sentences = WordLimiter.Sentences(WithoutEllipsis(text!));
        var first = Clause(StripRepeated(leadIn, sentences[0].TrimEnd('?', '!', '.')));
        if (first.Length == 0)
        {
            return null;
        }
        if (toAlly)
        {
            first = SecondPerson.Convert(first);
            if (singularIsTheAlly)
            {
                first = SecondPerson.ConvertSingular(first);
            }
        }
        var more = sentences.Skip(1).Where(s => !toAlly || !ThirdPersonSingular().IsMatch(s))
            .Select(s => Sentence(toAlly ? SecondPerson.Convert(s) : s)).ToList();
        return new FittedAnswer(first, form(first), more.Count > 0 ? string.Join(" ", more) : null);
    }

    /// The text with the lead-in removed as often as it matches ("Maybe, I think we should …").
    internal static string StripRepeated(Regex leadIn, string text)
    {
        var previous = string.Empty;
        text = text.Trim();
        while (previous != text)
        {
            previous = text;
            text = leadIn.Replace(text, string.Empty).Trim();
        }
        return text;
    }

    private static PhraseForm FormOfGoal(string phrase)
    {
        if (IsAction(phrase))
        {
            return PhraseForm.Action;
        }
        if (SomeoneTo().Match(phrase) is { Success: true } m && Verbs.Contains(m.Groups["verb"].Value.ToLowerInvariant()))
        {
            return PhraseForm.SomeoneTo;
        }
        return FiniteVerb().IsMatch(phrase) ? PhraseForm.Clause : PhraseForm.Thing;
    }

    private static PhraseForm FormOfOffer(string phrase) =>
        OwnSubject().IsMatch(phrase) ? PhraseForm.Clause : IsAction(phrase) ? PhraseForm.Action : PhraseForm.Thing;

    // "support the bill", "help your team": a word that is both verb and noun, followed by its object.
    // "help write the testimony": a word that is both verb and noun, followed by another verb.
    private static bool TakesAnObject(string phrase)
    {
        var words = Word().Matches(phrase);
        if (words.Count < 2 || !NounVerbs.Contains(words[0].Value.ToLowerInvariant()))
        {
            return false;
        }
        var second = words[1].Value.ToLowerInvariant();
        return Objects.Contains(second) || Verbs.Contains(second) && !NounVerbs.Contains(second);
    }

    /// <summary>
    /// Lowers the first word of a fitted answer when it is only capitalized because it started the answer
    /// ("Mold repairs are …" → "mold repairs are …", "A training for …" → "a training for …"): a word in
    /// sentence case followed by a lower-case word, and not written with a capital anywhere else the user typed
    /// ("Southside kids …" stays when "the Southside" was typed elsewhere). Names and acronyms stay.
    /// </summary>
    public static string LowerFirstWord(string text, IReadOnlySet<string> capitalizedElsewhere)
    {
        var words = text.Split(' ', 3);
        var first = words[0];
        var bare = first.TrimEnd(',', ':', ';');
        if (bare.Length == 0 || !char.IsUpper(bare[0]) || bare == "I" || bare.StartsWith("I'", StringComparison.Ordinal) || bare.StartsWith("I’", StringComparison.Ordinal)
            || bare.Skip(1).Any(char.IsUpper) || capitalizedElsewhere.Contains(bare)
            || NameWords.Honorifics.ContainsKey(NameWords.Bare(bare)) && bare.EndsWith('.'))
        {
            return text;
        }
        var next = words.Length > 1 ? words[1] : string.Empty;
        var nextIsLower = next.Length == 0 || char.IsLower(next[0]) || char.IsDigit(next[0]);
        return nextIsLower ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    /// Words the user wrote with a capital inside a sentence ("the Southside", "Dr. Ramirez"): proper names.
    /// With firstWordsToo, the first word of each text counts as well (every word of a name is a name).
    public static HashSet<string> CapitalizedInside(IEnumerable<string?> texts, bool firstWordsToo = false)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            foreach (var sentence in WordLimiter.Sentences(text))
            {
                var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(firstWordsToo ? 0 : 1)
                    .Select(w => w.Trim(',', '.', ';', ':', '!', '?', '(', ')', '"'))
                    .Select(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) ? w[..^2] : w);
                names.UnionWith(words.Where(w => w.Length > 1 && char.IsUpper(w[0])));
            }
        }
        return names;
    }

    private static string LowerLeadingCommonWord(string text)
    {
        if (FirstWord(text) is not { } first || !char.IsUpper(text[0]))
        {
            return text;
        }
        var typed = text.Split(' ', 2)[0];
        // Only a word in sentence case ("Testify"), never an acronym ("HIV"), "I", or a name ("Moms Against Asthma",
        // "County Health Department": every longer word capitalized, and not led by a verb).
        var sentenceCase = typed.Length > 1 && typed.Skip(1).All(c => !char.IsUpper(c));
        return sentenceCase && !IsTitleCaseName(text, first) && (CommonWords.Contains(first) || Verbs.Contains(first) || ThingStarters.Contains(first))
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
    }

    private static bool IsTitleCaseName(string text, string first)
    {
        if (Verbs.Contains(first))
        {
            return false;
        }
        var longer = Word().Matches(text).Select(m => m.Value).Where(w => w.Length > 3).ToList();
        return longer.Count >= 2 && longer.All(w => char.IsUpper(w[0]));
    }

    private static string? FirstWord(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var match = Word().Match(text);
        return match.Success ? match.Value.ToLowerInvariant().Replace('’', '\'') : null;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[^\p{L}\p{N}' ]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?!)")]
    private static partial Regex NoLeadIn();
}
