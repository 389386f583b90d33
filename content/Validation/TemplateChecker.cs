using AllyBot.Content.Drafting;
using AllyBot.Content.Loading;
using AllyBot.Content.Model;

namespace AllyBot.Content.Validation;

/// <summary>
/// Renders every template and pitch part against sample requests (each scenario ally, and every audience with
/// only the profile's defaults) to catch unknown variables (a pitch naming private.* is one) and outputs that
/// stay over max-words even with every optional sentence left out. Then drafts every sample's pitch with each
/// angle and reports what PitchValidator finds (a "…", a word to avoid, a doubled phrase …) at the scenario or
/// audience it came from.
/// </summary>
internal static class TemplateChecker
{
    /// Stand-ins for values a drafter adds on top of the pitch model (a meeting brief's opening line).
    private static readonly IReadOnlyDictionary<string, object?> SampleExtras = new Dictionary<string, object?>
    {
        ["opening"] = string.Join(" ", Enumerable.Repeat("word", 45)),
    };

    private sealed record Sample(PitchRequest Request, string Label, string File, int Line);

    public static void Check(LibraryLayer layer, ProblemCollector problems)
    {
        var library = LibraryBuilder.Build(layer);
        var samples = Samples(layer).ToList();
        var clean = true;
        foreach (var located in layer.Templates.Values)
        {
            if (TemplateRenderer.ParseErrors(located.Item.Body).Count > 0)
            {
                clean = false;
                continue; // already reported with its line by the parser
            }
            foreach (var sample in samples)
            {
                if (!CheckOne(library, located, sample, problems))
                {
                    clean = false;
                    break; // one problem per template is enough to act on
                }
            }
        }
        if (clean && MissingKinds(library) is false)
        {
            CheckDrafts(library, samples, problems);
        }
    }

    private static bool CheckOne(ContentLibrary library, Located<PitchTemplate> located, Sample sample, ProblemCollector problems)
    {
        var template = located.Item;
        var angles = ContentIds.TryParseAngle(template.Angle, out var a) ? [a] : Enum.GetValues<PitchAngle>();
        foreach (var angle in angles)
        {
            var request = sample.Request with { Angle = angle };
            if (template.Kind == TemplateKinds.PitchPart && !TemplateParts.Applies(template, request.Ally.AudienceId, angle, request.Ally.Stance))
            {
                continue;
            }
            var facts = PitchFacts.For(request, library);
            var budget = template.InputWords ?? TemplateText.DefaultInputWords;
            try
            {
                var full = TemplateText.RenderOnce(library, template, facts, request, budget, TemplateText.MaxDetail, SampleExtras);
                if (WordLimiter.Count(full) == 0 && template.Kind != TemplateKinds.PitchPart)
                {
                    problems.Add(located.File, located.Line, $"Template '{template.Id}' renders nothing for {sample.Label}.");
                    return false;
                }
                if (template.MaxWords is { } max)
                {
                    var least = TemplateText.RenderOnce(library, template, facts, request, TemplateText.Budgets(budget).Last(), 0, SampleExtras);
                    if (WordLimiter.Count(least) > max)
                    {
                        problems.Add(located.File, located.Line,
                            $"Template '{template.Id}' renders {WordLimiter.Count(least)} words for {sample.Label} even with every optional sentence left out; its max-words is {max}.");
                        return false;
                    }
                }
            }
            catch (TemplateRenderException ex)
            {
                problems.Add(located.File, located.Line + ex.Line, $"Template '{template.Id}' does not render: {ex.Message}");
                return false;
            }
        }
        return true;
    }

    private static void CheckDrafts(ContentLibrary library, IReadOnlyList<Sample> samples, ProblemCollector problems)
    {
        var drafter = new TemplatePitchDrafter(library);
        var validator = new PitchValidator(library);
        foreach (var sample in samples)
        {
            foreach (var angle in Enum.GetValues<PitchAngle>())
            {
                var request = sample.Request with { Angle = angle };
                var pitch = drafter.Draft(request);
                foreach (var problem in validator.Problems(pitch, request))
                {
                    problems.Add(sample.File, sample.Line, $"The {angle.ToId()} pitch for {sample.Label} breaks a pitch rule ({problem.Rule}): {problem.Message}");
                }
            }
        }
    }

    private static bool MissingKinds(ContentLibrary library)
    {
        foreach (var kind in new[] { TemplateKinds.PitchShort, TemplateKinds.PitchLong, TemplateKinds.TalkingPoints })
        {
            foreach (var angle in Enum.GetValues<PitchAngle>())
            {
                if (!library.Templates.Values.Any(t => t.Kind == kind && (t.Angle is null || t.Angle == angle.ToId())))
                {
                    return true; // reported by LibraryValidator
                }
            }
        }
        return false;
    }

    private static IEnumerable<Sample> Samples(LibraryLayer layer)
    {
        var scenarios = layer.Scenarios.Values.OrderBy(s => s.Item.Id, StringComparer.Ordinal).ToList();
        foreach (var located in scenarios)
        {
            var scenario = located.Item;
            for (var i = 0; i < scenario.Allies.Count; i++)
            {
                var ally = scenario.Allies[i];
                if (layer.Audiences.ContainsKey(ally.AudienceId))
                {
                    yield return new Sample(ScenarioRequest.For(scenario, i, PitchAngle.CommonValues),
                        $"ally '{ally.Name}' of scenario '{scenario.Id}'", located.File, located.Line);
                }
            }
        }
        var defaultGoal = scenarios.Count > 0
            ? new GoalInfo(scenarios[0].Item.Goal.Statement, scenarios[0].Item.Goal.Issue, scenarios[0].Item.Goal.Solution)
            : new GoalInfo("a sample goal");
        foreach (var (id, located) in layer.Audiences.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            yield return new Sample(new PitchRequest(defaultGoal, new AllyInfo("", id)), $"audience '{id}' with profile defaults", located.File, located.Line);
        }
    }
}
