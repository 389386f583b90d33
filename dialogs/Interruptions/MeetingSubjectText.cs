using System.Text.RegularExpressions;

namespace AllyBot.Dialogs.Interruptions;

/// <summary>
/// Cuts who a meeting is with out of what the user typed, keeping their casing and punctuation
/// ("I'm meeting Dr. Lee, our dean, tomorrow" → "Dr. Lee, our dean"): the opener is matched word by word,
/// and trailing time phrases ("in an hour", "tomorrow", "at 3pm", "next week") are dropped, because the
/// subject is quoted back in the brief's heading and opening line.
/// </summary>
internal static partial class MeetingSubjectText
{
    /// <summary>The text after the opener's words (as typed), or null when the text does not start with them.</summary>
    public static string? After(string text, IReadOnlyList<string> openerWords)
    {
        var words = Word().Matches(text);
        if (words.Count < openerWords.Count)
            return null;
        for (var i = 0; i < openerWords.Count; i++)
        {
            if (Normalize(words[i].Value) != openerWords[i])
                return null;
        }
        var end = openerWords.Count == 0 ? 0 : words[openerWords.Count - 1].Index + words[openerWords.Count - 1].Length;
        return text[end..];
    }

    /// <summary>Whether the phrase's words appear one after another anywhere in the text.</summary>
    public static bool Contains(string text, IReadOnlyList<string> phraseWords) => IndexOf(text, phraseWords) is not null;

    /// <summary>The text before the phrase ("the president in an hour, can you help me prep?" → "the president in an hour"), or the whole text.</summary>
    public static string Before(string text, IReadOnlyList<string> phraseWords) =>
        IndexOf(text, phraseWords) is { } index ? text[..index].TrimEnd(' ', ',', ';', '-', '–', '—') : text;

    /// <summary>Whether the text ends with a time ("in an hour", "tomorrow", "at 3pm").</summary>
    public static bool EndsWithTime(string text) => TrailingTime().IsMatch(text.Trim());

    private static int? IndexOf(string text, IReadOnlyList<string> phraseWords)
    {
        if (phraseWords.Count == 0)
            return null;
        var words = Word().Matches(text);
        for (var start = 0; start + phraseWords.Count <= words.Count; start++)
        {
            var all = true;
            for (var i = 0; i < phraseWords.Count && all; i++)
                all = Normalize(words[start + i].Value) == phraseWords[i];
            if (all)
                return words[start].Index;
        }
        return null;
    }

    /// <summary>Trims separators and trailing time phrases: " the union president in an hour." → "the union president".</summary>
    public static string Clean(string subject)
    {
        var text = subject.Trim().TrimStart(':', ',', '-', '–', ' ').Trim();
        string before;
        do
        {
            before = text;
            text = TrailingTime().Replace(text, string.Empty).TrimEnd(' ', ',', ';', '.', '!', '?', '-', '–');
        }
        while (text != before && text.Length > 0);
        return text;
    }

    // Lower case, apostrophes dropped ("I'm" = "im"): the same as the recognizer's opener words.
    public static string Normalize(string word) =>
        new(word.ToLowerInvariant().Where(c => c is not ('\'' or '’')).ToArray());

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’]*")]
    private static partial Regex Word();

    private const string Days = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private const string Numbers = @"a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|forty five|\d+";

    [GeneratedRegex(
        @"[\s,]+(?:" +
        @"in (?:half an hour|a few (?:minutes|hours|days)|(?:" + Numbers + @") (?:minutes?|mins?|hours?|hrs?|days?|weeks?))" +
        @"|(?:later |early |first thing )?(?:today|tonight|tomorrow|tmrw|this (?:morning|afternoon|evening|week|weekend))(?: (?:morning|afternoon|evening|night))?" +
        @"|(?:next|this coming|on) (?:week|month|(?:" + Days + @")(?: (?:morning|afternoon|evening))?)" +
        @"|(?:" + Days + @")(?: (?:morning|afternoon|evening))?" +
        @"|at (?:noon|lunch|\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)" +
        @"|\d{1,2}(?::\d{2})?\s*(?:am|pm)" +
        @"|soon|later|now|right now|shortly" +
        @")[\s.!?]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingTime();
}
