using System.Text.RegularExpressions;

namespace AllyBot.Content.Loading;

/// Ids in the library are lower-case words joined by hyphens: "labor-unions", "largest-goal".
internal static partial class Ids
{
    public static bool IsValid(string id) => IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
