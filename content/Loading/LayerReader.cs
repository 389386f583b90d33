using System.Text.RegularExpressions;
using AllyBot.Content.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Content.Loading;

/// Reads a set of library files into a layer, sending each file to the parser for its place in the layout:
/// sources*.yaml, audiences/*.yaml, coaching/scenarios*.yaml, coaching/*.yaml, templates/story-topics*.yaml, templates/**.yaml,
/// generative/*.yaml.
internal static partial class LayerReader
{
    public static LibraryLayer Read(IEnumerable<LibraryFile> files, ProblemCollector problems)
    {
        var layer = new LibraryLayer();
        foreach (var file in files)
        {
            var root = Parse(file, problems);
            if (root is null)
            {
                continue;
            }
            var reader = new NodeReader(file.DisplayPath, problems, layer);
            if (reader.AsMapping(root, "The file") is not { } map)
            {
                continue;
            }
            Route(file.RelativePath, map, reader, layer);
        }
        return layer;
    }

    private static void Route(string path, YamlMappingNode map, NodeReader reader, LibraryLayer layer)
    {
        var name = path.Split('/')[^1];
        if (!path.Contains('/') && name.StartsWith("sources", StringComparison.Ordinal))
        {
            SourcesParser.Read(map, reader, layer);
        }
        else if (path.StartsWith("audiences/", StringComparison.Ordinal))
        {
            AudienceParser.Read(map, reader, layer);
        }
        else if (path.StartsWith("coaching/", StringComparison.Ordinal) && name.StartsWith("scenarios", StringComparison.Ordinal))
        {
            ScenariosParser.Read(map, reader, layer);
        }
        else if (path.StartsWith("coaching/", StringComparison.Ordinal))
        {
            CoachingStepParser.Read(map, reader, layer);
        }
        else if (path.StartsWith("templates/", StringComparison.Ordinal) && name.StartsWith("story-topics", StringComparison.Ordinal))
        {
            StoryTopicsParser.Read(map, reader, layer);
        }
        else if (path.StartsWith("templates/", StringComparison.Ordinal))
        {
            TemplatesParser.Read(map, reader, layer);
        }
        else if (path.StartsWith("generative/", StringComparison.Ordinal))
        {
            GenerativeParser.Read(map, reader, layer);
        }
        else
        {
            reader.Problem(1, "This file is not in a known place. Use sources.yaml, audiences/, coaching/, templates/ or generative/.");
        }
    }

    private static YamlNode? Parse(LibraryFile file, ProblemCollector problems)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(file.Text));
        }
        catch (YamlException ex)
        {
            var message = LocationPrefix().Replace(ex.InnerException?.Message ?? ex.Message, "");
            problems.Add(file.DisplayPath, (int)ex.Start.Line, $"YAML syntax error: {message}");
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            problems.Add(file.DisplayPath, 1, "The file is empty.");
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            problems.Add(file.DisplayPath, (int)stream.Documents[1].RootNode.Start.Line, "Only one YAML document per file, please (remove the '---').");
        }
        return stream.Documents[0].RootNode;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex LocationPrefix();
}
