namespace AllyBot.Content.Model;

/// The loaded, validated content library. Lookups throw ContentKeyNotFoundException on a missing key.
public sealed class ContentLibrary(
    IReadOnlyDictionary<string, Source> sources,
    IReadOnlyDictionary<string, AudienceProfile> audiences,
    IReadOnlyDictionary<string, CoachingStep> steps,
    IReadOnlyDictionary<string, PitchTemplate> templates,
    IReadOnlyDictionary<string, Scenario> scenarios,
    IReadOnlyDictionary<string, Prompt>? prompts = null,
    IReadOnlyDictionary<string, AnswerTopic>? answerTopics = null,
    IReadOnlySet<string>? ordinaryWords = null,
    IReadOnlyDictionary<string, StoryTopic>? storyTopics = null)
{
    public IReadOnlyDictionary<string, Source> Sources { get; } = sources;
    public IReadOnlyDictionary<string, AudienceProfile> Audiences { get; } = audiences;
    public IReadOnlyDictionary<string, CoachingStep> Steps { get; } = steps;
    public IReadOnlyDictionary<string, PitchTemplate> Templates { get; } = templates;
    public IReadOnlyDictionary<string, Scenario> Scenarios { get; } = scenarios;
    public IReadOnlyDictionary<string, Prompt> Prompts { get; } = prompts ?? new Dictionary<string, Prompt>();
    public IReadOnlyDictionary<string, AnswerTopic> AnswerTopics { get; } = answerTopics ?? new Dictionary<string, AnswerTopic>();

    /// Lower-case words a generated sentence may start with (generative/*.yaml 'ordinary-words').
    public IReadOnlySet<string> OrdinaryWords { get; } = ordinaryWords ?? new HashSet<string>();
    public IReadOnlyDictionary<string, StoryTopic> StoryTopics { get; } = storyTopics ?? new Dictionary<string, StoryTopic>();

    public Source Source(string id) => Get(Sources, "source", id);
    public AudienceProfile Audience(string id) => Get(Audiences, "audience", id);
    public CoachingStep Step(string id) => Get(Steps, "coaching step", id);
    public Scenario Scenario(string id) => Get(Scenarios, "scenario", id);
    public PitchTemplate Template(string id) => Get(Templates, "template", id);
    public Prompt Prompt(string id) => Get(Prompts, "prompt", id);

    /// A tip named "step/tip-id", as answer topics name them.
    public Tip Tip(string stepAndTip) =>
        stepAndTip.Split('/') is [var step, var tip] ? Step(step).Tip(tip) : throw ContentKeyNotFoundException.For("tip", stepAndTip, "the library", []);

    public bool TryGetAudience(string id, out AudienceProfile audience) =>
        Audiences.TryGetValue(id, out audience!);

    /// A plain text of a step, e.g. Text("interruptions", "cancelled").
    public string Text(string step, string key) => Step(step).Text(key);

    /// A plain text of a step with its {placeholders} filled in.
    public string Text(string step, string key, IReadOnlyDictionary<string, string?> values) =>
        Rendering.Placeholders.Render(Step(step).Text(key), values);

    /// The template of a kind for an angle (angle is ignored for kinds that are not per angle).
    public PitchTemplate Template(string kind, PitchAngle angle)
    {
        var angleId = angle.ToId();
        var perAngle = TemplateKinds.PerAngle.Contains(kind);
        return Templates.Values
                   .Where(t => t.Kind == kind && (!perAngle || t.Angle == angleId))
                   .OrderBy(t => t.Id, StringComparer.Ordinal)
                   .FirstOrDefault()
               ?? throw ContentKeyNotFoundException.For("template", $"{kind}/{angleId}", "the templates", Templates.Values.Select(t => $"{t.Kind}/{t.Angle}"));
    }

    private static T Get<T>(IReadOnlyDictionary<string, T> items, string kind, string id) =>
        items.TryGetValue(id, out var item)
            ? item
            : throw ContentKeyNotFoundException.For(kind, id, "the library", items.Keys);
}
