using AllyBot.Content.Model;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Content.Loading;

/// generative/*.yaml: 'prompts' (a list of { id, text, source }), 'answer-topics' (a list of
/// { id, phrases, tips, source }, tips as step/tip ids, checked across files by LibraryValidator) and
/// 'ordinary-words' (a list of words; files and overlays add to it).
internal static class GenerativeParser
{
    public static void Read(YamlMappingNode root, NodeReader r, LibraryLayer layer)
    {
        r.OnlyKnownKeys(root, "a generative file", "prompts", "answer-topics", "ordinary-words");
        foreach (var word in r.Texts(root, "ordinary-words", "a generative file", required: false))
        {
            layer.OrdinaryWords.Add(word.ToLowerInvariant());
        }
        foreach (var node in r.Sequence(root, "prompts", "a generative file", required: false)?.Children ?? [])
        {
            ReadPrompt(node, r, layer);
        }
        foreach (var node in r.Sequence(root, "answer-topics", "a generative file", required: false)?.Children ?? [])
        {
            ReadTopic(node, r, layer);
        }
    }

    private static void ReadPrompt(YamlNode node, NodeReader r, LibraryLayer layer)
    {
        if (r.AsMapping(node, "A prompt") is not { } map)
        {
            return;
        }
        r.OnlyKnownKeys(map, "a prompt", "id", "text", "source");
        var id = r.Text(map, "id", "a prompt");
        var text = r.Text(map, "text", $"prompt '{id}'");
        var sources = r.SourceIds(map, $"prompt '{id}'");
        if (id is not null && text is not null && LayerItems.CheckId(r, map, id, "prompt"))
        {
            LayerItems.Add(r, layer.Prompts, id, new Prompt(id, text, sources), map, "prompt");
        }
    }

    private static void ReadTopic(YamlNode node, NodeReader r, LibraryLayer layer)
    {
        if (r.AsMapping(node, "An answer topic") is not { } map)
        {
            return;
        }
        r.OnlyKnownKeys(map, "an answer topic", "id", "phrases", "tips", "source");
        var id = r.Text(map, "id", "an answer topic");
        var what = $"answer topic '{id}'";
        var phrases = r.Texts(map, "phrases", what);
        var tips = r.Texts(map, "tips", what);
        var sources = r.SourceIds(map, what);
        if (r.Node(map, "tips") is { } tipsNode)
        {
            var nodes = tipsNode is YamlSequenceNode seq ? seq.Children : [tipsNode];
            foreach (var child in nodes.OfType<YamlScalarNode>().Where(n => !string.IsNullOrWhiteSpace(n.Value)))
            {
                layer.TipRefs.Add(new Reference(child.Value!.Trim(), r.File, NodeReader.Line(child)));
            }
        }
        if (id is not null && LayerItems.CheckId(r, map, id, "answer topic"))
        {
            LayerItems.Add(r, layer.AnswerTopics, id, new AnswerTopic(id, phrases, tips, sources), map, "answer topic");
        }
    }
}
