using System.Text.Json;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using IMiddleware = AllyBot.Builder.IMiddleware;

namespace AllyBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// Teams' Universal Actions: an <c>Action.Execute</c> arrives as an <c>invoke</c> named
/// <c>adaptiveCard/action</c> with <c>value.action.{verb,data}</c>, and must be answered in the HTTP response
/// (docs/protocols.md §5). The dialogs only speak messages, so for the length of the turn the activity is presented
/// as the message the button stands for (text = the data's choice/text/value, else the verb; value = the
/// data); the dialogs' replies go out as usual, and the invoke is answered 200 with a short message. Only on
/// Teams (Universal Actions are a Microsoft 365 feature; Web Chat has no Action.Execute). Any other invoke
/// passes through untouched; if nothing answers it the host replies 501.
/// </summary>
public sealed class CardActionInvokeMiddleware : IMiddleware
{
    public const string AdaptiveCardActionName = "adaptiveCard/action";

    /// <summary>The Universal Actions response type that shows a short text instead of refreshing the card.</summary>
    public const string MessageResponseType = "application/vnd.microsoft.activity.message";

    /// <summary>The Universal Actions error response type (SDK: bad request for a malformed action).</summary>
    public const string ErrorResponseType = "application/vnd.microsoft.error";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Invoke
            || !string.Equals(activity.Name, AdaptiveCardActionName, StringComparison.Ordinal)
            || !TeamsActivity.IsTeams(activity))
        {
            await next(cancellationToken);
            return;
        }

        var action = BuilderJson.Convert<JsonElement>(activity.Value);
        if (action.ValueKind != JsonValueKind.Object || !action.TryGetProperty("action", out var executed) || executed.ValueKind != JsonValueKind.Object)
        {
            await AnswerAsync(turnContext, 400, new { statusCode = 400, type = ErrorResponseType, value = new { code = "BadRequest", message = "The invoke has no 'action' object." } }, cancellationToken);
            return;
        }

        var verb = executed.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var data = executed.TryGetProperty("data", out var d) ? d : default;
        var text = CardSubmitMiddleware.ReadAnswer(data) ?? verb;

        // Present the invoke as a message while the dialogs run, then put it back: the HTTP endpoint reads the
        // activity's type after the turn to know it owes an invoke response.
        var (type, name, originalText, value) = (activity.Type, activity.Name, activity.Text, activity.Value);
        activity.Type = ActivityTypes.Message;
        activity.Name = null;
        activity.Text = text;
        activity.Value = data.ValueKind == JsonValueKind.Undefined ? null : data;
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            (activity.Type, activity.Name, activity.Text, activity.Value) = (type, name, originalText, value);
        }

        await AnswerAsync(turnContext, 200, new { statusCode = 200, type = MessageResponseType, value = "Got it." }, cancellationToken);
    }

    private static Task AnswerAsync(ITurnContext turnContext, int status, object body, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse, Value = new InvokeResponse(status, body) }, cancellationToken);
}
