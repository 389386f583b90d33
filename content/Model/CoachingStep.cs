namespace AllyBot.Content.Model;

/// Everything the bot says in one step of the journey (goal, allies, contact...):
/// named questions, tips, examples and plain texts (messages, button titles, confirmations).
public sealed record CoachingStep(
    string Id,
    IReadOnlyDictionary<string, Question> Questions,
    IReadOnlyDictionary<string, Tip> Tips,
    IReadOnlyDictionary<string, Example> Examples,
    IReadOnlyDictionary<string, string> Texts)
{
    public Question Question(string id) => Get(Questions, "question", id);
    public Tip Tip(string id) => Get(Tips, "tip", id);
    public Example Example(string id) => Get(Examples, "example", id);
    public string Text(string key) => Get(Texts, "text", key);

    private T Get<T>(IReadOnlyDictionary<string, T> items, string kind, string id) =>
        items.TryGetValue(id, out var item)
            ? item
            : throw ContentKeyNotFoundException.For(kind, id, $"step '{Id}'", items.Keys);
}
