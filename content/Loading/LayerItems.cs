using YamlDotNet.RepresentationModel;

namespace AllyBot.Content.Loading;

/// Adding items to a layer: ids must be well formed and not repeat within the layer.
internal static class LayerItems
{
    public static bool CheckId(NodeReader r, YamlMappingNode map, string id, string kind)
    {
        if (Ids.IsValid(id))
        {
            return true;
        }
        r.Problem(r.Node(map, "id") ?? map, $"The {kind} id '{id}' should be lower-case words joined by hyphens, like 'labor-unions'.");
        return false;
    }

    public static void Add<T>(NodeReader r, Dictionary<string, Located<T>> items, string id, T item, YamlNode at, string kind)
    {
        if (items.TryGetValue(id, out var existing))
        {
            r.Problem(at, $"Duplicate {kind} id '{id}' (already defined at {existing.File}:{existing.Line}).");
            return;
        }
        items[id] = new Located<T>(item, r.File, NodeReader.Line(at));
    }
}
