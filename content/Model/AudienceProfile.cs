namespace AllyBot.Content.Model;

/// One kind of ally (a labor union, a funder, a faith community...) and how to talk with them.
public sealed record AudienceProfile(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> ExamplePhrases,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Patterns,
    IReadOnlyList<string> Values,
    IReadOnlyList<string> WordsTheyUse,
    IReadOnlyList<string> WordsToAvoid,
    IReadOnlyList<string> SelfInterests,
    IReadOnlyList<string> Asks,
    IReadOnlyList<string> Offers,
    IReadOnlyList<string> Approach,
    string StoryHook,
    IReadOnlyList<string> QuestionsToAsk,
    IReadOnlyList<string> Sources)
{
    /// Ids from templates/story-topics.yaml that the story hook is about (optional). A pitch tells the hook
    /// only when the goal is on one of these topics and none of them is the topic kept off the table.
    public IReadOnlyList<string> StoryTopics { get; init; } = [];

    /// True for allies from a more powerful or dominant group (hospital leaders, elected officials, funders…):
    /// the journey asks what boundaries keep the most affected people leading only for these.
    public bool DominantGroup { get; init; }
}
