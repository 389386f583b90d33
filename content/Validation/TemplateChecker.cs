using AllyBot.Content.Drafting;
using AllyBot.Content.Loading;
using AllyBot.Content.Model;

namespace AllyBot.Content.Validation;

/// Renders every template against sample requests (each scenario ally, and every audience with only the
/// profile's defaults) to catch unknown variables and outputs over the template's max-words.
internal static class TemplateChecker
{
    /// Stand-ins for values a drafter adds on top of the pitch model (a meeting brief's opening line).
    private static readonly IReadOnlyDictionary<string, object?> SampleExtras = new Dictionary<string, object?>
    {
        ["opening"] = string.Join(" ", Enumerable.Repeat("word", 45)),
    };

    public static void Check(LibraryLayer layer, ProblemCollector problems)
    {
        var samples = Samples(layer).ToList();
        foreach (var located in layer.Templates.Values)
        {
            var template = located.Item;
            if (Drafting.TemplateRenderer.ParseErrors(template.Body).Count > 0)
            {
                continue; // already reported with its line by the parser
            }
            var angle = ContentIds.TryParseAngle(template.Angle, out var a) ? a : PitchAngle.CommonValues;
            foreach (var (request, label) in samples)
            {
                if (!CheckOne(located, request with { Angle = angle }, label, layer, problems))
                {
                    break; // one problem per template is enough to act on
                }
            }
        }
    }

    private static bool CheckOne(Located<PitchTemplate> located, PitchRequest request, string label, LibraryLayer layer, ProblemCollector problems)
    {
        var template = located.Item;
        var audience = layer.Audiences[request.Ally.AudienceId].Item;
        string text;
        try
        {
            text = TemplateText.RenderOnce(template, request, audience, template.InputWords ?? TemplateText.DefaultInputWords, SampleExtras);
        }
        catch (TemplateRenderException ex)
        {
            problems.Add(located.File, located.Line + ex.Line, $"Template '{template.Id}' does not render: {ex.Message}");
            return false;
        }
        var words = WordLimiter.Count(text);
        if (template.MaxWords is { } max && words > max)
        {
            problems.Add(located.File, located.Line, $"Template '{template.Id}' renders {words} words for {label}; its max-words is {max}.");
            return false;
        }
        if (words == 0)
        {
            problems.Add(located.File, located.Line, $"Template '{template.Id}' renders nothing for {label}.");
            return false;
        }
        return true;
    }

    private static IEnumerable<(PitchRequest Request, string Label)> Samples(LibraryLayer layer)
    {
        var scenarios = layer.Scenarios.Values.Select(s => s.Item).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        foreach (var scenario in scenarios)
        {
            var goal = new GoalInfo(scenario.Goal.Statement, scenario.Goal.Issue, scenario.Goal.Solution);
            foreach (var ally in scenario.Allies.Where(a => layer.Audiences.ContainsKey(a.AudienceId)))
            {
                var info = new AllyInfo(ally.Name, ally.AudienceId, ally.Stance, ally.SelfInterest, ally.Ask, ally.Offer, ally.ContactName, ally.ContactRole);
                yield return (new PitchRequest(goal, info, SenderName: scenario.UserRole), $"ally '{ally.Name}' of scenario '{scenario.Id}'");
            }
        }
        var defaultGoal = scenarios.Count > 0
            ? new GoalInfo(scenarios[0].Goal.Statement, scenarios[0].Goal.Issue, scenarios[0].Goal.Solution)
            : new GoalInfo("a sample goal");
        foreach (var audience in layer.Audiences.Keys.Order(StringComparer.Ordinal))
        {
            yield return (new PitchRequest(defaultGoal, new AllyInfo("", audience)), $"audience '{audience}' with profile defaults");
        }
    }
}
