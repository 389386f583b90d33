using AllyBot.Builder.Schema;
using AllyBot.Builder.Streaming;

namespace AllyBot.Bot.Channels.BotFramework.Streaming;

/// <summary>
/// Delivers the final message of a Teams stream (docs/protocols.md §8). When Teams refuses it (any 4xx: the person
/// pressed Stop, the stream timed out, streaming is off for them), the same message is sent again without the
/// <c>streaminfo</c> entity, as an ordinary message, so the person always gets the answer. This happens where the
/// reply is delivered, which for a held reply is after the turn has committed.
/// </summary>
internal static partial class TeamsStreamFinal
{
    public static bool IsFinal(Activity activity) => StreamInfo.From(activity)?.StreamType == StreamTypes.Final;

    public static async Task<ResourceResponse> SendAsync(Activity activity, Func<Activity, Task<ResourceResponse>> send, ILogger logger)
    {
        try
        {
            return await send(activity);
        }
        catch (ConnectorException refused) when ((int)refused.StatusCode is >= 400 and < 500)
        {
            LogFinalRefused(logger, (int)refused.StatusCode, refused.CorrelationId);
            StreamInfo.RemoveFrom(activity);
            activity.Id = null;
            return await send(activity);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams stream: the final message was refused ({StatusCode}, X-Correlating-OperationId {CorrelationId}); sending it as an ordinary message")]
    private static partial void LogFinalRefused(ILogger logger, int statusCode, string? correlationId);
}
