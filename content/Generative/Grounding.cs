using AllyBot.Content.Matching;
using AllyBot.Content.Model;

namespace AllyBot.Content.Generative;

/// What a model's answer may draw on: the words and numbers of the data it was sent (the person's plan, the
/// template text, the library material), plus the library's ordinary vocabulary.
public sealed class Grounding
{
    /// The share of an answer's meaningful words that must come from the data or the library to count as on
    /// the subject. A polished pitch keeps most of its words; a pirate poem does not.
    public const double OnSubjectShare = 0.7;

    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);
    private readonly string _numbers;
    private readonly LibraryVocabulary _vocabulary;

    public Grounding(ContentLibrary library, IEnumerable<string?> data)
    {
        _vocabulary = LibraryVocabulary.For(library);
        var texts = data.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToList();
        foreach (var text in texts)
        {
            _words.UnionWith(FactScanner.Words(text).Select(w => w.Text.ToLowerInvariant()));
            _stems.UnionWith(TextNormalizer.ContentTokens(text));
        }
        _numbers = " " + string.Join(" ", texts.SelectMany(FactScanner.Words).Where(w => char.IsDigit(w.Text[0])).Select(w => Digits(w.Text))) + " ";
    }

    public bool HasWord(string lowerWord) => _words.Contains(lowerWord);

    public bool HasNumber(string number) => _numbers.Contains(" " + Digits(number) + " ", StringComparison.Ordinal);

    public bool IsOrdinaryWord(string lowerWord) => _vocabulary.Words.Contains(lowerWord) || _words.Contains(lowerWord);

    /// The numbers, dates and names in the text that the data does not contain.
    public IReadOnlyList<string> Invented(string text, bool titleCase = false) => FactScanner.Ungrounded(text, this, titleCase);

    /// The share of the text's meaningful words found in the data or the library (1 for a text without any).
    public double SubjectShare(string text)
    {
        var stems = TextNormalizer.ContentTokens(text).Distinct().ToList();
        return stems.Count == 0 ? 1 : (double)stems.Count(s => _stems.Contains(s) || _vocabulary.Stems.Contains(s)) / stems.Count;
    }

    private static string Digits(string number) => new(number.Where(char.IsDigit).ToArray());
}
