using System.Text.RegularExpressions;

namespace AllyBot.Content.Rendering;

/// Coaching texts may hold simple placeholders such as "{ally}" or "{goal}". This fills them in.
/// A placeholder with no value (missing or null) becomes empty and the spaces around it are tidied.
/// Pitch and brief templates use Scriban instead (see Drafting/TemplateRenderer).
public static partial class Placeholders
{
    /// The placeholders coaching texts may use; lint reports any other.
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "user", "chapter", "goal", "issue", "solution", "ally", "audience", "contact", "role", "ask", "offer",
        "stance", "angle", "step", "count", "choices", "when", "topic", "who", "suggestion", "idea",
    };

    public static IReadOnlyList<string> Find(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();

    public static string Render(string text, IReadOnlyDictionary<string, string?> values)
    {
        var filled = PlaceholderPattern().Replace(text, m =>
            values.TryGetValue(m.Groups[1].Value, out var value) && value is not null ? value.Trim() : "");
        return Tidy(filled);
    }

    public static string Render(string text, params (string Name, string? Value)[] values) =>
        Render(text, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    /// Collapses runs of spaces and removes a space left before punctuation by an empty placeholder.
    internal static string Tidy(string text)
    {
        var collapsed = SpaceBeforePunctuation().Replace(MultipleSpaces().Replace(text, " "), "$1");
        return CommaBeforeStop().Replace(collapsed, "$1").Trim();
    }

    [GeneratedRegex(@"\{([a-z][a-z0-9-]*)\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex MultipleSpaces();

    [GeneratedRegex(@" ([,.;:!?])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@",([.!?])")]
    private static partial Regex CommaBeforeStop();
}
