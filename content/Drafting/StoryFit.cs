using AllyBot.Content.Matching;
using AllyBot.Content.Model;

namespace AllyBot.Content.Drafting;

/// <summary>
/// Whether an audience's story hook fits the goal: the hook is tagged with topics (story-topics in the
/// profile, ids from templates/story-topics.yaml), and it fits when the goal is on one of them and none of its
/// topics is the one kept off the table. A profile without tags never gets its hook told.
/// </summary>
internal static class StoryFit
{
    /// Ids of the topics whose words appear in the text ("inhalers" is on the asthma topic).
    public static IReadOnlySet<string> TopicsOf(string? text, ContentLibrary library)
    {
        var tokens = TextNormalizer.Tokens(text);
        return library.StoryTopics.Values
            .Where(topic => topic.Words.Any(word => Contains(tokens, TextNormalizer.Tokens(word))))
            .Select(topic => topic.Id)
            .ToHashSet(StringComparer.Ordinal);
    }

    public static bool Fits(AudienceProfile audience, IReadOnlySet<string> goalTopics, IReadOnlySet<string> offTableTopics) =>
        audience.StoryTopics.Any(goalTopics.Contains) && !audience.StoryTopics.Any(offTableTopics.Contains);

    private static bool Contains(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase)
    {
        if (phrase.Count == 0)
        {
            return false;
        }
        for (var i = 0; i + phrase.Count <= tokens.Count; i++)
        {
            if (phrase.Select((p, j) => tokens[i + j] == p).All(same => same))
            {
                return true;
            }
        }
        return false;
    }
}
