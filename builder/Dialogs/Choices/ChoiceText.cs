using System.Text;

namespace AllyBot.Builder.Dialogs.Choices;

/// <summary>Normalizes text for matching: case-, punctuation- and apostrophe-insensitive, whitespace collapsed.</summary>
internal static class ChoiceText
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "or", "to", "for", "with", "in", "on", "at", "my", "our", "i", "id", "im", "is", "it", "its",
        "please", "thanks", "think", "maybe", "that", "this", "be", "would", "like", "go", "pick", "choose",
    };

    /// <summary>"Nurses' Union!" → "nurses union"; "don’t" → "dont".</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            if (raw is '\'' or '\u2019' or '\u2018')
                continue; // apostrophes join: "nurses' union" and "nurses union" match.
            if (char.IsLetterOrDigit(raw))
            {
                if (pendingSpace && builder.Length > 0)
                    builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(raw));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    public static string[] Tokens(string normalized) =>
        normalized.Length == 0 ? [] : normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The words that carry meaning; all of them when every word is a stop word ("The One").</summary>
    public static string[] ContentTokens(string normalized)
    {
        var tokens = Tokens(normalized);
        var content = tokens.Where(t => !StopWords.Contains(t)).ToArray();
        return content.Length > 0 ? content : tokens;
    }

    /// <summary>Equal, or equal once a plural "s" is dropped ("nurse" / "nurses").</summary>
    public static bool SameWord(string a, string b) =>
        a == b || Singular(a) == Singular(b);

    private static string Singular(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
}
