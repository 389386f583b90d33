using System.Text.RegularExpressions;

namespace AllyBot.Content.Drafting;

/// <summary>
/// Makes a typed answer fit inside a sentence a person would send: no trailing period, a leading capital
/// lowered only for common words ("Testify at the hearing." → "testify at the hearing", but "Moms Against
/// Asthma" stays), a repeated subject dropped ("we will speak at their rally" → "speak at their rally"), and,
/// in text addressed to the ally, "their/they" turned into "your/you" (the user wrote about the ally; the
/// pitch speaks to them). Deterministic and conservative: when unsure it leaves the words as typed.
/// </summary>
public static partial class AnswerText
{
    /// <summary>Trimmed, without a trailing period, a leading common word in lower case.</summary>
    public static string Clause(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;
        var trimmed = text.Trim().TrimEnd('.', ';', ',', ' ').Trim();
        return LowerLeadingCommonWord(trimmed);
    }

    /// <summary>Ends with exactly one full stop (or the typed ? / !): "cost." and "cost" both give "cost.".</summary>
    public static string Sentence(string? text)
    {
        var clause = string.IsNullOrWhiteSpace(text) ? string.Empty : text.Trim().TrimEnd('.', ' ');
        return clause.Length == 0 || clause[^1] is '?' or '!' ? clause : clause + ".";
    }

    /// <summary>An ask as said to the ally: "They could testify at the hearing." → "testify at the hearing".</summary>
    public static string Ask(string? text, bool toAlly) =>
        Address(Clause(AskSubject().Replace(Clause(text), string.Empty)), toAlly);

    /// <summary>An offer: "We will speak at their rally." → "speak at their rally" (an action; see <see cref="IsAction"/>).</summary>
    public static string Offer(string? text, bool toAlly) =>
        Address(Clause(OfferSubject().Replace(Clause(text), string.Empty)), toAlly);

    /// <summary>What the ally gains: "They want covered care" → "you want covered care" when addressed to them.</summary>
    public static string SelfInterest(string? text, bool toAlly) => Address(Clause(text), toAlly);

    /// <summary>True when the phrase starts with a verb ("speak at …", "raise testing rates"), so it follows "we can" / "to".</summary>
    public static bool IsAction(string? phrase) =>
        FirstWord(phrase) is { } first && (Verbs.Contains(first) || TakesAnObject(phrase!));

    /// <summary>True unless the phrase plainly starts like a thing ("a letter of support", "money for the bus").</summary>
    public static bool IsLikelyAction(string? phrase) =>
        FirstWord(phrase) is { } first
        && (Verbs.Contains(first) || TakesAnObject(phrase!) || !ThingStarters.Contains(first) && !first.EndsWith('s'));

    // "support the bill", "help your team": a word that is both verb and noun, followed by its object.
    private static bool TakesAnObject(string phrase)
    {
        var words = Word().Matches(phrase);
        if (words.Count < 2)
            return false;
        var first = words[0].Value.ToLowerInvariant();
        return Objects.Contains(words[1].Value.ToLowerInvariant())
               && (!ThingStarters.Contains(first) || first is "help" or "support" or "fund" or "staff");
    }

    private static readonly HashSet<string> Objects = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "our", "your", "their", "us", "this", "that", "it", "them", "one", "two", "ten", "every",
    };

    /// <summary>"Maria Lopez, the founder" → "Maria Lopez": the name without a role after a comma, dash or bracket.</summary>
    public static string? ContactName(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var name = RoleAfterName().Split(text.Trim())[0].Trim().TrimEnd('.', ',');
        return name.Length == 0 ? null : name;
    }

    /// <summary>How to greet the contact in a chat: "Maria Lopez, the founder" → "Maria"; "Dr. Amir Haddad" → "Dr. Haddad".</summary>
    public static string? GreetingName(string? text)
    {
        if (ContactName(text) is not { } name)
            return null;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1)
            return name;
        var title = words[0].TrimEnd('.').ToLowerInvariant();
        if (Titles.Contains(title))
            return $"{words[0]} {words[^1]}";
        // "the union president", "our dean": a role, not a name; greet it as typed.
        return char.IsUpper(words[0][0]) ? words[0] : name;
    }

    private static string Address(string text, bool toAlly)
    {
        if (!toAlly || text.Length == 0)
            return text;
        return ThirdPerson().Replace(text, m => m.Value.ToLowerInvariant() switch
        {
            "they're" or "they’re" => "you're",
            "they are" => "you are",
            "their" => "your",
            "theirs" => "yours",
            "themselves" => "yourselves",
            _ => "you", // they, them
        });
    }

    private static string LowerLeadingCommonWord(string text)
    {
        if (FirstWord(text) is not { } first || !char.IsUpper(text[0]))
            return text;
        var typed = text.Split(' ', 2)[0];
        // Only a word in sentence case ("Testify"), never an acronym ("HIV") or a name ("Moms Against Asthma").
        var sentenceCase = typed.Skip(1).All(c => !char.IsUpper(c));
        return sentenceCase && (CommonWords.Contains(first) || Verbs.Contains(first) || ThingStarters.Contains(first))
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
    }

    private static string? FirstWord(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var match = Word().Match(text);
        return match.Success ? match.Value.ToLowerInvariant() : null;
    }

    // Words people start a goal, ask or offer with; lowering them never turns a name into a common word.
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "add", "adopt", "advocate", "agree", "announce", "attend", "back", "be", "bring", "build", "champion", "co-host",
        "co-lead", "co-sign", "co-sponsor", "collect", "come", "commit", "connect", "consider", "cover", "create", "cut",
        "donate", "do", "draft", "endorse", "end", "ensure", "expand", "get", "give", "hold", "host",
        "improve", "include", "increase", "introduce", "invite", "join", "keep", "launch", "lead", "lend", "let", "lower",
        "make", "meet", "mobilize", "offer", "open", "organize", "partner", "pass", "pay", "pilot", "prepare", "present",
        "print", "promote", "protect", "provide", "publish", "push", "put", "raise", "recruit", "reduce", "refer",
        "research", "review", "run", "send", "serve", "set", "share", "show", "sign", "speak", "sponsor", "spread",
        "start", "stop", "supply", "take", "talk", "teach", "tell", "testify", "train", "turn",
        "vote", "volunteer", "win", "work", "write",
    };

    private static readonly HashSet<string> ThingStarters = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "some", "any", "one", "two", "three", "ten", "our", "your", "their", "his", "her", "more",
        "fewer", "less", "better", "free", "money", "funding", "funds", "access", "space", "time", "data", "letter",
        "support", "endorsement", "testimony", "volunteers", "students", "members", "people", "help", "fund", "staff",
    };

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "this", "that", "these", "those", "too", "many", "most", "few", "so", "there", "when", "if", "because", "we", "they", "them", "it", "its", "my", "every", "each", "all", "no",
        "safe", "safer", "affordable", "universal", "single-payer", "single", "routine", "clean", "healthier", "public",
        "local", "state", "statewide", "citywide", "new", "stronger", "real", "paid", "student", "patients", "families",
        "kids", "children", "workers", "nurses", "doctors", "clinicians", "members'", "meeting", "getting", "making",
        "having", "being", "passing", "raising", "ending", "to", "for", "with", "on", "in", "at", "by", "from",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "dr", "mr", "mrs", "ms", "mx", "prof", "professor", "rev", "reverend", "pastor", "father", "sister", "rabbi",
        "imam", "councilmember", "councilwoman", "councilman", "senator", "sen", "rep", "representative", "mayor",
        "judge", "chief", "commissioner", "supervisor", "director",
    };

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:(?:we(?:'d| would) like|we want|we'd love|we need|ask|asking) (?:them|you|him|her) to |(?:they|you|he|she) (?:could|can|will|would|should|might|may|to) |(?:for (?:them|you) )?to )",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskSubject();

    [GeneratedRegex(@"^(?:we(?:'ll| will| can| could| would| would be happy to| are happy to|'re happy to| are able to| offer to)|we can offer|we offer|we'd offer|we'll offer|to) ",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferSubject();

    [GeneratedRegex(@"\b(?:they're|they’re|they are|theirs|their|themselves|them|they)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThirdPerson();

    [GeneratedRegex(@"\s*(?:,|\s[-–—]\s|\()\s*")]
    private static partial Regex RoleAfterName();
}
