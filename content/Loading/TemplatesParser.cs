using AllyBot.Content.Model;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Content.Loading;

/// templates/**.yaml: a 'templates' list of { id, kind, part?, angle?, audiences?, stances?, max-words?, input-words?,
/// source, body }. A pitch-part needs a part name; audiences and stances narrow where a template applies.
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
        r.OnlyKnownKeys(map, "a template", "id", "kind", "part", "angle", "audiences", "stances", "max-words", "input-words", "source", "body");
        var id = r.Text(map, "id", "a template");
        var what = $"template '{id}'";
        var kind = r.Text(map, "kind", what);
        var angle = r.Text(map, "angle", what, required: false);
        var body = r.Text(map, "body", what);
        var template = new PitchTemplate(
            id ?? "", kind ?? "", angle, r.Number(map, "max-words", what), r.Number(map, "input-words", what),
            body ?? "", r.SourceIds(map, what))
        {
            Part = r.Text(map, "part", what, required: kind == TemplateKinds.PitchPart),
            Audiences = AudienceIds(map, r, layer, what),
            Stances = StanceIds(map, r, what),
        };
        if (kind is not null && !TemplateKinds.All.Contains(kind))
        {
            r.Problem(r.Node(map, "kind")!, $"Unknown template kind '{kind}'. Known: {string.Join(", ", TemplateKinds.All)}.");
        }
        if (template.Part is { } part && !Ids.IsValid(part))
        {
            r.Problem(r.Node(map, "part")!, $"The part name '{part}' of {what} should be lower-case words joined by hyphens, like 'why-you'.");
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

    private static IReadOnlyList<string> AudienceIds(YamlMappingNode map, NodeReader r, LibraryLayer layer, string what)
    {
        var ids = r.Texts(map, "audiences", what, required: false);
        if (r.Node(map, "audiences") is { } node)
        {
            layer.AudienceRefs.AddRange(ids.Select(id => new Reference(id, r.File, NodeReader.Line(node))));
        }
        return ids;
    }

    private static IReadOnlyList<string> StanceIds(YamlMappingNode map, NodeReader r, string what)
    {
        var ids = r.Texts(map, "stances", what, required: false);
        foreach (var id in ids.Where(id => !ContentIds.TryParseStance(id, out _)))
        {
            r.Problem(r.Node(map, "stances")!, $"Unknown stance '{id}' in {what}. Known: active-ally, passive-ally, neutral, passive-opposition, active-opposition.");
        }
        return ids;
    }
}
