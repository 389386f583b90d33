using AllyBot.Content.Drafting;
using AllyBot.Content.Loading;
using AllyBot.Content.Model;

namespace AllyBot.Content.Validation;

/// <summary>
/// Renders every template and pitch part against sample requests (each scenario ally, and every audience with
/// only the profile's defaults) to catch unknown variables (a pitch naming private.* is one) and outputs that
/// stay over max-words even with every optional sentence left out. With checkDrafts (the lint command) it
/// also drafts every sample's pitch with each angle and reports what PitchValidator finds (a "…", a word to
/// avoid, a doubled phrase …) at the scenario or audience it came from.
/// </summary>
internal static class TemplateChecker
{
    /// Stand-ins for values a drafter adds on top of the pitch model (a meeting brief's opening line).
    private static readonly IReadOnlyDictionary<string, object?> SampleExtras = new Dictionary<string, object?>
    {
        ["opening"] = string.Join(" ", Enumerable.Repeat("word", 45)),
    };

    private sealed record Sample(PitchRequest Request, string Label, string File, int Line);

    public static void Check(LibraryLayer layer, ProblemCollector problems, bool checkDrafts)
    {
        if (MissingKinds(layer))
        {
            return; // LibraryValidator reports the missing templates
        }
        var library = LibraryBuilder.Build(layer);
        var samples = Samples(layer).ToList();
        var facts = new Dictionary<(int, PitchAngle), PitchFacts>();
        PitchFacts FactsOf(int sample, PitchAngle angle) =>
            facts.TryGetValue((sample, angle), out var known)
                ? known
                : facts[(sample, angle)] = PitchFacts.For(samples[sample].Request with { Angle = angle }, library);

        var broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var located in layer.Templates.Values)
        {
            if (TemplateRenderer.ParseErrors(located.Item.Body).Count > 0)
            {
                broken.Add(located.Item.Id); // already reported with its line by the parser
                continue;
            }
            for (var i = 0; i < samples.Count && !broken.Contains(located.Item.Id); i++)
            {
                CheckOne(library, layer, located, samples[i], a => FactsOf(i, a), problems, broken);
            }
        }
        if (checkDrafts && broken.Count == 0)
        {
            CheckDrafts(library, samples, problems);
        }
    }

    private static void CheckOne(
        ContentLibrary library, LibraryLayer layer, Located<PitchTemplate> located, Sample sample, Func<PitchAngle, PitchFacts> factsFor,
        ProblemCollector problems, HashSet<string> broken)
    {
        var template = located.Item;
        // A pitch part is checked with each angle it may meet (its body may test the angle); any other template
        // with its own angle, or the stance's suggested one.
        var angles = ContentIds.TryParseAngle(template.Angle, out var own) ? [own]
            : template.Kind == TemplateKinds.PitchPart && template.Body.Contains("angle", StringComparison.Ordinal) ? Enum.GetValues<PitchAngle>()
            : [sample.Request.Ally.Stance.SuggestedAngle()];
        foreach (var angle in angles)
        {
            var request = sample.Request with { Angle = angle };
            if (template.Kind == TemplateKinds.PitchPart && !TemplateParts.Applies(template, request.Ally.AudienceId, angle, request.Ally.Stance))
            {
                continue;
            }
            var budget = template.InputWords ?? TemplateText.DefaultInputWords;
            try
            {
                var full = TemplateText.RenderOnce(library, template, factsFor(angle), request, TemplateText.Budgets(budget).First(), TemplateText.MaxDetail, SampleExtras);
                if (WordLimiter.Count(full) == 0 && template.Kind != TemplateKinds.PitchPart)
                {
                    Report(problems, broken, located, 0, $"Template '{template.Id}' renders nothing for {sample.Label}.");
                    return;
                }
                // Leaving optional sentences out only shortens a text, so the shortest version needs a look only
                // when the fullest is over the limit.
                if (template.MaxWords is { } max && WordLimiter.Count(full) > max)
                {
                    var least = TemplateText.RenderOnce(library, template, factsFor(angle), request, TemplateText.Budgets(budget).Last(), 0, SampleExtras);
                    if (WordLimiter.Count(least) > max)
                    {
                        Report(problems, broken, located, 0,
                            $"Template '{template.Id}' renders {WordLimiter.Count(least)} words for {sample.Label} even with every optional sentence left out; its max-words is {max}.");
                        return;
                    }
                }
            }
            catch (TemplateRenderException ex)
            {
                var failed = ex.TemplateId is { } id && layer.Templates.TryGetValue(id, out var part) ? part : located;
                Report(problems, broken, failed, ex.Line, $"Template '{failed.Item.Id}' does not render: {ex.Message}");
                return;
            }
        }
    }

    private static void Report(ProblemCollector problems, HashSet<string> broken, Located<PitchTemplate> located, int line, string message)
    {
        if (broken.Add(located.Item.Id))
        {
            problems.Add(located.File, located.Line + line, message);
        }
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

    private static bool MissingKinds(LibraryLayer layer)
    {
        var templates = layer.Templates.Values.Select(t => t.Item).ToList();
        return TemplateKinds.All.Any(kind => TemplateKinds.PerAngle.Contains(kind)
            ? Enum.GetValues<PitchAngle>().Any(angle => !templates.Any(t => t.Kind == kind && t.Angle == angle.ToId()))
            : !templates.Any(t => t.Kind == kind));
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
