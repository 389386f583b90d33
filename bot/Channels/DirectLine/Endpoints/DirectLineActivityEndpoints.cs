using AllyBot.Bot.Hosting.Http;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary><c>GET conversations/{id}/activities?watermark=</c> (polling) and <c>POST conversations/{id}/activities</c> (send).</summary>
internal static class DirectLineActivityEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/conversations/{conversationId}/activities", GetAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostAsync);
    }

    private static async Task<IResult> GetAsync(
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

        var page = await store.GetActivitiesAsync(conversationId, after, context.RequestAborted);
        return page is null ? DirectLineProblems.ConversationNotFound() : DirectLineActivitySet.Result(page);
    }

    /// <summary>
    /// Echoes the activity into the feed (Web Chat only counts a send as done when it sees its own
    /// <c>clientActivityID</c> come back with an id), runs the bot's turn, and answers <c>{id}</c>.
    /// </summary>
    private static async Task<IResult> PostAsync(
        string conversationId,
        HttpContext context,
        DirectLineSecret secret,
        DirectLineTokenService tokens,
        IDirectLineConversationStore store,
        DirectLineActivityFactory factory,
        IDirectLineTurnHandler bot,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime,
        ILoggerFactory loggers)
    {
        var (caller, problem) = DirectLineCaller.AuthorizeFor(conversationId, context, secret, tokens);
        if (caller is null)
        {
            return problem!;
        }

        var conversation = await store.FindAsync(conversationId, context.RequestAborted);
        if (conversation is null)
        {
            return DirectLineProblems.ConversationNotFound();
        }

        var (activity, bodyProblem) = await RequestBodyReader.ReadJsonAsync<Activity>(
            context.Request, options.Value.MaxActivityBytes, BuilderJson.Options, optional: false, context.RequestAborted);
        if (activity is null)
        {
            return bodyProblem!;
        }

        if (DirectLineInboundLimits.Check(activity, options.Value) is { } tooLarge)
        {
            return tooLarge;
        }

        var invalid = factory.PrepareInbound(activity, conversation, caller.Token?.UserId, DirectLineActivityFactory.ServiceUrl(context.Request));
        if (invalid is not null)
        {
            return DirectLineProblems.BadRequest(invalid);
        }

        var id = await EchoAsync(store, conversationId, activity, context.RequestAborted);
        if (id is null)
        {
            return DirectLineProblems.ConversationNotFound();
        }

        try
        {
            // Not the request's token: a client that gives up waiting must not cut a turn (and its state write) short.
            await bot.RunTurnAsync(activity, lifetime.ApplicationStopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            loggers.CreateLogger(typeof(DirectLineActivityEndpoints)).LogError(e, "A Direct Line turn failed ({ActivityType})", activity.Type);
            return DirectLineProblems.BotFailed();
        }

        return TypedResults.Json(new ResourceResponse { Id = id }, BuilderJson.Options);
    }

    /// <summary>Typing goes to live streams only; conversationUpdate never reaches clients; everything else joins the feed.</summary>
    private static async Task<string?> EchoAsync(IDirectLineConversationStore store, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Typing:
                activity.Id = DirectLineIds.NewTransientId(conversationId);
                return await store.PublishTransientAsync(conversationId, activity, cancellationToken) ? activity.Id : null;
            case ActivityTypes.ConversationUpdate:
                activity.Id = DirectLineIds.NewTransientId(conversationId);
                return activity.Id;
            default:
                return await store.AppendAsync(conversationId, activity, cancellationToken);
        }
    }
}
