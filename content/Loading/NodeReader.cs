using AllyBot.Content.Validation;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Content.Loading;

/// Reads typed fields out of YAML nodes, reporting missing, empty, mistyped and unknown fields with their line.
internal sealed class NodeReader(string file, ProblemCollector problems, LibraryLayer layer)
{
    public string File { get; } = file;

    public static int Line(YamlNode node) => (int)node.Start.Line;

    public void Problem(YamlNode node, string message) => problems.Add(File, Line(node), message);

    public void Problem(int line, string message) => problems.Add(File, line, message);

    public YamlMappingNode? AsMapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }
        Problem(node, $"{what} should be a mapping of 'field: value' lines.");
        return null;
    }

    public YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public string? Text(YamlMappingNode map, string key, string what, bool required = true)
    {
        var node = Node(map, key);
        if (node is null)
        {
            if (required)
            {
                Problem(map, $"{what} is missing required field '{key}'.");
            }
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            Problem(node, $"Field '{key}' of {what} should be text.");
            return null;
        }
        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Problem(node, $"Field '{key}' of {what} is empty.");
            }
            return null;
        }
        return value;
    }

    public int? Number(YamlMappingNode map, string key, string what)
    {
        var text = Text(map, key, what, required: false);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            return n;
        }
        Problem(Node(map, key)!, $"Field '{key}' of {what} should be a positive whole number.");
        return null;
    }

    /// A list of texts. A single text is accepted as a list of one.
    public IReadOnlyList<string> Texts(YamlMappingNode map, string key, string what, bool required = true)
    {
        var node = Node(map, key);
        if (node is null)
        {
            if (required)
            {
                Problem(map, $"{what} is missing required field '{key}'.");
            }
            return [];
        }
        var items = new List<string>();
        var nodes = node is YamlSequenceNode seq ? seq.Children : [node];
        foreach (var child in nodes)
        {
            if (child is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
            {
                items.Add(v.Trim());
            }
            else
            {
                Problem(child, $"Each entry of '{key}' in {what} should be a non-empty text.");
            }
        }
        if (items.Count == 0 && required)
        {
            Problem(node, $"Field '{key}' of {what} needs at least one entry.");
        }
        return items;
    }

    /// The 'source' field: one source id or a list; each is checked later against sources.yaml.
    public IReadOnlyList<string> SourceIds(YamlMappingNode map, string what, bool required = true)
    {
        var node = Node(map, "source");
        var ids = Texts(map, "source", what, required);
        if (node is not null)
        {
            var nodes = node is YamlSequenceNode seq ? seq.Children : [node];
            foreach (var child in nodes.OfType<YamlScalarNode>().Where(n => !string.IsNullOrWhiteSpace(n.Value)))
            {
                layer.SourceRefs.Add(new Reference(child.Value!.Trim(), File, Line(child)));
            }
        }
        return ids;
    }

    public YamlSequenceNode? Sequence(YamlMappingNode map, string key, string what, bool required = true)
    {
        var node = Node(map, key);
        if (node is null)
        {
            if (required)
            {
                Problem(map, $"{what} is missing required field '{key}'.");
            }
            return null;
        }
        if (node is YamlSequenceNode seq)
        {
            return seq;
        }
        Problem(node, $"Field '{key}' of {what} should be a list ('- ' entries).");
        return null;
    }

    /// Reports fields the schema does not know (usually a typo, like 'sorce').
    public void OnlyKnownKeys(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                Problem(key, $"Unknown field '{name}' in {what}. Known fields: {string.Join(", ", allowed)}.");
            }
        }
    }

    /// The line where the text of a scalar starts: the next line for '|' and '>' blocks.
    public static int ContentLine(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded }
            ? Line(node) + 1
            : Line(node);
}
