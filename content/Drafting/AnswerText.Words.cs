using System.Text.RegularExpressions;

namespace AllyBot.Content.Drafting;

/// The word lists and patterns behind <see cref="AnswerText"/>: grammar, not coaching.
public static partial class AnswerText
{
    private static readonly HashSet<string> NonAnswers = new(StringComparer.Ordinal)
    {
        "y", "n", "yes", "no", "yeah", "yep", "yup", "nope", "nah", "none", "n a", "na", "idk", "i don't know",
        "i dont know", "don't know", "dont know", "not sure", "unsure", "no idea", "nothing", "nobody", "no one",
        "skip", "pass", "unknown", "tbd", "not yet", "later", "maybe", "dunno", "ok", "okay", "sure", "that's all",
        "thats all", "none yet", "nothing yet", "no clue", "not really", "i'm not sure", "im not sure", "same",
        "same as above", "see above", "whatever", "anything", "no comment", "yes please", "no thanks",
    };

    // Words people start a goal, ask or offer with; lowering them never turns a name into a common word.
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "add", "adopt", "advise", "advocate", "agree", "allow", "announce", "apply", "ask", "attend", "back", "ban", "be",
        "bring", "build", "call", "champion", "change", "co-author", "co-host", "co-lead", "co-sign", "co-sponsor",
        "collect", "come", "commit", "compile", "connect", "consider", "convene", "cover", "create", "cut", "decriminalize",
        "design", "distribute", "do", "donate", "draft", "encourage", "endorse", "end", "ensure", "equip", "establish",
        "expand", "extend", "feed", "find", "fix", "fund", "get", "give", "guarantee", "have", "help", "hire", "hold",
        "host", "house", "improve", "include", "increase", "install", "interview", "introduce", "invite", "join", "keep",
        "launch", "lead", "lend", "let", "lower", "make", "map", "meet", "mentor", "mobilize", "move", "offer", "open",
        "organize", "partner", "pass", "pay", "pilot", "place", "plan", "prepare", "present", "prevent", "print",
        "promote", "protect", "provide", "publish", "push", "put", "raise", "reach", "recruit", "reduce", "refer",
        "reform", "remove", "replace", "report", "require", "research", "restore", "review", "run", "save", "schedule",
        "screen", "secure", "send", "serve", "set", "share", "show", "sign", "speak", "sponsor", "spread", "staff",
        "start", "stock", "stop", "supply", "support", "take", "talk", "teach", "tell", "test", "testify", "track",
        "train", "translate", "treat", "try", "turn", "use", "vaccinate", "visit", "vote", "volunteer", "win", "work",
        "write", "shape", "co-teach", "sit", "stand", "walk", "march", "rally", "canvass", "email", "post", "handle",
        "cover", "draw", "explain", "listen", "learn", "guide", "mentor", "coach", "drive", "feature", "interview", "quote",
    };

    // Verbs that are nouns as often ("help", "support", "fund", "staff"): a verb only before an object word.
    private static readonly HashSet<string> NounVerbs = new(StringComparer.Ordinal)
    {
        "help", "support", "fund", "staff", "house", "plan", "test", "screen", "map", "back", "research", "report",
        "partner", "volunteer", "work", "change", "call",
    };

    private static readonly HashSet<string> Objects = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "our", "your", "their", "us", "you", "this", "that", "it", "them", "one", "two", "three", "ten", "every",
        "each", "all", "more", "with", "on", "out", "up", "for", "to", "in", "at", "people", "members", "students",
    };

    private static readonly HashSet<string> ThingStarters = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "some", "any", "one", "two", "three", "ten", "our", "your", "their", "his", "her", "more",
        "fewer", "less", "better", "free", "money", "funding", "funds", "access", "space", "time", "data", "letter",
        "endorsement", "testimony", "volunteers", "students", "members", "people", "support", "help", "fund", "staff",
        "public", "paid", "peer", "training", "research", "advice", "expertise",
    };

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "this", "that", "these", "those", "too", "many", "most", "few", "so", "there", "when", "if", "because", "we", "they",
        "them", "it", "its", "my", "every", "each", "all", "no", "safe", "safer", "affordable", "universal", "single-payer",
        "single", "routine", "clean", "healthier", "public", "local", "state", "statewide", "citywide", "countywide", "new",
        "stronger", "real", "paid", "student", "patients", "families", "kids", "children", "workers", "nurses", "doctors",
        "clinicians", "members'", "meeting", "getting", "making", "having", "being", "passing", "raising", "ending", "to",
        "for", "with", "on", "in", "at", "by", "from", "naloxone", "overdose", "people", "tenants", "parents", "residents",
        "fewer", "less", "lower", "higher", "more", "better", "healthy", "free", "peer", "de-identified", "monthly",
        "weekly", "quarterly", "night", "night-shift", "community", "neighborhood", "school", "schools", "county", "city",
        "hospital", "health", "medical", "minimum", "opt-out", "rapid", "training", "too", "often", "some", "most",
        "everyone", "nobody", "each", "our", "your", "their", "volunteers", "members", "students", "staff", "data",
    };

    /// "I want …", "Our goal is …", "We need to …": words that only repeat that it is a goal.
    [GeneratedRegex(@"^(?:(?:i think|i believe|basically|honestly|well|so|ok|okay|ideally|simply)[,]?\s+|(?:i|we)\s+(?:really\s+|just\s+)?(?:want|need|would like|['’]d like|would love|['’]d love|hope|aim|plan|are trying|['’]re trying|am trying|['’]m trying|are working|['’]re working|am working|['’]m working|are fighting|['’]re fighting|should|must)\s+(?:to\s+|for\s+|toward\s+|towards\s+)?|(?:our|my|the)\s+(?:main\s+|big\s+|biggest\s+|largest\s+|overall\s+|real\s+)?(?:goal|aim|hope|dream|vision|plan|idea|solution|proposal|fix)\s+(?:is|would be|['’]s)\s+(?:to\s+|that\s+)?|(?:it['’]s|it is|this is)\s+(?:about\s+)?|to\s+|that\s+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalLeadIn();

    /// "Would you be willing to …", "They could …", "Get them to …": words that only repeat that it is an ask.
    [GeneratedRegex(@"^(?:(?:please|maybe|ideally|hopefully|basically|i think|i'd say|i guess|just)[,]?\s+|(?:would|could|can|will)\s+(?:you|they|he|she)\s+(?:be\s+(?:willing|able|open|ready)\s+to\s+|please\s+|consider\s+|maybe\s+)?|(?:we|i)\s*(?:['’]d|would)?\s+(?:like|love|want|need|hope|ask)\s+(?:for\s+)?(?:you|them|him|her|the\s+[\w'’-]+)\s+to\s+|(?:we|i)\s+(?:want|need|hope)\s+(?:them|you|him|her)\s+to\s+|(?:ask|asking|get|getting|have)\s+(?:you|them|him|her)\s+(?:to\s+)?|(?:they|you|he|she)\s+(?:could|can|will|would|should|might|may|to)\s+|(?:for\s+(?:them|you|him|her)\s+)?to\s+|that\s+(?:they|you|he|she)\s+|the\s+ask\s+is\s+(?:to\s+|that\s+)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskLeadIn();

    /// "In return, …", "We can offer …", "We'd …", "We report …": words that only repeat that it is an offer.
    [GeneratedRegex(@"^(?:in return[,:]?\s+|(?:we|i)\s*(?:can|could|will|would|['’]ll|['’]d)\s+(?:be\s+(?:happy|glad|able|willing)\s+to\s+)?(?:offer\s+(?=(?:a|an|the|our|some|free|\w+s)\b)|offer\s+to\s+)?|(?:we|i)\s+(?:are|['’]re|am|['’]m)\s+(?:happy|glad|able|willing|ready|offering)\s+to\s+|(?:we|i)\s+(?:offer|['’]d offer)\s+(?=(?:a|an|the|our|some|free|\w+s)\b)|(?:we|i)\s+(?=(?:offer|provide|give|bring|report|share|send|run|host|cover|pay|supply|train|write|make|put|help|speak|promote|publish|print|staff|recruit|connect|introduce)\b)|to\s+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferLeadIn();

    /// "the county to fund …", "our hospital to adopt …": someone, then what they should do.
    [GeneratedRegex(@"^(?:(?:the|our|my|their|every|all|each|a|an)\s+)?[\p{L}\p{N}'’.-]+(?:\s+[\p{L}\p{N}'’.-]+){0,4}?\s+to\s+(?<verb>[\p{L}-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SomeoneTo();

    /// A clause with its own verb: "every library has naloxone", "patients are safer at night".
    [GeneratedRegex(@"^(?:[\p{L}\p{N}'’-]+\s+){1,5}(?:has|have|is|are|gets|get|can|will|stays|stay|no longer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiniteVerb();

    /// An offer with its own subject: "our students can write …", "we're bringing …", "I'm glad to …".
    [GeneratedRegex(@"^(?:our|my|we|we['’]re|we['’]ve|i|i['’]m|i['’]ve)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnSubject();

    [GeneratedRegex(@"\b(?:he|she|him|his|hers|herself|himself|he['’]s|she['’]s|he['’]d|she['’]d|he['’]ll|she['’]ll)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThirdPersonSingular();
}
