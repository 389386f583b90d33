using System.Text.Json;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.EndToEnd.Tests.WebChat;

/// <summary>
/// The real host with a stand-in bot that greets with a coalition plan as an Adaptive Card: proves that cards
/// travel through our Direct Line and that Web Chat renders them, whatever state the coaching journey is in.
/// </summary>
public sealed class PlanCardBotFixture : BotHostFixture
{
    protected override BotStore Store => BotStore.Memory;

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IBot, PlanCardBot>();

    private sealed class PlanCardBot : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            if (turnContext.Activity.Type != ActivityTypes.ConversationUpdate)
            {
                return;
            }

            var card = JsonSerializer.Deserialize<JsonElement>("""
                {
                  "type": "AdaptiveCard", "version": "1.5",
                  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                  "body": [
                    { "type": "TextBlock", "text": "Your coalition plan", "weight": "Bolder", "size": "Medium" },
                    { "type": "FactSet", "facts": [
                      { "title": "Goal", "value": "Routine HIV testing in the emergency department" },
                      { "title": "Best contact", "value": "Nurse manager, emergency department" },
                      { "title": "Value exchange", "value": "Fewer missed diagnoses; we staff the pilot" } ] }
                  ]
                }
                """);
            var reply = MessageFactory.Text("Here is your plan so far.");
            reply.Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card }];
            reply.SuggestedActions = new SuggestedActions([new CardAction(ActionTypes.ImBack, "Draft pitches", "Draft pitches")]);
            await turnContext.SendActivityAsync(reply, cancellationToken);
        }
    }
}
