using System.Text.RegularExpressions;
using AllyBot.Content.Model;

namespace AllyBot.Content.Matching;

/// What the matcher looks for in each audience profile, prepared once: phrases (name, aliases, keywords)
/// as stemmed token sequences with weights, example-phrase words, and regular-expression patterns.
internal sealed class AudienceIndex
{
    public const double NameWeight = 3.0;
    public const double AliasWeight = 3.0;
    public const double KeywordWeight = 2.0;
    public const double ExampleWordWeight = 0.6;
    public const double PatternWeight = 3.5;

    public AudienceIndex(IEnumerable<AudienceProfile> audiences)
    {
        Entries = audiences.OrderBy(a => a.Id, StringComparer.Ordinal).Select(Prepare).ToList();
        // A single word used by several audiences says less about any one of them.
        SingleWordSpread = Entries
            .SelectMany(e => e.Phrases.Where(p => p.Tokens.Length == 1).Select(p => (p.Tokens[0], e.Profile.Id)))
            .Distinct()
            .GroupBy(x => x.Item1, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        ExampleWordSpread = Entries
            .SelectMany(e => e.ExampleWords.Select(w => (w, e.Profile.Id)))
            .GroupBy(x => x.w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    public IReadOnlyList<Entry> Entries { get; }
    public IReadOnlyDictionary<string, int> SingleWordSpread { get; }
    public IReadOnlyDictionary<string, int> ExampleWordSpread { get; }

    internal sealed record Phrase(string[] Tokens, double Weight);

    internal sealed record Entry(AudienceProfile Profile, IReadOnlyList<Phrase> Phrases, IReadOnlySet<string> ExampleWords, IReadOnlyList<Regex> Patterns);

    private static Entry Prepare(AudienceProfile profile)
    {
        var phrases = new Dictionary<string, Phrase>(StringComparer.Ordinal);
        void Add(string text, double weight)
        {
            var tokens = TextNormalizer.ContentTokens(text).ToArray();
            var key = string.Join(' ', tokens);
            if (tokens.Length > 0 && (!phrases.TryGetValue(key, out var existing) || existing.Weight < weight))
            {
                phrases[key] = new Phrase(tokens, weight);
            }
        }
        Add(profile.Name, NameWeight);
        Add(profile.Id.Replace('-', ' '), NameWeight);
        foreach (var alias in profile.Aliases)
        {
            Add(alias, AliasWeight);
        }
        foreach (var keyword in profile.Keywords)
        {
            Add(keyword, KeywordWeight);
        }
        var exampleWords = profile.ExamplePhrases.SelectMany(TextNormalizer.ContentTokens).ToHashSet(StringComparer.Ordinal);
        var patterns = profile.Patterns
            .Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)))
            .ToList();
        return new Entry(profile, phrases.Values.ToList(), exampleWords, patterns);
    }
}
