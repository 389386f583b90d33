using AllyBot.Bot.Hosting.Http;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary><c>POST conversations</c> (start) and <c>GET conversations/{id}?watermark=</c> (reconnect).</summary>
internal static class DirectLineConversationEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/conversations", StartAsync).RequireCreationRateLimit();
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
    }

    /// <summary>
    /// Opens the conversation of the caller's token (or a new one for the secret) and, the first time, runs the
    /// conversationUpdate turn so the welcome is in the feed before the user types. 201 when it started now,
    /// 200 when this token had started it already.
    /// </summary>
    private static async Task<IResult> StartAsync(
        HttpContext context,
        DirectLineSecret secret,
        DirectLineTokenService tokens,
        IDirectLineConversationStore store,
        DirectLineActivityFactory activities,
        IDirectLineTurnHandler bot,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime,
        ILoggerFactory loggers)
    {
        var (caller, problem) = DirectLineCaller.Authenticate(context, secret, tokens);
        if (caller is null)
        {
            return problem!;
        }

        var (parameters, bodyProblem) = await RequestBodyReader.ReadJsonAsync<DirectLineTokenParameters>(
            context.Request, options.Value.MaxActivityBytes, BuilderJson.Options, optional: true, context.RequestAborted);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var requested = new DirectLineConversation(
            Id: caller.Token?.ConversationId ?? DirectLineIds.NewConversationId(),
            UserId: caller.Token?.UserId ?? NonEmpty(parameters?.User?.Id) ?? DirectLineIds.NewUserId(),
            UserName: NonEmpty(parameters?.User?.Name),
            ChannelId: ChannelIdFor(context.Request),
            Locale: NonEmpty(parameters?.Locale));
        var (conversation, created) = await store.StartAsync(requested, context.RequestAborted);

        if (created)
        {
            var update = activities.ConversationUpdate(conversation, DirectLineActivityFactory.ServiceUrl(context.Request));
            try
            {
                // The turn outlives a dropped request: state must not be left half-written.
                await bot.RunTurnAsync(update, lifetime.ApplicationStopping);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The conversation still works; only the welcome is missing.
                loggers.CreateLogger(typeof(DirectLineConversationEndpoints)).LogWarning(e, "The welcome turn of a Direct Line conversation failed");
            }
        }

        var response = Describe(context.Request, tokens, conversation, watermark: null);
        return created
            ? TypedResults.Json(response, BuilderJson.Options, statusCode: StatusCodes.Status201Created)
            : TypedResults.Json(response, BuilderJson.Options);
    }

    /// <summary>A new stream URL (replaying after the watermark) and a fresh token, for a client whose socket dropped.</summary>
    private static async Task<IResult> ReconnectAsync(
        string conversationId,
        string? watermark,
        HttpContext context,
        DirectLineSecret secret,
        DirectLineTokenService tokens,
        IDirectLineConversationStore store)
    {
        var (caller, problem) = DirectLineCaller.AuthorizeFor(conversationId, context, secret, tokens);
        if (caller is null)
        {
            return problem!;
        }

        if (!DirectLineIds.TryParseWatermark(watermark, out var after))
        {
            return DirectLineProblems.BadRequest("watermark must be a non-negative whole number.");
        }

        var conversation = await store.FindAsync(conversationId, context.RequestAborted);
        return conversation is null
            ? DirectLineProblems.ConversationNotFound()
            : TypedResults.Json(Describe(context.Request, tokens, conversation, after), BuilderJson.Options);
    }

    private static DirectLineConversationResponse Describe(HttpRequest request, DirectLineTokenService tokens, DirectLineConversation conversation, long? watermark)
    {
        var token = tokens.Issue(conversation.Id, conversation.UserId);
        var streamToken = tokens.IssueStream(conversation.Id, conversation.UserId);
        var streamUrl = DirectLineStreamUrl.Build(request, conversation.Id, streamToken.Token, watermark);
        return new DirectLineConversationResponse(conversation.Id, token.Token, token.ExpiresInSeconds, streamUrl);
    }

    /// <summary>
    /// Web Chat stamps <c>webchat</c> on everything it posts; giving its conversationUpdate the same channel id keeps
    /// the welcome turn and later turns on one conversation state (keyed by channel id). Web Chat names itself in
    /// <c>x-ms-bot-agent</c>, e.g. <c>DirectLine/3.0 (directlinejs; WebChat/4.18.1 (Full) 0.15.5)</c>.
    /// </summary>
    private static string ChannelIdFor(HttpRequest request) =>
        request.Headers["x-ms-bot-agent"].ToString().Contains("WebChat/", StringComparison.OrdinalIgnoreCase)
            ? AllyBot.Builder.Schema.Channels.Webchat
            : AllyBot.Builder.Schema.Channels.Directline;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
