namespace AllyBot.Bot.Channels.Slack.BlockKit;

/// <summary>
/// Splits text into pieces no longer than a limit (a section's 3000 characters), preferring paragraph
/// breaks, then line breaks, then spaces; only a single unbroken run longer than the limit is cut mid-word.
/// </summary>
public static class MrkdwnSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxLength = SlackLimits.SectionText)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var pieces = new List<string>();
        var rest = text.Trim('\n');
        while (rest.Length > maxLength)
        {
            var cut = FindCut(rest, maxLength);
            var piece = rest[..cut].TrimEnd();
            if (piece.Length > 0)
                pieces.Add(piece);
            rest = rest[cut..].TrimStart('\n', ' ');
        }
        if (rest.Trim().Length > 0)
            pieces.Add(rest);
        return pieces;
    }

    // The cut index is exclusive; the separator at it is dropped by the caller's trimming.
    private static int FindCut(string text, int maxLength)
    {
        var window = text.AsSpan(0, maxLength + 1);   // a separator right at the limit is a valid cut
        foreach (var separator in new[] { "\n\n", "\n", " " })
        {
            var at = window.LastIndexOf(separator.AsSpan(), StringComparison.Ordinal);
            if (at > 0)
                return at;
        }
        // Never leave half of a surrogate pair at the end of a piece.
        return char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
    }
}
