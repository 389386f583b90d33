using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;

namespace AllyBot.Dialogs.Topics;

/// <summary>Small helpers the topic dialogs share for sending library texts and tips.</summary>
internal static class TopicHelpers
{
    /// <summary>Sends a text of a library step with the step's placeholders filled.</summary>
    public static Task SayAsync(this StepView view, CoachingContent content, string step, string key, CancellationToken cancellationToken) =>
        view.SendAsync(content.Text(view, step, key), cancellationToken);

    /// <summary>Sends a title and a bullet list of the step's tips, in the order given.</summary>
    public static Task SayTipsAsync(this StepView view, CoachingContent content, string step, string title, IEnumerable<string> tipIds, CancellationToken cancellationToken)
    {
        var lines = tipIds.Select(id => "- " + content.Tip(step, id).Text);
        return view.SendAsync(title + "\n" + string.Join("\n", lines), cancellationToken);
    }

    /// <summary>A choice answer shown as its library title (for "your earlier answer").</summary>
    public static string? ChoiceAnswer(this CoachingContent content, string step, string question, string? choiceId) =>
        choiceId is null ? null : content.ChoiceTitle(step, question, choiceId);

    public static bool Is(this Answer answer, string choiceId) => answer.ChoiceId == choiceId;
}
