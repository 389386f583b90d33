using AllyBot.Content.Model;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Content.Loading;

/// sources.yaml: a 'sources' list of { id, title, file?, url?, covers }.
internal static class SourcesParser
{
    public static void Read(YamlMappingNode root, NodeReader r, LibraryLayer layer)
    {
        r.OnlyKnownKeys(root, "the sources file", "sources");
        var list = r.Sequence(root, "sources", "the sources file");
        foreach (var node in list?.Children ?? [])
        {
            if (r.AsMapping(node, "A source") is not { } map)
            {
                continue;
            }
            r.OnlyKnownKeys(map, "a source", "id", "title", "file", "url", "covers");
            var id = r.Text(map, "id", "a source");
            var title = r.Text(map, "title", $"source '{id}'");
            var covers = r.Text(map, "covers", $"source '{id}'");
            var file = r.Text(map, "file", $"source '{id}'", required: false);
            var url = r.Text(map, "url", $"source '{id}'", required: false);
            if (file is null && url is null)
            {
                r.Problem(map, $"Source '{id}' needs a 'file' (a seed guide) or a 'url'.");
            }
            if (id is null || title is null || covers is null || !LayerItems.CheckId(r, map, id, "source"))
            {
                continue;
            }
            LayerItems.Add(r, layer.Sources, id, new Source(id, title, file, url, covers), map, "source");
        }
    }
}
