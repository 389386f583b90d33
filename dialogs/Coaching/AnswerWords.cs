using AllyBot.Builder.Dialogs.Choices;

namespace AllyBot.Dialogs.Coaching;

/// <summary>The answers that are not answers, by what they mean (choice ids of the library's interruptions/answer-words).</summary>
public enum AnswerWord
{
    /// <summary>"that's all", "none", "no one", "nobody".</summary>
    Done,

    /// <summary>"I don't know", "not sure", "idk", "no sé".</summary>
    DontKnow,

    Yes,

    No,

    /// <summary>"go with what you suggest", "you pick".</summary>
    YouPick,

    /// <summary>"hi", "hello", "good morning", "hola": someone saying hello, not answering.</summary>
    Greeting,

    /// <summary>"thanks", "thank you", "gracias": someone thanking, not answering.</summary>
    Thanks,
}

/// <summary>
/// Recognizes what people type instead of an answer ("that's all", "not sure", "yes", "you pick"), a yes or
/// no in front of an answer ("no, they're a nonprofit organization"), and answers written about someone
/// rather than to them ("She's up for re-election"), or about someone instead of naming them. Every word comes
/// from the library (interruptions/answer-words, exchange/third-person-words, allies/description-leads), Spanish included.
/// </summary>
public sealed class AnswerWords
{
    private static readonly FindChoicesOptions WholeAnswer = new()
    {
        AllowPartialMatches = false,
        RecognizeNumbers = false,
        RecognizeOrdinals = false,
    };

    private readonly List<Choice> _words;
    private readonly Dictionary<string, AnswerWord> _leads;
    private readonly HashSet<string> _thirdPerson;
    private readonly HashSet<string> _descriptionLeads;
    private readonly List<string> _nameLeads;

    public AnswerWords(CoachingContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var question = content.Question("interruptions", "answer-words");
        _words = ChoiceList.From(question.Choices);
        // A one-word yes or no may lead a longer answer: "yes, the transit workers union".
        _leads = question.Choices
            .Where(c => c.Id is "yes" or "no")
            .SelectMany(c => c.Synonyms.Append(c.Title).Select(s => (Word: Normalize(s), Id: c.Id)))
            .Where(w => w.Word.Length > 0 && !w.Word.Contains(' ', StringComparison.Ordinal))
            .DistinctBy(w => w.Word)
            .ToDictionary(w => w.Word, w => w.Id == "yes" ? AnswerWord.Yes : AnswerWord.No, StringComparer.Ordinal);
        _thirdPerson = content.Text("exchange", "third-person-words")
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(Normalize)
            .ToHashSet(StringComparer.Ordinal);
        _descriptionLeads = content.Text("allies", "description-leads")
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(Normalize)
            .ToHashSet(StringComparer.Ordinal);
        // Longest first, so "that would be" goes before "that".
        _nameLeads = content.Text("allies", "name-leads")
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(l => Normalize(l.Replace('’', '\'')))
            .Where(l => l.Length > 0)
            .OrderByDescending(l => l.Length)
            .ToList();
    }

    /// <summary>
    /// A name as typed without the words in front of it that are not part of it ("It's the county health
    /// department" → "the county health department", "Probably the tenants' union" → "the tenants' union").
    /// </summary>
    public string WithoutNameLead(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = text.Trim();
        string before;
        do
        {
            before = name;
            foreach (var lead in _nameLeads)
            {
                var words = lead.Split(' ').Length;
                var parts = name.Split(' ', words + 1, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length > words && Normalize(string.Join(' ', parts.Take(words))) == lead)
                {
                    name = parts[words].TrimStart(',', ':', ' ');
                    break;
                }
            }
        }
        while (name != before && name.Length > 0);
        return name.TrimEnd('.', '!').Trim();
    }

    /// <summary>
    /// True when an answer of two or more words begins as a description of someone ("they support it but
    /// haven't done anything", "she runs the clinic") rather than as a name.
    /// </summary>
    public bool Describes(string? text)
    {
        var words = Words(text).ToList();
        return words.Count > 1 && _descriptionLeads.Contains(Normalize(words[0]));
    }

    /// <summary>What the whole message means when it is not an answer; null when it is one.</summary>
    public AnswerWord? Classify(string? text)
    {
        var found = ChoiceRecognizers.RecognizeChoices(text, _words, WholeAnswer);
        return found.Count == 0 ? null : Parse(found[0].Value);
    }

    public bool IsYouPick(string? text) => Classify(text) == AnswerWord.YouPick;

    /// <summary>"no, they're a nonprofit" → (No, "they're a nonprofit"); "they're a nonprofit" → (null, the text).</summary>
    public (AnswerWord? Lead, string Remainder) SplitLead(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var end = 0;
        while (end < trimmed.Length && (char.IsLetter(trimmed[end]) || trimmed[end] is '\'' or '’'))
            end++;
        if (end == 0 || !_leads.TryGetValue(Normalize(trimmed[..end]), out var lead))
            return (null, trimmed);
        var rest = trimmed[end..].TrimStart(' ', ',', '.', '!', ';', ':', '-', '–', '—').Trim();
        return (lead, rest);
    }

    /// <summary>
    /// True when the answer talks about the ally or their contact instead of to them: "she", "his", "they're",
    /// or one of <paramref name="names"/> (the contact's name, a person ally's name).
    /// </summary>
    public bool SoundsThirdPerson(string? text, params string?[] names)
    {
        var words = Words(text).ToHashSet(StringComparer.Ordinal);
        if (words.Overlaps(_thirdPerson))
            return true;
        return names.Where(n => !string.IsNullOrWhiteSpace(n))
            .SelectMany(n => n!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 2 && char.IsUpper(w[0]) && !w.EndsWith('.'))
            .Select(Normalize)
            .Any(words.Contains);
    }

    /// <summary>Lower-case words, apostrophes dropped ("She's" → "shes").</summary>
    private static IEnumerable<string> Words(string? text) =>
        (text ?? string.Empty).Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal)
            .Split(' ', ',', '.', ';', ':', '!', '?', '(', ')', '"', '-', '–', '—', '/', '\n')
            .Where(w => w.Length > 0)
            .Select(w => w.ToLowerInvariant());

    /// <summary>The library's choice ids of interruptions/answer-words, each one a kind of <see cref="AnswerWord"/>.</summary>
    public static IReadOnlyList<string> Ids { get; } = ["done", "dont-know", "yes", "no", "you-pick", "greeting", "thanks"];

    private static AnswerWord? Parse(string id) => id switch
    {
        "done" => AnswerWord.Done,
        "dont-know" => AnswerWord.DontKnow,
        "yes" => AnswerWord.Yes,
        "no" => AnswerWord.No,
        "you-pick" => AnswerWord.YouPick,
        "greeting" => AnswerWord.Greeting,
        "thanks" => AnswerWord.Thanks,
        _ => null,
    };

    private static string Normalize(string word) =>
        new(word.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == ' ').ToArray());
}
