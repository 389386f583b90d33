using AllyBot.Content.Model;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Content.Loading;

/// templates/*.yaml: a 'templates' list of { id, kind, angle?, max-words?, input-words?, source, body }.
/// The body is a Scriban template; syntax errors are reported at their line in the YAML file.
internal static class TemplatesParser
{
    public static void Read(YamlMappingNode root, NodeReader r, LibraryLayer layer)
    {
        r.OnlyKnownKeys(root, "a templates file", "templates");
        foreach (var node in r.Sequence(root, "templates", "a templates file")?.Children ?? [])
        {
            if (r.AsMapping(node, "A template") is { } map)
            {
                ReadTemplate(map, r, layer);
            }
        }
    }

    private static void ReadTemplate(YamlMappingNode map, NodeReader r, LibraryLayer layer)
    {
        r.OnlyKnownKeys(map, "a template", "id", "kind", "angle", "max-words", "input-words", "source", "body");
        var id = r.Text(map, "id", "a template");
        var what = $"template '{id}'";
        var kind = r.Text(map, "kind", what);
        var angle = r.Text(map, "angle", what, required: false);
        var body = r.Text(map, "body", what);
        var template = new PitchTemplate(
            id ?? "", kind ?? "", angle, r.Number(map, "max-words", what), r.Number(map, "input-words", what),
            body ?? "", r.SourceIds(map, what));
        if (kind is not null && !TemplateKinds.All.Contains(kind))
        {
            r.Problem(r.Node(map, "kind")!, $"Unknown template kind '{kind}'. Known: {string.Join(", ", TemplateKinds.All)}.");
        }
        if (kind is not null && TemplateKinds.PerAngle.Contains(kind) && angle is null)
        {
            r.Problem(map, $"{what} of kind '{kind}' needs an 'angle' (common-values, storytelling or non-confrontational).");
        }
        if (angle is not null && !ContentIds.TryParseAngle(angle, out _))
        {
            r.Problem(r.Node(map, "angle")!, $"Unknown angle '{angle}' in {what}. Known: common-values, storytelling, non-confrontational.");
        }
        var bodyLine = r.Node(map, "body") is { } bodyNode ? NodeReader.ContentLine(bodyNode) : NodeReader.Line(map);
        if (body is not null)
        {
            foreach (var (line, message) in Drafting.TemplateRenderer.ParseErrors(body))
            {
                r.Problem(bodyLine + line, $"Template '{id}' does not parse: {message}");
            }
        }
        if (id is not null && LayerItems.CheckId(r, map, id, "template"))
        {
            if (layer.Templates.TryGetValue(id, out var existing))
            {
                r.Problem(map, $"Duplicate template id '{id}' (already defined at {existing.File}:{existing.Line}).");
                return;
            }
            layer.Templates[id] = new Located<PitchTemplate>(template, r.File, bodyLine);
        }
    }
}
