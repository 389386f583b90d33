using System.Text;
using System.Text.RegularExpressions;

namespace AllyBot.Bot.Channels.Slack.BlockKit;

/// <summary>
/// Converts the Markdown the dialogs write into Slack's mrkdwn
/// (https://api.slack.com/reference/surfaces/formatting): <c>**bold**</c> → <c>*bold*</c>,
/// <c>*italic*</c> → <c>_italic_</c>, <c>[text](url)</c> → <c>&lt;url|text&gt;</c>, headings → bold lines,
/// list markers → bullets, <c>~~strike~~</c> → <c>~strike~</c>. The control characters &amp;, &lt; and &gt;
/// are escaped as Slack requires. Code spans and fenced code blocks are left as they are (escaped only).
/// </summary>
public static partial class MarkdownToMrkdwn
{
    // Stands in for a bold marker while single-asterisk italics are converted.
    private const char BoldMark = '\u0001';

    public static string Convert(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
            return string.Empty;

        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        var output = new StringBuilder(text.Length + 16);
        var inFence = false;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                output.Append(Escape(line));
            }
            else
            {
                output.Append(inFence ? Escape(line) : ConvertLine(line));
            }
            if (i < lines.Length - 1)
                output.Append('\n');
        }
        return output.ToString();
    }

    /// <summary>Escapes Slack's control characters (&amp;, &lt;, &gt;) in plain text.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Removes Markdown emphasis markers, for places that take plain text only (headers, buttons).</summary>
    public static string ToPlainText(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
            return string.Empty;
        var text = LinkPattern().Replace(markdown, "$1");
        text = text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        return HeadingPattern().Replace(text, "$1").Trim();
    }

    private static string ConvertLine(string line)
    {
        // Inline code spans are kept verbatim; only the parts between them are converted.
        var parts = CodeSpanPattern().Split(line);
        var output = new StringBuilder(line.Length + 8);
        foreach (var part in parts)
            output.Append(part.StartsWith('`') && part.EndsWith('`') && part.Length > 1 ? Escape(part) : ConvertProse(part));
        return output.ToString();
    }

    private static string ConvertProse(string text)
    {
        if (text.Length == 0)
            return text;

        // Autolinks (<https://…>) must be recognised before escaping turns their brackets into entities.
        var links = new List<string>();
        text = AutoLinkPattern().Replace(text, m => Stash(links, $"<{m.Groups[1].Value}>"));
        text = LinkPattern().Replace(text, m =>
            Stash(links, $"<{EscapeUrl(m.Groups[2].Value)}|{Escape(m.Groups[1].Value.Replace('|', '/'))}>"));

        text = Escape(text);
        text = HeadingPattern().Replace(text, m => $"{BoldMark}{m.Groups[1].Value.Trim()}{BoldMark}");
        text = BulletPattern().Replace(text, "$1• ");
        text = BoldStarPattern().Replace(text, $"{BoldMark}$1{BoldMark}");
        text = BoldUnderscorePattern().Replace(text, $"{BoldMark}$1{BoldMark}");
        text = ItalicStarPattern().Replace(text, "_$1_");
        text = StrikePattern().Replace(text, "~$1~");
        text = text.Replace(BoldMark, '*');

        // Links go back last, so their text and URL are not touched by the emphasis rules.
        return StashPattern().Replace(text, m => links[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
    }

    private static string Stash(List<string> links, string value)
    {
        links.Add(value);
        return $"\u0002{links.Count - 1}\u0003";
    }

    // Slack reads '&', '<' and '>' as control characters even inside a link's URL.
    private static string EscapeUrl(string url) => url.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);

    [GeneratedRegex("(`[^`]+`)")]
    private static partial Regex CodeSpanPattern();

    [GeneratedRegex(@"<((?:https?|mailto):[^\s<>]+)>")]
    private static partial Regex AutoLinkPattern();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^(\s*)[-*+]\s+")]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"\*\*(?=\S)(.+?)(?<=\S)\*\*")]
    private static partial Regex BoldStarPattern();

    [GeneratedRegex(@"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)")]
    private static partial Regex BoldUnderscorePattern();

    [GeneratedRegex(@"(?<![*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])")]
    private static partial Regex ItalicStarPattern();

    [GeneratedRegex(@"~~(?=\S)(.+?)(?<=\S)~~")]
    private static partial Regex StrikePattern();

    [GeneratedRegex("\u0002(\\d+)\u0003")]
    private static partial Regex StashPattern();
}
