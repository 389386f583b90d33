using System.Text.RegularExpressions;

namespace AllyBot.Content.Generative;

/// Finds what in a model's text could be an invented fact: a number, a date, or a name (a capitalised word
/// that is not an ordinary word starting a sentence). Grounded means each of them appears in the data the
/// model was given; see Grounding.
public static partial class FactScanner
{
    public sealed record Word(string Text, int Index, bool StartsSentence);

    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// Words and numbers in order, each marked when it opens a sentence, a line or a clause after a colon.
    public static IReadOnlyList<Word> Words(string text)
    {
        var words = new List<Word>();
        foreach (Match m in WordPattern().Matches(text))
        {
            var value = Possessive().Replace(m.Value, "");
            if (value.Length > 0)
            {
                words.Add(new Word(value, m.Index, OpensSentence(text, m.Index)));
            }
        }
        return words;
    }

    /// The numbers, dates and names in text that the grounded words do not contain. titleCase: every word may
    /// be capitalised (a subject line), so a capitalised ordinary word is not taken for a name.
    public static IReadOnlyList<string> Ungrounded(string text, Grounding grounding, bool titleCase = false)
    {
        var found = new List<string>();
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var lower = word.Text.ToLowerInvariant();
            if (char.IsDigit(word.Text[0]))
            {
                if (!grounding.HasNumber(word.Text))
                {
                    found.Add(word.Text);
                }
                continue;
            }
            if (!char.IsUpper(word.Text[0]) || IsFirstPerson(word.Text) || grounding.HasWord(lower))
            {
                continue;
            }
            var ordinary = (grounding.IsOrdinaryWord(lower) || OpensWithComma(text, word)) && !DateWords.Contains(lower);
            if (ordinary && (word.StartsSentence || titleCase))
            {
                continue;
            }
            found.Add(word.Text);
        }
        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    /// "Meanwhile, …", "Together, …": a sentence's first word followed by a comma is a linking word, not a name.
    private static bool OpensWithComma(string text, Word word) =>
        word.StartsSentence && word.Index + word.Text.Length < text.Length && text[word.Index + word.Text.Length] == ',';

    private static bool IsFirstPerson(string word) => word is "I" or "I'm" or "I’m" or "I'd" or "I’d" or "I've" or "I’ve" or "I'll" or "I’ll";

    private static bool OpensSentence(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '\n' or '.' or '!' or '?' or ':' or ';' or '•')
            {
                return true;
            }
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '-' or '*' or '—' or '–')
            {
                continue;
            }
            return false;
        }
        return true;
    }

    [GeneratedRegex(@"\d[\d,./:]*\d%?|\d%?|\p{L}[\p{L}\p{Mn}'’\-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(['’]s|['’])$")]
    private static partial Regex Possessive();
}
