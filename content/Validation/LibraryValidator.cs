using AllyBot.Content.Loading;
using AllyBot.Content.Model;

namespace AllyBot.Content.Validation;

/// Checks that span files: every source and audience id resolves, the required steps and templates exist,
/// and every template renders within its word limit for sample allies (see TemplateChecker); for lint, also
/// that every sample pitch meets the pitch rules.
internal static class LibraryValidator
{
    private const string Library = "(library)";

    public static void Validate(LibraryLayer layer, ContentContract contract, ProblemCollector problems, bool checkSampleDrafts = false)
    {
        ContractValidator.Validate(layer, contract, problems);
        foreach (var reference in layer.SourceRefs.Where(r => !layer.Sources.ContainsKey(r.Id)))
        {
            problems.Add(reference.File, reference.Line, $"Unknown source id '{reference.Id}'. Add it to sources.yaml or use one of: {Known(layer.Sources.Keys)}.");
        }
        foreach (var reference in layer.AudienceRefs.Where(r => !layer.Audiences.ContainsKey(r.Id)))
        {
            problems.Add(reference.File, reference.Line, $"Unknown audience id '{reference.Id}'. Known: {Known(layer.Audiences.Keys)}.");
        }
        foreach (var reference in layer.StoryTopicRefs.Where(r => !layer.StoryTopics.ContainsKey(r.Id)))
        {
            problems.Add(reference.File, reference.Line, $"Unknown story topic '{reference.Id}'. Add it to templates/story-topics.yaml or use one of: {Known(layer.StoryTopics.Keys)}.");
        }
        foreach (var step in JourneySteps.All.Where(s => !layer.Steps.ContainsKey(s)))
        {
            problems.Add(Library, 0, $"The coaching step '{step}' is missing (add coaching/{step}.yaml).");
        }
        CheckTexts(layer, StreamingIds.Step, StreamingIds.Texts, problems);
        if (layer.Audiences.Count == 0)
        {
            problems.Add(Library, 0, "The library has no audiences (add audiences/<id>.yaml).");
        }
        CheckTemplatesPresent(layer, problems);
        CheckGenerative(layer, problems);
        if (layer.Audiences.Count > 0 && layer.Sources.Count > 0)
        {
            TemplateChecker.Check(layer, problems, checkSampleDrafts);
        }
    }

    /// The texts C# names by id (step and keys from an ids class) must be in the library.
    private static void CheckTexts(LibraryLayer layer, string stepId, IEnumerable<string> keys, ProblemCollector problems)
    {
        layer.Steps.TryGetValue(stepId, out var step);
        foreach (var key in keys.Where(k => step is null || !step.Texts.ContainsKey(k)))
        {
            problems.Add(Library, 0, $"The text '{key}' of step '{stepId}' is missing (add it to coaching/{stepId}.yaml).");
        }
    }

    private static void CheckTemplatesPresent(LibraryLayer layer, ProblemCollector problems)
    {
        var templates = layer.Templates.Values.Select(t => t.Item).ToList();
        foreach (var kind in TemplateKinds.All)
        {
            if (TemplateKinds.PerAngle.Contains(kind))
            {
                foreach (var angle in Enum.GetValues<PitchAngle>().Select(a => a.ToId()))
                {
                    if (!templates.Any(t => t.Kind == kind && t.Angle == angle))
                    {
                        problems.Add(Library, 0, $"No template of kind '{kind}' for angle '{angle}'.");
                    }
                }
            }
            else if (!templates.Any(t => t.Kind == kind))
            {
                problems.Add(Library, 0, $"No template of kind '{kind}'.");
            }
        }
    }

    /// The prompts and texts the generative features name, and the tips answer topics point at.
    private static void CheckGenerative(LibraryLayer layer, ProblemCollector problems)
    {
        foreach (var id in GenerativeIds.Prompts.Where(p => !layer.Prompts.ContainsKey(p)))
        {
            problems.Add(Library, 0, $"The prompt '{id}' is missing (add it to generative/prompts.yaml).");
        }
        layer.Steps.TryGetValue(GenerativeIds.Step, out var step);
        foreach (var key in GenerativeIds.Texts.Where(k => step is null || !step.Texts.ContainsKey(k)))
        {
            problems.Add(Library, 0, $"The text '{key}' of step '{GenerativeIds.Step}' is missing (add it to coaching/{GenerativeIds.Step}.yaml).");
        }
        foreach (var reference in layer.TipRefs)
        {
            var known = reference.Id.Split('/') is [var s, var t] && layer.Steps.TryGetValue(s, out var parts) && parts.Tips.ContainsKey(t);
            if (!known)
            {
                problems.Add(reference.File, reference.Line, $"Unknown tip '{reference.Id}'. Name a tip as step/tip-id, for example 'contact/not-last-meeting'.");
            }
        }
    }

    private static string Known(IEnumerable<string> ids) => string.Join(", ", ids.Order(StringComparer.Ordinal));
}
