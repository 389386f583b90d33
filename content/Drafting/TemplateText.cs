using AllyBot.Content.Model;

namespace AllyBot.Content.Drafting;

/// Renders a library template for a request within the template's word limit: user-typed fields are clamped
/// to the template's input-words, then tighter step by step until the output fits; as a last resort the
/// output is trimmed at a sentence boundary. Deterministic: the same input always gives the same text.
internal static class TemplateText
{
    public const int DefaultInputWords = 15;
    private const int MinimumInputWords = 3;

    public static string Render(
        PitchTemplate template, PitchRequest request, AudienceProfile audience, IReadOnlyDictionary<string, object?>? extra = null)
    {
        var budget = template.InputWords ?? DefaultInputWords;
        var text = RenderOnce(template, request, audience, budget, extra);
        if (template.MaxWords is not { } max)
        {
            return text;
        }
        while (WordLimiter.Count(text) > max && budget > MinimumInputWords)
        {
            budget = Math.Max(MinimumInputWords, budget - 2);
            text = RenderOnce(template, request, audience, budget, extra);
        }
        return WordLimiter.Trim(text, max);
    }

    /// One render with fields clamped to inputWords, without the final limit (lint uses this to check limits).
    public static string RenderOnce(
        PitchTemplate template, PitchRequest request, AudienceProfile audience, int inputWords,
        IReadOnlyDictionary<string, object?>? extra = null)
    {
        // Pitches speak to the ally ("your members"); briefs and talking points speak to the user.
        var toAlly = template.Kind is TemplateKinds.PitchShort or TemplateKinds.PitchLong;
        var model = PitchModel.Build(request, audience, inputWords, template.InputWords ?? DefaultInputWords, toAlly);
        foreach (var (name, value) in extra ?? new Dictionary<string, object?>())
        {
            model[name] = value;
        }
        var text = TemplateRenderer.Render(template.Body, model);
        return OneParagraph.Contains(template.Kind) ? string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries)) : text;
    }

    /// Kinds read as one paragraph (a spoken line): line breaks in the template are only layout. A short pitch
    /// keeps its lines (the greeting sits on its own line, as in a chat message).
    private static readonly HashSet<string> OneParagraph = [TemplateKinds.BriefOpening];

    /// A template that renders a list: one item per non-empty line, list markers removed.
    public static IReadOnlyList<string> Lines(string rendered) =>
        rendered.Split('\n')
            .Select(l => l.Trim().TrimStart('-', '*', '•').Trim())
            .Where(l => l.Length > 0)
            .ToList();
}
