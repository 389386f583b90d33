using AllyBot.Content.Model;

namespace AllyBot.Content.Loading;

/// An item read from a file, with where it was read (Line is 1-based).
internal sealed record Located<T>(T Item, string File, int Line);

/// An id one item uses to point at another (a source id, an audience id), with where it was written.
internal sealed record Reference(string Id, string File, int Line);

/// The parts of one coaching step read from one or more files, before they become a CoachingStep.
internal sealed class StepParts(string id)
{
    public string Id { get; } = id;
    public Dictionary<string, Located<Question>> Questions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Located<Tip>> Tips { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Located<Example>> Examples { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Located<string>> Texts { get; } = new(StringComparer.Ordinal);
}

/// Everything read from one set of files (the shipped library, or an overlay folder).
internal sealed class LibraryLayer
{
    public Dictionary<string, Located<Source>> Sources { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Located<AudienceProfile>> Audiences { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, StepParts> Steps { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Located<PitchTemplate>> Templates { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Located<Scenario>> Scenarios { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Located<Prompt>> Prompts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Located<AnswerTopic>> AnswerTopics { get; } = new(StringComparer.Ordinal);
    public HashSet<string> OrdinaryWords { get; } = new(StringComparer.Ordinal);
    public List<Reference> SourceRefs { get; } = [];
    public List<Reference> AudienceRefs { get; } = [];
    /// Tips named as "step/tip-id" (answer topics).
    public List<Reference> TipRefs { get; } = [];
    public Dictionary<string, Located<StoryTopic>> StoryTopics { get; } = new(StringComparer.Ordinal);
    public List<Reference> StoryTopicRefs { get; } = [];

    public StepParts StepFor(string id)
    {
        if (!Steps.TryGetValue(id, out var parts))
        {
            parts = new StepParts(id);
            Steps[id] = parts;
        }
        return parts;
    }
}
