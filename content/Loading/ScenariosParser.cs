using AllyBot.Content.Model;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Content.Loading;

/// coaching/scenarios.yaml: a 'scenarios' list of worked examples { id, title, user-role, source, opposition?, goal{},
/// allies[] }; an ally is { name, audience, stance, self-interest, ask, offer, notes?, contact{ name, role, answer?, note? } }.
internal static class ScenariosParser
{
    public static void Read(YamlMappingNode root, NodeReader r, LibraryLayer layer)
    {
        r.OnlyKnownKeys(root, "the scenarios file", "scenarios");
        foreach (var node in r.Sequence(root, "scenarios", "the scenarios file")?.Children ?? [])
        {
            if (r.AsMapping(node, "A scenario") is not { } map)
            {
                continue;
            }
            r.OnlyKnownKeys(map, "a scenario", "id", "title", "user-role", "source", "opposition", "goal", "allies");
            var id = r.Text(map, "id", "a scenario");
            var what = $"scenario '{id}'";
            var scenario = new Scenario(
                id ?? "", r.Text(map, "title", what) ?? "", r.Text(map, "user-role", what) ?? "",
                ReadGoal(map, r, what), ReadAllies(map, r, layer, what), r.SourceIds(map, what))
            {
                Opposition = r.Text(map, "opposition", what, required: false),
            };
            if (id is not null && LayerItems.CheckId(r, map, id, "scenario"))
            {
                LayerItems.Add(r, layer.Scenarios, id, scenario, map, "scenario");
            }
        }
    }

    private static ScenarioGoal ReadGoal(YamlMappingNode scenario, NodeReader r, string what)
    {
        var node = r.Node(scenario, "goal");
        if (node is null)
        {
            r.Problem(scenario, $"{what} is missing required field 'goal'.");
            return new ScenarioGoal("", "", "", null);
        }
        if (r.AsMapping(node, $"The goal of {what}") is not { } map)
        {
            return new ScenarioGoal("", "", "", null);
        }
        r.OnlyKnownKeys(map, "a scenario goal", "statement", "issue", "solution", "not-the-issue");
        var goal = $"the goal of {what}";
        return new ScenarioGoal(
            r.Text(map, "statement", goal) ?? "", r.Text(map, "issue", goal) ?? "",
            r.Text(map, "solution", goal) ?? "", r.Text(map, "not-the-issue", goal, required: false));
    }

    private static IReadOnlyList<ScenarioAlly> ReadAllies(YamlMappingNode scenario, NodeReader r, LibraryLayer layer, string what)
    {
        var allies = new List<ScenarioAlly>();
        foreach (var node in r.Sequence(scenario, "allies", what)?.Children ?? [])
        {
            if (r.AsMapping(node, $"An ally of {what}") is not { } map)
            {
                continue;
            }
            r.OnlyKnownKeys(map, "a scenario ally", "name", "audience", "stance", "self-interest", "ask", "offer", "notes", "contact");
            var name = r.Text(map, "name", $"an ally of {what}") ?? "";
            var ally = $"ally '{name}' of {what}";
            var audience = r.Text(map, "audience", ally) ?? "";
            if (r.Node(map, "audience") is { } audienceNode && audience.Length > 0)
            {
                layer.AudienceRefs.Add(new Reference(audience, r.File, NodeReader.Line(audienceNode)));
            }
            var stanceId = r.Text(map, "stance", ally);
            if (stanceId is not null && !ContentIds.TryParseStance(stanceId, out _))
            {
                r.Problem(r.Node(map, "stance")!, $"Unknown stance '{stanceId}' for {ally}. Known: active-ally, passive-ally, neutral, passive-opposition, active-opposition.");
            }
            ContentIds.TryParseStance(stanceId, out var stance);
            var contact = ReadContact(map, r, ally);
            allies.Add(new ScenarioAlly(
                name, audience, stance, r.Text(map, "self-interest", ally) ?? "", r.Text(map, "ask", ally) ?? "",
                r.Text(map, "offer", ally) ?? "", contact.Name, contact.Role)
            {
                ContactAnswer = contact.Answer,
                ContactNote = contact.Note,
                Notes = r.Texts(map, "notes", ally, required: false),
            });
        }
        return allies;
    }

    private sealed record ContactFields(string Name, string Role, string? Answer, string? Note);

    /// name and role are required: the parts the journey should store. answer is the text as typed, note the
    /// private remainder of it; a name may be empty ("") when the user gave only a title.
    private static ContactFields ReadContact(YamlMappingNode ally, NodeReader r, string what)
    {
        var empty = new ContactFields("", "", null, null);
        var node = r.Node(ally, "contact");
        if (node is null)
        {
            r.Problem(ally, $"{what} is missing required field 'contact'.");
            return empty;
        }
        if (r.AsMapping(node, $"The contact of {what}") is not { } map)
        {
            return empty;
        }
        r.OnlyKnownKeys(map, "a contact", "name", "role", "answer", "note");
        var contact = $"the contact of {what}";
        var answer = r.Text(map, "answer", contact, required: false);
        // With an answer, the name may be left empty: the user gave only a title ("the commissioner herself").
        return new ContactFields(
            r.Text(map, "name", contact, required: answer is null) ?? "", r.Text(map, "role", contact) ?? "",
            answer, r.Text(map, "note", contact, required: false));
    }
}
