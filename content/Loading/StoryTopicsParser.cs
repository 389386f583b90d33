using AllyBot.Content.Model;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Content.Loading;

/// templates/story-topics.yaml: a 'story-topics' list of { id, words }. Audiences tag their story hook with
/// these ids (story-topics: [asthma]); lint reports a tag that is not defined here.
internal static class StoryTopicsParser
{
    public static void Read(YamlMappingNode root, NodeReader r, LibraryLayer layer)
    {
        r.OnlyKnownKeys(root, "the story topics file", "story-topics");
        foreach (var node in r.Sequence(root, "story-topics", "the story topics file")?.Children ?? [])
        {
            if (r.AsMapping(node, "A story topic") is not { } map)
            {
                continue;
            }
            r.OnlyKnownKeys(map, "a story topic", "id", "words");
            var id = r.Text(map, "id", "a story topic");
            var topic = new StoryTopic(id ?? "", r.Texts(map, "words", $"story topic '{id}'"));
            if (id is not null && LayerItems.CheckId(r, map, id, "story topic"))
            {
                LayerItems.Add(r, layer.StoryTopics, id, topic, map, "story topic");
            }
        }
    }
}
