using AllyBot.Builder;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.DirectLine;

/// <summary>
/// A bot with fixed, protocol-shaped answers so the Direct Line tests do not depend on the coaching journey's
/// wording: "Welcome!" when someone else joins, "typing please" answers with typing then a message, "fail"
/// throws, anything else is echoed as "You said: …" with one suggested action.
/// </summary>
public sealed class ProtocolTestBot : IBot
{
    public const string Welcome = "Welcome!";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            if (activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true)
            {
                await turnContext.SendActivityAsync($"{Welcome} channel={activity.ChannelId} user={activity.From?.Id}", cancellationToken: cancellationToken);
            }

            return;
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        switch (activity.Text)
        {
            case "typing please":
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
                await turnContext.SendActivityAsync("Done typing.", cancellationToken: cancellationToken);
                break;
            case "fail":
                throw new InvalidOperationException("The test bot was asked to fail.");
            default:
                var reply = MessageFactory.Text($"You said: {activity.Text}");
                reply.SuggestedActions = new SuggestedActions([new CardAction(ActionTypes.ImBack, "Again", "again")]);
                await turnContext.SendActivityAsync(reply, cancellationToken);
                break;
        }
    }
}
