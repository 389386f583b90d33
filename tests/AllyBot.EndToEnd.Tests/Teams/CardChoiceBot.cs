using System.Text.Json;
using AllyBot.Builder;
using AllyBot.Builder.Schema;

namespace AllyBot.EndToEnd.Tests.Teams;

/// <summary>
/// A stand-in bot for the card test: asks who the best contact is with an Adaptive Card of Action.Submit
/// buttons (each with <c>data.choice</c>), then repeats back whatever text reached it. Whatever state the
/// coaching journey is in, this proves that a card button pressed in Microsoft's Teams client arrives as the
/// answer text the prompts read.
/// </summary>
public sealed class CardChoiceBot : IBot
{
    public const string Question = "Who is the best person to talk to first?";
    public const string Choice = "Nurse manager, emergency department";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true)
        {
            var card = JsonSerializer.Deserialize<JsonElement>($$"""
                {
                  "type": "AdaptiveCard", "version": "1.5",
                  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                  "body": [ { "type": "TextBlock", "text": "{{Question}}", "wrap": true, "weight": "Bolder" } ],
                  "actions": [
                    { "type": "Action.Submit", "title": "{{Choice}}", "data": { "choice": "{{Choice}}" } },
                    { "type": "Action.Submit", "title": "Hospital CEO", "data": { "choice": "Hospital CEO" } }
                  ]
                }
                """);
            await turnContext.SendActivityAsync(MessageFactory.Attachment(
                new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card }), cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync($"You chose: {activity.Text}", cancellationToken: cancellationToken);
        }
    }
}
