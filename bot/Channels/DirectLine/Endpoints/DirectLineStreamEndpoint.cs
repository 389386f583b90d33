using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>GET conversations/{id}/stream?t=…&amp;watermark=</c>: the WebSocket of a stream URL. Pre-authorised by its
/// <c>t</c> token (browsers cannot set headers on a WebSocket handshake), so it answers 401/403 before upgrading,
/// and 429 when the conversation already has <see cref="DirectLineOptions.MaxSocketsPerConversation"/> open.
/// </summary>
internal static class DirectLineStreamEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/conversations/{conversationId}/stream", HandleAsync);

    private static async Task<IResult> HandleAsync(
        string conversationId,
        string? t,
        string? watermark,
        HttpContext context,
        DirectLineTokenService tokens,
        IDirectLineConversationStore store,
        DirectLineStreamCounter streams,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime,
        ILoggerFactory loggers)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineProblems.BadRequest("Open the stream URL as a WebSocket.");
        }

        if (string.IsNullOrEmpty(t))
        {
            return DirectLineProblems.MissingCredentials();
        }

        var validation = tokens.Validate(t, DirectLineTokenScope.Stream);
        if (!validation.IsValid || validation.Claims!.ConversationId != conversationId)
        {
            return DirectLineProblems.Forbidden("The stream URL is not valid (or has expired); reconnect for a new one.");
        }

        if (!DirectLineIds.TryParseWatermark(watermark, out var after))
        {
            return DirectLineProblems.BadRequest("watermark must be a non-negative whole number.");
        }

        var maxSockets = options.Value.MaxSocketsPerConversation;
        if (!streams.TryOpen(conversationId, maxSockets))
        {
            return DirectLineProblems.TooManyStreams(maxSockets);
        }

        try
        {
            using var subscription = store.Subscribe(conversationId);
            if (subscription is null)
            {
                return DirectLineProblems.ConversationNotFound();
            }

            var keepAlive = options.Value.KeepAliveInterval;
            using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext { KeepAliveInterval = keepAlive });
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            var session = new DirectLineStreamSession(socket, subscription, store, conversationId, keepAlive, loggers.CreateLogger<DirectLineStreamSession>());
            await session.RunAsync(after, stop.Token);
            return TypedResults.Empty;
        }
        finally
        {
            streams.Close(conversationId);
        }
    }
}
