namespace AllyBot.Content.Loading;

/// Lays an overlay (a chapter's folder) over the shipped library: an item with the same id replaces the
/// shipped one, anything new is added. Coaching steps merge item by item (a question, tip, example or text).
internal static class LayerMerger
{
    public static LibraryLayer Merge(LibraryLayer shipped, LibraryLayer overlay)
    {
        var merged = new LibraryLayer();
        foreach (var layer in new[] { shipped, overlay })
        {
            Copy(layer.Sources, merged.Sources);
            Copy(layer.Audiences, merged.Audiences);
            Copy(layer.Templates, merged.Templates);
            Copy(layer.Scenarios, merged.Scenarios);
            Copy(layer.Prompts, merged.Prompts);
            Copy(layer.AnswerTopics, merged.AnswerTopics);
            Copy(layer.StoryTopics, merged.StoryTopics);
            foreach (var step in layer.Steps.Values)
            {
                var into = merged.StepFor(step.Id);
                Copy(step.Questions, into.Questions);
                Copy(step.Tips, into.Tips);
                Copy(step.Examples, into.Examples);
                Copy(step.Texts, into.Texts);
            }
            merged.SourceRefs.AddRange(layer.SourceRefs);
            merged.AudienceRefs.AddRange(layer.AudienceRefs);
            merged.TipRefs.AddRange(layer.TipRefs);
            merged.OrdinaryWords.UnionWith(layer.OrdinaryWords);
            merged.StoryTopicRefs.AddRange(layer.StoryTopicRefs);
        }
        return merged;
    }

    private static void Copy<T>(Dictionary<string, T> from, Dictionary<string, T> into)
    {
        foreach (var (id, item) in from)
        {
            into[id] = item;
        }
    }
}
