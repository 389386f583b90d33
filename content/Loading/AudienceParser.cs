using AllyBot.Content.Model;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Content.Loading;

/// audiences/<id>.yaml: one audience profile per file.
internal static class AudienceParser
{
    private static readonly string[] Fields =
    [
        "id", "name", "aliases", "example-phrases", "keywords", "patterns", "values", "words-they-use",
        "words-to-avoid", "self-interests", "asks", "offers", "approach", "story-hook", "story-topics", "questions-to-ask", "source",
        "dominant-group",
    ];

    public static void Read(YamlMappingNode map, NodeReader r, LibraryLayer layer)
    {
        r.OnlyKnownKeys(map, "an audience", Fields);
        var id = r.Text(map, "id", "an audience");
        var what = $"audience '{id}'";
        var profile = new AudienceProfile(
            Id: id ?? "",
            Name: r.Text(map, "name", what) ?? "",
            Aliases: r.Texts(map, "aliases", what),
            ExamplePhrases: r.Texts(map, "example-phrases", what),
            Keywords: r.Texts(map, "keywords", what, required: false),
            Patterns: ReadPatterns(map, r, what),
            Values: r.Texts(map, "values", what),
            WordsTheyUse: r.Texts(map, "words-they-use", what),
            WordsToAvoid: r.Texts(map, "words-to-avoid", what),
            SelfInterests: r.Texts(map, "self-interests", what),
            Asks: r.Texts(map, "asks", what),
            Offers: r.Texts(map, "offers", what),
            Approach: r.Texts(map, "approach", what),
            StoryHook: r.Text(map, "story-hook", what) ?? "",
            QuestionsToAsk: r.Texts(map, "questions-to-ask", what),
            Sources: r.SourceIds(map, what))
        {
            StoryTopics = ReadStoryTopics(map, r, layer, what),
            DominantGroup = ReadFlag(map, r, "dominant-group", what),
        };
        if (profile.QuestionsToAsk.Count is > 0 and < 3)
        {
            r.Problem(r.Node(map, "questions-to-ask")!, $"Field 'questions-to-ask' of {what} needs at least 3 questions (the meeting brief shows three).");
        }
        if (id is null || !LayerItems.CheckId(r, map, id, "audience"))
        {
            return;
        }
        LayerItems.Add(r, layer.Audiences, id, profile, map, "audience");
    }

    /// Optional ids from templates/story-topics.yaml; each is checked later like a source id.
    private static IReadOnlyList<string> ReadStoryTopics(YamlMappingNode map, NodeReader r, LibraryLayer layer, string what)
    {
        var topics = r.Texts(map, "story-topics", what, required: false);
        if (r.Node(map, "story-topics") is { } node)
        {
            foreach (var topic in topics)
            {
                layer.StoryTopicRefs.Add(new Reference(topic, r.File, NodeReader.Line(node)));
            }
        }
        return topics;
    }

    /// A yes/no field: true or false (absent is false).
    private static bool ReadFlag(YamlMappingNode map, NodeReader r, string key, string what)
    {
        var text = r.Text(map, key, what, required: false);
        if (text is null)
        {
            return false;
        }
        if (bool.TryParse(text, out var flag))
        {
            return flag;
        }
        r.Problem(r.Node(map, key)!, $"Field '{key}' of {what} should be true or false, not '{text}'.");
        return false;
    }

    /// Patterns are .NET regular expressions (matched case-insensitively), e.g. "\\blocal \\d+".
    private static IReadOnlyList<string> ReadPatterns(YamlMappingNode map, NodeReader r, string what)
    {
        var patterns = r.Texts(map, "patterns", what, required: false);
        foreach (var pattern in patterns)
        {
            try
            {
                _ = new System.Text.RegularExpressions.Regex(pattern);
            }
            catch (ArgumentException ex)
            {
                r.Problem(r.Node(map, "patterns")!, $"Pattern '{pattern}' of {what} is not a valid regular expression: {ex.Message}");
            }
        }
        return patterns;
    }
}
