using System.Globalization;
using System.Text.RegularExpressions;

namespace AllyBot.Builder.Dialogs.Choices;

/// <summary>Recognizes a pick by position: "2", "number 2", "#2", "two", "second", "the 2nd one", "last".</summary>
internal static partial class ChoicePosition
{
    private static readonly string[] Cardinals = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    /// <summary>The zero-based index picked by <paramref name="normalized"/> (see <see cref="ChoiceText.Normalize"/>), if any.</summary>
    public static int? Find(string normalized, int count, bool numbers, bool ordinals)
    {
        var text = Trailing().Replace(normalized, string.Empty).Trim();

        if (numbers)
        {
            var match = Number().Match(text);
            if (match.Success)
            {
                var word = match.Groups["n"].Value;
                var position = int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Array.IndexOf(Cardinals, word) + 1;
                return InRange(position, count);
            }
        }

        if (ordinals)
        {
            var match = Ordinal().Match(text);
            if (match.Success)
            {
                var word = match.Groups["o"].Value;
                if (word == "last")
                    return count > 0 ? count - 1 : null;
                var position = Array.IndexOf(Ordinals, word) + 1;
                if (position == 0)
                    position = int.Parse(word[..^2], NumberStyles.None, CultureInfo.InvariantCulture); // "2nd" → 2
                return InRange(position, count);
            }
        }

        return null;
    }

    private static int? InRange(int position, int count) => position >= 1 && position <= count ? position - 1 : null;

    [GeneratedRegex(@"(\s+(please|thanks|thank you|one|option|choice))+$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^(?:(?:number|option|choice|no|num)\s+)?(?<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:the\s+)?(?<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th))$")]
    private static partial Regex Ordinal();
}
