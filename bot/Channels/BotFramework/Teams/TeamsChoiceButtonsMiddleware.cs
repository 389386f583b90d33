using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// Teams shows only the first three suggested actions and drops the rest, so a stance (five choices), the menu
/// or an audience list would lose options. On msteams, a reply offering more than
/// <see cref="MaxSuggestedActions"/> becomes one Adaptive Card (1.5): its text, then one <c>Action.Submit</c>
/// button per choice with data <c>{"choice": value}</c>, which <see cref="CardSubmitMiddleware"/> turns back
/// into the typed answer. (Adaptive Card submits work in Teams and in the Agents Playground; hero-card imBack
/// buttons do not work in the Playground.) Three or fewer choices stay suggested actions.
/// </summary>
public sealed class TeamsChoiceButtonsMiddleware : TeamsOutgoingMiddleware
{
    public const int MaxSuggestedActions = 3;

    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    protected override void Reshape(Activity activity) => MoveChoicesIntoCard(activity);

    internal static void MoveChoicesIntoCard(Activity activity)
    {
        if (activity.SuggestedActions?.Actions is not { Count: > MaxSuggestedActions } actions)
            return;
        var text = activity.Text ?? string.Empty;
        activity.Attachments ??= [];
        activity.Attachments.Add(new Attachment
        {
            ContentType = AdaptiveCardContentType,
            Content = new
            {
                type = "AdaptiveCard",
                version = "1.5",
                fallbackText = text,
                body = new object[] { new { type = "TextBlock", text, wrap = true } },
                actions = actions.Select(a => new
                {
                    type = "Action.Submit",
                    title = a.Title,
                    data = new { choice = (a.Value as string) ?? a.Title },
                }).ToArray(),
            },
        });
        activity.Text = null;
        activity.SuggestedActions = null;
    }
}
