using System.Text.RegularExpressions;
using AllyBot.Content.Model;

namespace AllyBot.Content.Drafting;

/// <summary>
/// The audience profile's lines that a pitch may use for this request: none holds a word of the topic kept off
/// the table or a phrase the audience avoids ("safe staffing" is dropped when staffing is off the table). Their
/// words never repeat a value's word ("constituents" is dropped beside "serving constituents well"), and
/// YourWords are their words said back to them ("our members" → "your members").
/// </summary>
public sealed partial class SafeLines
{
    private readonly AudienceProfile audience;
    private readonly OffTableTopic offTable;

    internal SafeLines(AudienceProfile audience, OffTableTopic offTable)
    {
        this.audience = audience;
        this.offTable = offTable;
        Values = Safe(audience.Values);
        var valueWords = Values.SelectMany(Matching.TextNormalizer.ContentTokens).ToHashSet(StringComparer.Ordinal);
        Words = Safe(audience.WordsTheyUse)
            .Where(w => !Matching.TextNormalizer.ContentTokens(w).Any(valueWords.Contains))
            .ToList();
        YourWords = Words.Select(ToYou).ToList();
        SelfInterests = Safe(audience.SelfInterests);
        Asks = Safe(audience.Asks);
        Offers = Safe(audience.Offers);
        Questions = Safe(audience.QuestionsToAsk);
        var askable = Questions.Where(q => !AboutSomeoneElse().IsMatch(q)).ToList();
        Question = askable.FirstOrDefault();
        QuestionMore = askable.Skip(1).FirstOrDefault();
        Approach = Safe(audience.Approach);
    }

    public IReadOnlyList<string> Values { get; }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string> YourWords { get; }

    public IReadOnlyList<string> SelfInterests { get; }

    public IReadOnlyList<string> Asks { get; }

    public IReadOnlyList<string> Offers { get; }

    public IReadOnlyList<string> Questions { get; }

    /// The first question that can be put to them in writing ("What are your members' top priorities …?"),
    /// not one about a third person ("What would the councilmember need to see …?"), or null.
    public string? Question { get; }

    /// A second question of that kind, for a long pitch with room to spare, or null.
    public string? QuestionMore { get; }

    public IReadOnlyList<string> Approach { get; }

    internal IEnumerable<string> All =>
        Values.Concat(Words).Concat(YourWords).Concat(SelfInterests).Concat(Asks).Concat(Offers).Concat(Questions);

    /// True when the text has no word of the off-the-table topic and none of the audience's words to avoid.
    public bool IsSafe(string? text) =>
        !string.IsNullOrWhiteSpace(text) && !offTable.Touches(text) && AvoidedIn(text, audience.WordsToAvoid).Count == 0;

    /// The words to avoid that the text contains, matched as whole words ignoring case and any "(…)" remark.
    public static IReadOnlyList<string> AvoidedIn(string text, IEnumerable<string> wordsToAvoid) =>
        wordsToAvoid.Where(avoid => Phrase(avoid) is { Length: > 0 } phrase
                && Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(phrase).Replace("\\ ", "\\s+", StringComparison.Ordinal).Replace("'", "['’]", StringComparison.Ordinal)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            .ToList();

    /// The first safe line; when every line touches the topic kept off the table, the profile's first without a
    /// word the audience avoids (a profile whose every line holds one is a content error lint reports).
    internal string First(IReadOnlyList<string> safe, IReadOnlyList<string> all) =>
        safe.Count > 0 ? safe[0] : all.FirstOrDefault(line => AvoidedIn(line, audience.WordsToAvoid).Count == 0) ?? all[0];

    private List<string> Safe(IEnumerable<string> lines) => lines.Where(IsSafe).ToList();

    private static string Phrase(string avoid) => Remark().Replace(avoid, string.Empty).Trim().Replace('’', '\'');

    private static string ToYou(string words) => FirstPerson().Replace(words, m => m.Value.ToLowerInvariant() switch
    {
        "our" or "my" => "your",
        "ours" or "mine" => "yours",
        _ => "you", // we, us, me
    });

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Remark();

    [GeneratedRegex(@"\b(?:our|my|ours|mine|we|us|me)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(?:he|she|his|her|him|the (?:councilmember|mayor|senator|director|dean|commissioner|president|pastor|principal))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutSomeoneElse();
}
