using AllyBot.Builder;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Hosting;

/// <summary>
/// The adapters' <c>OnTurnError</c>: logs the failure (ids and types only; message text never above Debug)
/// and gives the user a plain apology with a way forward. It deliberately saves and clears nothing: state is
/// written only at the end of a successful turn, so what the user told the bot before this turn stays as it
/// was, and they can simply try again (unlike the SDK samples, which delete the conversation state here).
/// </summary>
public sealed partial class TurnErrorHandler(IOptions<BotHostOptions> options, ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        if (exception is OperationCanceledException)
        {
            // The caller went away or the host is stopping; there is nobody to apologise to.
            LogTurnCancelled(activity.Type, activity.ChannelId, activity.Id);
            return;
        }

        LogTurnFailed(exception, activity.Type, activity.ChannelId, activity.Conversation?.Id, activity.Id);
        LogFailedText(activity.Text);

        if (activity.Type == ActivityTypes.Invoke)
        {
            // An invoke is answered in the HTTP response; a chat message would not reach the card that asked.
            turnContext.TurnState[ChannelAdapterBase.InvokeResponseKey] = new InvokeResponse(StatusCodes.Status500InternalServerError);
            return;
        }

        try
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(options.Value.TurnErrorMessage, inputHint: InputHints.AcceptingInput));
        }
        catch (Exception sendFailure)
        {
            LogApologyFailed(sendFailure, activity.ChannelId, activity.Conversation?.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed: {ActivityType} activity {ActivityId} on {ChannelId}, conversation {ConversationId}")]
    private partial void LogTurnFailed(Exception exception, string? activityType, string? channelId, string? conversationId, string? activityId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The failed turn's text was: {Text}")]
    private partial void LogFailedText(string? text);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn cancelled: {ActivityType} activity {ActivityId} on {ChannelId}")]
    private partial void LogTurnCancelled(string? activityType, string? channelId, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the error apology on {ChannelId}, conversation {ConversationId}")]
    private partial void LogApologyFailed(Exception exception, string? channelId, string? conversationId);
}
