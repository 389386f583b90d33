using AllyBot.Content.Model;

namespace AllyBot.Content.Drafting;

/// Renders a library template for a request within the template's word limit: user-typed fields are clamped
/// to the template's input-words, then tighter step by step until the output fits; as a last resort the
/// output is trimmed at a sentence boundary. Deterministic: the same input always gives the same text.
internal static class TemplateText
{
    public const int DefaultInputWords = 15;
    private const int MinimumInputWords = 3;

    public static string Render(PitchTemplate template, PitchRequest request, AudienceProfile audience)
    {
        var budget = template.InputWords ?? DefaultInputWords;
        var text = RenderOnce(template, request, audience, budget);
        if (template.MaxWords is not { } max)
        {
            return text;
        }
        while (WordLimiter.Count(text) > max && budget > MinimumInputWords)
        {
            budget = Math.Max(MinimumInputWords, budget - 2);
            text = RenderOnce(template, request, audience, budget);
        }
        return WordLimiter.Trim(text, max);
    }

    /// One render with fields clamped to inputWords, without the final limit (lint uses this to check limits).
    public static string RenderOnce(PitchTemplate template, PitchRequest request, AudienceProfile audience, int inputWords) =>
        TemplateRenderer.Render(template.Body, PitchModel.Build(request, audience, inputWords));

    /// A template that renders a list: one item per non-empty line, list markers removed.
    public static IReadOnlyList<string> Lines(string rendered) =>
        rendered.Split('\n')
            .Select(l => l.Trim().TrimStart('-', '*', '•').Trim())
            .Where(l => l.Length > 0)
            .ToList();
}
