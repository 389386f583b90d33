using AllyBot.Content.Model;

namespace AllyBot.Content.Matching;

/// Guesses which audience profile a free-text ally description belongs to ("SEIU local 1199" → labor-unions).
/// Deterministic and offline: stemmed phrase matches on names, aliases and keywords (rarer words weigh more),
/// overlap with example phrases, and regular-expression patterns for titles and organization names. Words that
/// name who the ally is count fully; words after "at", "from", "who"… saying where they are count half
/// ("peer educators at the syringe exchange" are peers; see AllyDescription).
public sealed class AudienceMatcher
{
    /// Score at which a lone match counts as fully confident.
    private const double Saturation = 4.0;

    private readonly AudienceIndex _index;
    private readonly AudienceMatcherOptions _options;

    public AudienceMatcher(ContentLibrary library, AudienceMatcherOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(library);
        _index = new AudienceIndex(library.Audiences.Values);
        _options = options ?? new AudienceMatcherOptions();
    }

    public double Threshold => _options.Threshold;

    /// Ranked candidates, best first; empty when nothing in the text points at any audience.
    public IReadOnlyList<AudienceMatch> Match(string? freeText)
    {
        if (string.IsNullOrWhiteSpace(freeText))
        {
            return [];
        }
        var tokens = TextNormalizer.ContentTokens(freeText);
        var description = new AllyDescription(freeText);
        var scores = _index.Entries
            .Select(e => (e.Profile, Score: Score(e, tokens, description)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Profile.Id, StringComparer.Ordinal)
            .ToList();
        return scores
            .Select((x, i) => new AudienceMatch(x.Profile.Id, x.Profile.Name, Confidence(x.Score, BestOther(scores, i))))
            .Take(_options.MaxResults)
            .ToList();
    }

    /// The top match when its confidence reaches the threshold; otherwise null (ask the user to pick).
    public AudienceMatch? Best(string? freeText) =>
        Match(freeText) is [var top, ..] && top.Confidence >= _options.Threshold ? top : null;

    private double Score(AudienceIndex.Entry entry, IReadOnlyList<string> tokens, AllyDescription description)
    {
        var score = 0.0;
        foreach (var phrase in entry.Phrases)
        {
            if (IndexOf(tokens, phrase.Tokens) is not { } start)
            {
                continue;
            }
            var specificity = phrase.Tokens.Length == 1
                ? 1.0 / _index.SingleWordSpread.GetValueOrDefault(phrase.Tokens[0], 1)
                : 1.0 + 0.5 * (phrase.Tokens.Length - 1);
            score += phrase.Weight * specificity * description.WeightAtToken(start);
        }
        foreach (var (token, index) in tokens.Select((t, i) => (t, i)).DistinctBy(x => x.t))
        {
            if (entry.ExampleWords.Contains(token))
            {
                score += AudienceIndex.ExampleWordWeight / _index.ExampleWordSpread[token] * description.WeightAtToken(index);
            }
        }
        foreach (var pattern in entry.Patterns)
        {
            if (pattern.Match(description.Text) is { Success: true } match)
            {
                score += AudienceIndex.PatternWeight * description.WeightAtChar(match.Index);
            }
        }
        return score;
    }

    private static double BestOther(List<(AudienceProfile Profile, double Score)> scores, int index) =>
        scores.Where((_, i) => i != index).Select(x => x.Score).DefaultIfEmpty(0).Max();

    /// High when the score is clearly ahead of the runner-up and strong on its own.
    private static double Confidence(double score, double other) =>
        Math.Round(score / (score + other) * Math.Min(1.0, score / Saturation), 3);

    /// Where <paramref name="phrase"/> first occurs in <paramref name="tokens"/>, or null.
    private static int? IndexOf(IReadOnlyList<string> tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Count; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Length && all; j++)
            {
                all = tokens[i + j] == phrase[j];
            }
            if (all)
            {
                return i;
            }
        }
        return null;
    }
}
