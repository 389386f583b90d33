using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using AllyBot.Bot.Channels.Slack.BlockKit;
using AllyBot.Builder;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.Slack.Support;

/// <summary>
/// A stand-in <see cref="IBot"/> for tests that check what reached the bot: records every inbound activity
/// and answers by keyword — "card" with the plan card, "long" with text that needs several messages,
/// "slow" after a delay longer than Slack's 3-second limit, anything else with an echo and Yes/No buttons.
/// </summary>
public sealed class RecordingBot : IBot
{
    public static readonly TimeSpan SlowTurn = TimeSpan.FromSeconds(3.5);

    public ConcurrentQueue<Activity> Received { get; } = new();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        Received.Enqueue(activity);
        if (activity.Type != ActivityTypes.Message)
            return;

        var text = activity.Text ?? "";
        if (text == "card")
        {
            await turnContext.SendActivityAsync(MessageFactory.Attachment(new Attachment
            {
                ContentType = BlockKitRenderer.AdaptiveCardContentType,
                Content = JsonNode.Parse("""
                    {"type":"AdaptiveCard","version":"1.5","body":[
                      {"type":"TextBlock","text":"Your coalition plan","size":"Large"},
                      {"type":"FactSet","facts":[{"title":"Goal","value":"Testing"},{"title":"Ally","value":"Nurses"}]}],
                     "actions":[{"type":"Action.Submit","title":"Draft pitches","data":"draft pitches"}]}
                    """),
            }), cancellationToken);
            return;
        }
        if (text == "long")
        {
            var paragraphs = Enumerable.Range(0, 60).Select(i => $"Step {i:D2}: " + new string('x', 2900));
            await turnContext.SendActivityAsync(MessageFactory.Text(string.Join("\n\n", paragraphs)), cancellationToken);
            return;
        }
        if (text == "slow")
            await Task.Delay(SlowTurn, cancellationToken);

        await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
        await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Event, Name = "plan", Value = new { goal = text } }, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.SuggestedActions(["Yes", "No"], $"You said: **{text}**"), cancellationToken);
    }
}
