using AllyBot.Content.Matching;
using AllyBot.Content.Model;

namespace AllyBot.Content.Generative.Answers;

/// Finds the library passages that answer a coaching question. Deterministic and offline: BM25 over the
/// words of tips, audience approaches and questions, and coaching questions' help (stemmed, then cut to six
/// letters so "organizers" meets "organizing"); a question matching an answer topic's phrase brings that
/// topic's tips first; an audience named in the question (AudienceMatcher), or else the one in context, brings
/// its approach and questions, and other audiences' passages are left out.
public sealed class LibraryRetriever
{
    public const int DefaultMaxPassages = 3;
    private const double MinScore = 1.0;
    private const double TopicMatch = 0.6;
    private const double TopicBoost = 12.0;
    private const double AudienceBoost = 4.0;
    private const double StepBoost = 0.5;
    private const double K1 = 1.2;
    private const double B = 0.75;

    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal) { "how", "why", "where", "when", "thing" };

    private readonly AudienceMatcher _matcher;
    private readonly List<(LibraryPassage Passage, string[] Terms)> _passages;
    private readonly Dictionary<string, double> _idf;
    private readonly double _averageLength;
    private readonly List<(AnswerTopic Topic, List<string[]> Phrases)> _topics;

    public LibraryRetriever(ContentLibrary library, AudienceMatcher matcher)
    {
        _matcher = matcher;
        _passages = Passages(library).Select(p => (p, Terms(p.SearchText))).ToList();
        _averageLength = _passages.Count == 0 ? 1 : _passages.Average(p => p.Terms.Length);
        _idf = _passages.SelectMany(p => p.Terms.Distinct()).GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Log(1 + (_passages.Count - g.Count() + 0.5) / (g.Count() + 0.5)), StringComparer.Ordinal);
        _topics = library.AnswerTopics.Values.OrderBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => (t, t.Phrases.Select(p => Terms(p).Distinct().ToArray()).Where(p => p.Length > 0).ToList())).ToList();
    }

    public IReadOnlyList<LibraryPassage> Search(string question, CoachingContext? context = null, int max = DefaultMaxPassages)
    {
        var terms = Terms(question).Distinct().ToArray();
        if (terms.Length == 0)
        {
            return [];
        }
        var named = _matcher.Best(question)?.AudienceId;
        var audience = named ?? context?.AudienceId;
        var topicBoosts = TopicBoosts(terms);
        var ranked = new List<(LibraryPassage Passage, double Score)>();
        foreach (var (passage, passageTerms) in _passages)
        {
            var words = Bm25(terms, passageTerms);
            var topic = topicBoosts.GetValueOrDefault(passage.Id);
            var relevant = passage.AudienceId is null
                ? words >= MinScore || topic > 0
                : passage.AudienceId == audience && (named is not null || words > 0);
            if (!relevant)
            {
                continue;
            }
            var step = context?.StepId is { } id && passage.Kind == PassageKind.Tip && passage.Id.StartsWith(id + "/", StringComparison.Ordinal) ? StepBoost : 0;
            var boost = passage.AudienceId is null ? 0 : named is null ? AudienceBoost : 2 * AudienceBoost;
            ranked.Add((passage, words + topic + step + boost));
        }
        return ranked.OrderByDescending(x => x.Score).ThenBy(x => x.Passage.Id, StringComparer.Ordinal)
            .Take(max).Select(x => x.Passage).ToList();
    }

    private Dictionary<string, double> TopicBoosts(string[] terms)
    {
        var boosts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (topic, phrases) in _topics)
        {
            var similarity = phrases.Select(p => Similarity(p, terms)).DefaultIfEmpty(0).Max();
            if (similarity < TopicMatch)
            {
                continue;
            }
            for (var i = 0; i < topic.Tips.Count; i++)
            {
                var boost = TopicBoost * similarity * (1 - 0.1 * i);
                boosts[topic.Tips[i]] = Math.Max(boosts.GetValueOrDefault(topic.Tips[i]), boost);
            }
        }
        return boosts;
    }

    /// The share of a phrase's words in the question; a one-word phrase matches only a one-word question.
    private static double Similarity(string[] phrase, string[] question) =>
        phrase.Length >= 2 ? (double)phrase.Count(question.Contains) / phrase.Length
        : question.Length == 1 && question[0] == phrase[0] ? 1 : 0;

    private double Bm25(string[] query, string[] document)
    {
        var score = 0.0;
        foreach (var term in query)
        {
            var frequency = document.Count(t => t == term);
            if (frequency == 0)
            {
                continue;
            }
            score += _idf.GetValueOrDefault(term) * frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * document.Length / _averageLength));
        }
        return score;
    }

    private static string[] Terms(string text) =>
        TextNormalizer.ContentTokens(text).Where(t => !QuestionWords.Contains(t)).Select(t => t.Length > 6 ? t[..6] : t).ToArray();

    private static IEnumerable<LibraryPassage> Passages(ContentLibrary library)
    {
        foreach (var step in library.Steps.Values.Where(s => s.Id != GenerativeIds.Step))
        {
            foreach (var tip in step.Tips.Values)
            {
                yield return new LibraryPassage($"{step.Id}/{tip.Id}", PassageKind.Tip, tip.Text, tip.Sources, null, tip.Text);
            }
            foreach (var question in step.Questions.Values.Where(q => q.Choices.Count == 0))
            {
                yield return new LibraryPassage($"{step.Id}/{question.Id}", PassageKind.QuestionHelp, question.Help, question.Sources, null,
                    string.Join(" ", new[] { question.Text, question.Help }.Concat(question.Examples)));
            }
        }
        foreach (var audience in library.Audiences.Values)
        {
            var about = string.Join(" ", audience.Aliases.Prepend(audience.Name));
            for (var i = 0; i < audience.Approach.Count; i++)
            {
                yield return new LibraryPassage($"{audience.Id}/approach-{i + 1}", PassageKind.Approach, audience.Approach[i], audience.Sources, audience.Id,
                    audience.Approach[i] + " " + about);
            }
            var questions = string.Join(" ", audience.QuestionsToAsk);
            yield return new LibraryPassage($"{audience.Id}/questions", PassageKind.QuestionsToAsk, questions, audience.Sources, audience.Id,
                string.Join(" ", library.Text(GenerativeIds.Step, GenerativeIds.AnswerQuestionsText), questions, about));
        }
    }
}
