using AllyBot.Content.Model;
using AllyBot.Content.Rendering;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Content.Loading;

/// coaching/<step>.yaml: { step, questions[], tips[], examples[], texts{} }. Several files may add to one step.
internal static class CoachingStepParser
{
    public static void Read(YamlMappingNode root, NodeReader r, LibraryLayer layer)
    {
        r.OnlyKnownKeys(root, "a coaching file", "step", "questions", "tips", "examples", "texts");
        var stepId = r.Text(root, "step", "a coaching file");
        if (stepId is null || !Ids.IsValid(stepId))
        {
            if (stepId is not null)
            {
                r.Problem(r.Node(root, "step")!, $"The step id '{stepId}' should be lower-case words joined by hyphens.");
            }
            return;
        }
        var step = layer.StepFor(stepId);
        foreach (var node in r.Sequence(root, "questions", $"step '{stepId}'", required: false)?.Children ?? [])
        {
            ReadQuestion(node, r, step);
        }
        foreach (var node in r.Sequence(root, "tips", $"step '{stepId}'", required: false)?.Children ?? [])
        {
            ReadTipOrExample(node, r, "tip", (id, text, src) => new Tip(id, text, src), step.Tips);
        }
        foreach (var node in r.Sequence(root, "examples", $"step '{stepId}'", required: false)?.Children ?? [])
        {
            ReadTipOrExample(node, r, "example", (id, text, src) => new Example(id, text, src), step.Examples);
        }
        if (r.Node(root, "texts") is { } textsNode && r.AsMapping(textsNode, $"The texts of step '{stepId}'") is { } texts)
        {
            ReadTexts(texts, r, step);
        }
    }

    private static void ReadQuestion(YamlNode node, NodeReader r, StepParts step)
    {
        if (r.AsMapping(node, "A question") is not { } map)
        {
            return;
        }
        r.OnlyKnownKeys(map, "a question", "id", "text", "help", "examples", "reprompt", "choices", "suggested", "source");
        var id = r.Text(map, "id", $"a question of step '{step.Id}'");
        var what = $"question '{id}'";
        var question = new Question(
            id ?? "",
            Checked(r, map, "text", what),
            Checked(r, map, "help", what),
            r.Texts(map, "examples", what),
            Checked(r, map, "reprompt", what),
            ReadChoices(map, r, what),
            r.SourceIds(map, what),
            r.Text(map, "suggested", what, required: false));
        if (question.Suggested is { } suggested && question.Choices.All(c => c.Id != suggested))
        {
            r.Problem(map, $"The suggested choice '{suggested}' of {what} is not one of its choices.");
        }
        if (id is not null && LayerItems.CheckId(r, map, id, "question"))
        {
            LayerItems.Add(r, step.Questions, id, question, map, $"question (step '{step.Id}')");
        }
    }

    private static IReadOnlyList<Choice> ReadChoices(YamlMappingNode question, NodeReader r, string what)
    {
        var choices = new List<Choice>();
        foreach (var node in r.Sequence(question, "choices", what, required: false)?.Children ?? [])
        {
            if (r.AsMapping(node, $"A choice of {what}") is not { } map)
            {
                continue;
            }
            r.OnlyKnownKeys(map, "a choice", "id", "title", "description", "synonyms");
            var id = r.Text(map, "id", $"a choice of {what}");
            var title = Checked(r, map, "title", $"choice '{id}'");
            var description = r.Text(map, "description", $"choice '{id}'", required: false);
            var synonyms = r.Texts(map, "synonyms", $"choice '{id}'", required: false);
            if (id is null || !LayerItems.CheckId(r, map, id, "choice"))
            {
                continue;
            }
            if (choices.Any(c => c.Id == id))
            {
                r.Problem(map, $"Duplicate choice id '{id}' in {what}.");
                continue;
            }
            choices.Add(new Choice(id, title, description, synonyms));
        }
        return choices;
    }

    private static void ReadTipOrExample<T>(
        YamlNode node, NodeReader r, string kind, Func<string, string, IReadOnlyList<string>, T> create,
        Dictionary<string, Located<T>> into)
    {
        if (r.AsMapping(node, $"A {kind}") is not { } map)
        {
            return;
        }
        r.OnlyKnownKeys(map, $"a {kind}", "id", "text", "source");
        var id = r.Text(map, "id", $"a {kind}");
        var text = Checked(r, map, "text", $"{kind} '{id}'");
        var sources = r.SourceIds(map, $"{kind} '{id}'");
        if (id is not null && LayerItems.CheckId(r, map, id, kind))
        {
            LayerItems.Add(r, into, id, create(id, text, sources), map, kind);
        }
    }

    private static void ReadTexts(YamlMappingNode texts, NodeReader r, StepParts step)
    {
        foreach (var (keyNode, valueNode) in texts.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Ids.IsValid(key))
            {
                r.Problem(keyNode, $"The text key '{key}' should be lower-case words joined by hyphens.");
                continue;
            }
            if (valueNode is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
            {
                r.Problem(valueNode, $"Text '{key}' of step '{step.Id}' should be non-empty text.");
                continue;
            }
            CheckPlaceholders(r, valueNode, value, $"text '{key}'");
            if (step.Texts.TryGetValue(key, out var existing))
            {
                r.Problem(keyNode, $"Duplicate text key '{key}' (already defined at {existing.File}:{existing.Line}).");
                continue;
            }
            step.Texts[key] = new Located<string>(value.Trim(), r.File, NodeReader.Line(keyNode));
        }
    }

    /// A required text whose {placeholders} must all be known.
    private static string Checked(NodeReader r, YamlMappingNode map, string key, string what)
    {
        var value = r.Text(map, key, what) ?? "";
        if (r.Node(map, key) is { } node)
        {
            CheckPlaceholders(r, node, value, $"'{key}' of {what}");
        }
        return value;
    }

    private static void CheckPlaceholders(NodeReader r, YamlNode node, string text, string what)
    {
        foreach (var name in Placeholders.Find(text).Where(n => !Placeholders.Known.Contains(n)))
        {
            r.Problem(node, $"Unknown placeholder '{{{name}}}' in {what}. Known: {string.Join(", ", Placeholders.Known.Select(k => "{" + k + "}"))}.");
        }
    }
}
