using AllyBot.Content.Model;
using AllyBot.Content.Rendering;

namespace AllyBot.Dialogs.Coaching;

/// <summary>
/// The dialogs' window on the content library: questions, texts with {placeholders} filled, tips and examples.
/// Every word the bot says comes through here; a missing key fails loudly with the ids that do exist.
/// </summary>
public sealed class CoachingContent(ContentLibrary library)
{
    public ContentLibrary Library { get; } = library ?? throw new ArgumentNullException(nameof(library));

    public Question Question(string step, string id) => Library.Step(step).Question(id);

    public bool HasQuestion(string step, string id) =>
        Library.Steps.TryGetValue(step, out var s) && s.Questions.ContainsKey(id);

    public string Text(string step, string key, params (string Name, string? Value)[] values) =>
        Placeholders.Render(Library.Step(step).Text(key), values);

    public string Fill(string text, params (string Name, string? Value)[] values) => Placeholders.Render(text, values);

    public Tip Tip(string step, string id) => Library.Step(step).Tip(id);

    public string Example(string step, string id) => Library.Step(step).Example(id).Text;

    public IReadOnlyCollection<Example> Examples(string step) => Library.Step(step).Examples.Values.ToList();

    /// <summary>The display name of an audience profile, or the id when the library has no such profile.</summary>
    public string AudienceName(string? audienceId) =>
        audienceId is not null && Library.TryGetAudience(audienceId, out var audience) ? audience.Name : audienceId ?? string.Empty;

    /// <summary>The title of a choice of a question, or the id itself when the question has no such choice.</summary>
    public string ChoiceTitle(string step, string questionId, string? choiceId)
    {
        if (choiceId is null)
            return string.Empty;
        var choice = Question(step, questionId).Choices.FirstOrDefault(c => c.Id == choiceId);
        return choice?.Title ?? choiceId;
    }
}
