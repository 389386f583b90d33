using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using AllyBot.Content.Model;
using Scriban.Runtime;

namespace AllyBot.Content.Drafting;

/// <summary>
/// Renders a library template for a request within the template's word limit, never cutting a sentence: first
/// with every optional sentence (detail 3), then dropping optional sentences step by step (detail 2, 1, 0),
/// then with the typed answers fitted to fewer words (whole clauses). Only when even that is too long are whole
/// trailing sentences left out. Deterministic: the same input always gives the same text.
/// </summary>
internal static partial class TemplateText
{
    public const int DefaultInputWords = 15;
    public const int MaxDetail = 3;

    /// Kinds addressed to the ally ("your members"); the rest speak to the user.
    private static readonly HashSet<string> ToAllyKinds = [TemplateKinds.PitchShort, TemplateKinds.PitchLong, TemplateKinds.BriefOpening, TemplateKinds.PitchPart];

    /// Kinds only the user reads: they may show the private notes.
    private static readonly HashSet<string> PrivateKinds = [TemplateKinds.MeetingBrief, TemplateKinds.BriefFollowUp, TemplateKinds.TalkingPoints];

    /// Kinds read as one paragraph (a spoken line): line breaks in the template are only layout.
    private static readonly HashSet<string> OneParagraph = [TemplateKinds.BriefOpening];

    public static string Render(
        ContentLibrary library, PitchTemplate template, PitchFacts facts, PitchRequest request,
        IReadOnlyDictionary<string, object?>? extra = null)
    {
        var budget = template.InputWords ?? DefaultInputWords;
        string? text = null;
        string? fits = null;
        foreach (var words in Budgets(budget))
        {
            for (var detail = MaxDetail; detail >= 0; detail--)
            {
                text = RenderOnce(library, template, facts, request, words, detail, extra);
                if (template.MaxWords is { } max && WordLimiter.Count(text) > max)
                {
                    continue;
                }
                // To the ally, prefer the fullest version that also keeps off the table and clear of doubled words;
                // an optional sentence that touches the topic goes with the detail level that drops it.
                if (!ToAllyKinds.Contains(template.Kind) || ReadsClean(text, facts))
                {
                    return text;
                }
                fits ??= text;
            }
        }
        return fits ?? WordLimiter.Trim(text!, template.MaxWords!.Value);
    }

    private static bool ReadsClean(string text, PitchFacts facts) =>
        !facts.OffTable.Touches(text) && SafeLines.AvoidedIn(text, facts.Audience.WordsToAvoid).Count == 0
        && !PitchTextRules.Check("draft", text).Any(p => p.Rule == PitchRules.DoubledPhrase);

    /// The field budgets tried in turn: twice the template's input-words (most answers whole), then fewer.
    public static IEnumerable<int> Budgets(int inputWords) =>
        new[] { inputWords * 2, inputWords, inputWords * 2 / 3, 6 }.Where(b => b >= 3).Distinct();

    /// One render at a field budget and a detail level, without the final limit (lint uses this).
    public static string RenderOnce(
        ContentLibrary library, PitchTemplate template, PitchFacts facts, PitchRequest request, int words, int detail,
        IReadOnlyDictionary<string, object?>? extra = null)
    {
        // The ask and the offer are what a pitch is for: they keep twice the words of the other fields.
        var priority = Math.Max(words, 2 * (template.InputWords ?? DefaultInputWords));
        var parts = RenderParts(library, template, facts, request, words, priority, detail);
        var options = new ModelOptions(words, priority, detail, ToAllyKinds.Contains(template.Kind), PrivateKinds.Contains(template.Kind), parts);
        var model = PitchModel.Build(facts, request, options);
        foreach (var (name, value) in extra ?? new Dictionary<string, object?>())
        {
            model[name] = value;
        }
        var text = TemplateRenderer.Render(template.Body, model, template.Id);
        return OneParagraph.Contains(template.Kind) ? string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries)) : text;
    }

    /// The pitch parts the template uses (part.why_you …), chosen for this audience, angle and stance and
    /// rendered; part names use '_' ("why_you"). A part may use parts that use none (part.ally_ref), which
    /// render first.
    private static ScriptObject RenderParts(
        ContentLibrary library, PitchTemplate template, PitchFacts facts, PitchRequest request, int words, int priority, int detail)
    {
        var parts = new ScriptObject();
        var wanted = PartsUsedBy(template.Body);
        if (wanted.Count == 0)
        {
            return parts;
        }
        var chosen = TemplateParts.For(library, request.Ally.AudienceId, request.Angle, request.Ally.Stance)
            .Where(p => wanted.Contains(Variable(p.Key)))
            .ToList();
        var inner = chosen.SelectMany(p => PartsUsedBy(p.Value.Body)).ToHashSet(StringComparer.Ordinal);
        var simple = new ScriptObject();
        var simpleModel = PitchModel.Build(facts, request, new ModelOptions(words, priority, detail, ToAlly: true, Private: false, new ScriptObject()));
        foreach (var (name, part) in TemplateParts.For(library, request.Ally.AudienceId, request.Angle, request.Ally.Stance)
                     .Where(p => inner.Contains(Variable(p.Key)) && !UsesParts(p.Value)))
        {
            simple[Variable(name)] = TemplateRenderer.Render(part.Body, simpleModel, part.Id);
        }
        var model = PitchModel.Build(facts, request, new ModelOptions(words, priority, detail, ToAlly: true, Private: false, simple));
        foreach (var (name, part) in chosen)
        {
            parts[Variable(name)] = TemplateRenderer.Render(part.Body, UsesParts(part) ? model : simpleModel, part.Id);
        }
        return parts;
    }

    private static readonly ConcurrentDictionary<string, IReadOnlySet<string>> UsedParts = new(StringComparer.Ordinal);

    /// The part names a template body uses ("why_you" for part.why_you).
    private static IReadOnlySet<string> PartsUsedBy(string body) =>
        UsedParts.GetOrAdd(body, b => PartReference().Matches(b).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal));

    internal static bool UsesParts(PitchTemplate template) => template.Body.Contains("part.", StringComparison.Ordinal);

    internal static string Variable(string partName) => partName.Replace('-', '_');

    [GeneratedRegex(@"\bpart\.([a-z0-9_]+)")]
    private static partial Regex PartReference();

    /// A template that renders a list: one item per non-empty line, list markers removed.
    public static IReadOnlyList<string> Lines(string rendered) =>
        rendered.Split('\n')
            .Select(l => l.Trim().TrimStart('-', '*', '•').Trim())
            .Where(l => l.Length > 0)
            .ToList();
}

/// Chooses the pitch parts for an ally: for each part name, the template written for this audience, angle and
/// stance if there is one, else the closest fallback (audience beats angle beats stance; ties by id).
internal static class TemplateParts
{
    public static IReadOnlyDictionary<string, PitchTemplate> For(ContentLibrary library, string audienceId, PitchAngle angle, AllyStance stance) =>
        library.Templates.Values
            .Where(t => t.Kind == TemplateKinds.PitchPart && t.Part is not null && Applies(t, audienceId, angle, stance))
            .GroupBy(t => t.Part!, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(t => Score(t)).ThenBy(t => t.Id, StringComparer.Ordinal).First(),
                StringComparer.Ordinal);

    /// The part names the library defines (for lint and docs).
    public static IReadOnlyList<string> Names(ContentLibrary library) =>
        library.Templates.Values.Where(t => t.Kind == TemplateKinds.PitchPart && t.Part is not null)
            .Select(t => t.Part!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public static bool Applies(PitchTemplate t, string audienceId, PitchAngle angle, AllyStance stance) =>
        (t.Audiences.Count == 0 || t.Audiences.Contains(audienceId, StringComparer.Ordinal))
        && (t.Angle is null || t.Angle == angle.ToId())
        && (t.Stances.Count == 0 || t.Stances.Contains(stance.ToId(), StringComparer.Ordinal));

    private static int Score(PitchTemplate t) =>
        (t.Audiences.Count > 0 ? 4 : 0) + (t.Angle is not null ? 2 : 0) + (t.Stances.Count > 0 ? 1 : 0);
}
