using System.Text.RegularExpressions;

namespace AllyBot.Bot.Channels.Console;

/// <summary>
/// A terminal shows Markdown literally, so emphasis marks are dropped ("**parents and families**" → "parents and
/// families") and links keep their address ("[guide](https://…)" → "guide (https://…)"). Lists and line breaks
/// already read well as plain text and stay.
/// </summary>
public static partial class MarkdownToPlainText
{
    public static string Convert(string text)
    {
        text = Link().Replace(text, "$1 ($2)");
        text = Strong().Replace(text, "$2");
        return Emphasis().Replace(text, "$1$2");
    }

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Strong();

    // A single * or _ around a word or phrase, not inside a word (snake_case stays) and not a list bullet ("* item").
    [GeneratedRegex(@"(^|[\s(""'])[*_](?=\S)(.+?)(?<=\S)[*_](?=$|[\s).,;:!?""'])", RegexOptions.Multiline)]
    private static partial Regex Emphasis();
}
