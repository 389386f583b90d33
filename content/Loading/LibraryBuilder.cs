using AllyBot.Content.Model;

namespace AllyBot.Content.Loading;

/// Turns a checked layer into the immutable ContentLibrary the rest of the bot uses.
internal static class LibraryBuilder
{
    public static ContentLibrary Build(LibraryLayer layer) => new(
        Items(layer.Sources),
        Items(layer.Audiences),
        layer.Steps.Values.ToDictionary(s => s.Id, BuildStep, StringComparer.Ordinal),
        Items(layer.Templates),
        Items(layer.Scenarios),
        Items(layer.Prompts),
        Items(layer.AnswerTopics),
        layer.OrdinaryWords.ToHashSet(StringComparer.Ordinal),
        Items(layer.StoryTopics));

    private static CoachingStep BuildStep(StepParts parts) => new(
        parts.Id, Items(parts.Questions), Items(parts.Tips), Items(parts.Examples), Items(parts.Texts));

    private static IReadOnlyDictionary<string, T> Items<T>(Dictionary<string, Located<T>> items) =>
        items.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(kv => kv.Key, kv => kv.Value.Item, StringComparer.Ordinal);
}
