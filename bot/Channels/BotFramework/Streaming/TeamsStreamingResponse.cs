using AllyBot.Builder;
using AllyBot.Builder.Schema;
using AllyBot.Bot.Channels.BotFramework.Teams;
using AllyBot.Builder.Streaming;

namespace AllyBot.Bot.Channels.BotFramework.Streaming;

/// <summary>
/// A streamed reply in a Teams one-to-one chat (docs/protocols.md §8): interim updates are <c>typing</c> activities
/// with the <c>streaminfo</c> entity (<c>informative</c> or <c>streaming</c>, <c>streamSequence</c> 1, 2, …, and from
/// the second on the <c>streamId</c> Teams gave the first), at most one a second; the final message carries
/// <c>streamType: "final"</c> and no sequence. Teams ends a stream itself after two minutes, so updates stop a little
/// before that. When Teams refuses an update (403 <c>ContentStreamNotAllowed</c>: the person pressed Stop, streaming
/// is off for them, the time ran out; or 400, 429 after retries), updates stop; when it refuses the final message,
/// that message is sent again as an ordinary one. Either way the person gets the final message.
/// </summary>
public sealed partial class TeamsStreamingResponse(ITurnContext turnContext, TimeProvider timeProvider, ILogger<TeamsStreamingResponse> logger)
    : StreamingResponse(turnContext, timeProvider, UpdateInterval, TimeLimit - FinalMargin)
{
    /// <summary>Teams asks for about one streaming request a second.</summary>
    public static readonly TimeSpan UpdateInterval = TimeSpan.FromSeconds(1);

    /// <summary>How long Teams keeps a stream open.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(2);

    /// <summary>Time left for the final message when updates stop.</summary>
    public static readonly TimeSpan FinalMargin = TimeSpan.FromSeconds(10);

    // The streamed text is written as the final message will be (plain text as Teams' XML, TeamsPlainTextMiddleware),
    // so each update stays a prefix of the final; the informative line is Teams' own progress text.
    protected override Task<ResourceResponse?> SendUpdateAsync(StreamUpdate update, CancellationToken cancellationToken) =>
        TurnContext.SendActivityAsync(StreamInfo.For(update).ApplyTo(update.Kind == StreamUpdateKind.Streaming
            ? new Activity { Type = ActivityTypes.Typing, Text = TeamsPlainTextMiddleware.AsXml(update.Text), TextFormat = TextFormatTypes.Xml }
            : new Activity { Type = ActivityTypes.Typing, Text = update.Text }), cancellationToken);

    // A refused final message is sent again as an ordinary one where it is delivered (TeamsStreamFinal), which
    // may be after the turn commits.
    protected override Task<ResourceResponse?> SendFinalAsync(Activity finalActivity, string streamId, CancellationToken cancellationToken) =>
        TurnContext.SendActivityAsync(StreamInfo.Final(streamId).ApplyTo(finalActivity), cancellationToken)!;

    protected override void OnUpdateFailed(Exception exception) =>
        LogUpdatesStopped(UpdatesSent, exception is ConnectorException refused ? (int)refused.StatusCode : null, exception.GetType().Name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams stream: updates stopped after {Updates} update(s) (connector status {StatusCode}, {ErrorType}); the final message will be sent on its own")]
    private partial void LogUpdatesStopped(int updates, int? statusCode, string errorType);
}
