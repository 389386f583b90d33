using AllyBot.Builder.Schema;

namespace AllyBot.Dialogs.Tests.Support;

internal static class Replies
{
    public static IEnumerable<string> Texts(this IEnumerable<Activity> replies) =>
        replies.Where(r => r.Type == ActivityTypes.Message && r.Text is not null).Select(r => r.Text!);

    public static string AllText(this IEnumerable<Activity> replies) => string.Join("\n---\n", replies.Texts());

    public static Activity Last(this List<Activity> replies) =>
        replies.LastOrDefault(r => r.Type == ActivityTypes.Message) ?? throw new InvalidOperationException("No message reply.");

    public static IReadOnlyList<string> ButtonTitles(this Activity activity) =>
        activity.SuggestedActions?.Actions.Select(a => a.Title ?? "").ToList() ?? [];
}
