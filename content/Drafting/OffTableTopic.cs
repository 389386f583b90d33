using System.Text.RegularExpressions;
using AllyBot.Content.Matching;

namespace AllyBot.Content.Drafting;

/// <summary>
/// The topic the user keeps off the table (GoalInfo.NotTheIssue), as the words a pitch must not use. Only the
/// topic counts, not the reason typed after it: "Which tax would fund it; we will take that up later" → tax,
/// fund. Words of the user's own goal stay allowed ("Overall hospital budget cuts" with a hospital goal leaves
/// overall, budget, cut). Words are compared stemmed, so "staffing" also rules out "staff" and "staffed".
/// </summary>
public sealed partial class OffTableTopic
{
    public static readonly OffTableTopic None = new(null, new HashSet<string>(StringComparer.Ordinal));

    private OffTableTopic(string? topic, IReadOnlySet<string> stems)
    {
        Topic = topic;
        Stems = stems;
    }

    /// The topic as typed, without the reason ("Drug decriminalization"); null when nothing is off the table.
    public string? Topic { get; }

    /// Stemmed content words of the topic that a pitch must not contain.
    public IReadOnlySet<string> Stems { get; }

    public static OffTableTopic From(GoalInfo goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (AnswerText.IsNonAnswer(goal.NotTheIssue))
        {
            return None;
        }
        var topic = TopicPart(goal.NotTheIssue!);
        var onTheTable = TextNormalizer.ContentTokens($"{goal.Statement} {goal.Issue} {goal.Solution}").ToHashSet(StringComparer.Ordinal);
        var stems = TextNormalizer.ContentTokens(topic)
            .Where(t => t.Length >= 3 && !Generic.Contains(t) && !onTheTable.Contains(t))
            .ToHashSet(StringComparer.Ordinal);
        return stems.Count == 0 ? None : new OffTableTopic(topic, stems);
    }

    /// The topic's words found in the text (none when it stays off the table).
    public IReadOnlyList<string> WordsIn(string? text) =>
        Stems.Count == 0 ? [] : TextNormalizer.ContentTokens(text).Where(Stems.Contains).Distinct().ToList();

    public bool Touches(string? text) => WordsIn(text).Count > 0;

    private static string TopicPart(string typed)
    {
        var first = ReasonBreak().Split(AnswerText.WithoutEllipsis(typed).Trim())[0];
        return AnswerText.StripRepeated(LeadIn(), first).TrimEnd('.', ',', ' ');
    }

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "issue", "topic", "question", "debate", "thing", "stuff", "talk", "discus", "discuss", "mention", "bring", "whole",
        "right", "now", "later", "anything", "part", "side", "fight", "position", "view", "avoid", "don't", "dont",
        "not", "keep", "table", "off", "leave", "steer", "clear", "away", "stay", "won't", "wont", "let", "yet",
    };

    [GeneratedRegex(@"\s*(?:;|:|\s[-–—]\s|\.\s|,\s*(?=(?:because|since|which|where|we|as|but|so|that|it|they|and we|for now|until|though)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReasonBreak();

    [GeneratedRegex(@"^(?:(?:please\s+)?(?:don['’]t|do not|never|we won['’]t|we will not|let['’]s not|better not)\s+(?:bring up|mention|talk about|discuss|raise|get into|go into|push)\s+|avoid(?:ing)?\s+|steer clear of\s+|stay away from\s+|leave out\s+|keep\s+(?:it\s+)?off\s+|not\s+|no\s+|anything about\s+|the\s+(?:question|issue|topic|debate|fight)\s+(?:of|about|over)\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();
}
