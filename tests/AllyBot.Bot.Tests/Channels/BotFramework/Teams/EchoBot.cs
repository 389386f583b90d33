using System.Collections.Concurrent;
using AllyBot.Builder;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Teams;

/// <summary>
/// A stand-in for the coaching bot in HTTP tests: records each activity as it reached the bot (after the
/// middleware), answers messages with "echo: {text}" and a joined member with "welcome", leaves invokes alone.
/// </summary>
public sealed class EchoBot : IBot
{
    public ConcurrentQueue<Activity> Seen { get; } = new();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        Seen.Enqueue(BuilderJson.Deserialize<Activity>(BuilderJson.Serialize(activity))!);
        if (activity.Type == ActivityTypes.Message)
            await turnContext.SendActivityAsync($"echo: {activity.Text}", cancellationToken: cancellationToken);
        else if (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true)
            await turnContext.SendActivityAsync("welcome", cancellationToken: cancellationToken);
    }
}
