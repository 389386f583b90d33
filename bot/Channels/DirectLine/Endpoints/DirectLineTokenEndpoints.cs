using AllyBot.Bot.Hosting.Http;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary><c>POST tokens/generate</c> (with the secret) and <c>POST tokens/refresh</c> (with a token).</summary>
internal static class DirectLineTokenEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/tokens/generate", GenerateAsync).RequireCreationRateLimit();
        group.MapPost("/tokens/refresh", RefreshAsync);
    }

    /// <summary>Mints a token for a new conversation without contacting the bot, as the service does.</summary>
    private static async Task<IResult> GenerateAsync(
        HttpContext context, DirectLineSecret secret, DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
    {
        var (caller, problem) = DirectLineCaller.Authenticate(context, secret, tokens);
        if (caller is null)
        {
            return problem!;
        }

        if (!caller.HasSecret)
        {
            return DirectLineProblems.Forbidden("tokens/generate needs the Direct Line secret, not a token.");
        }

        var (parameters, bodyProblem) = await RequestBodyReader.ReadJsonAsync<DirectLineTokenParameters>(
            context.Request, options.Value.MaxActivityBytes, BuilderJson.Options, optional: true, context.RequestAborted);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var userId = parameters?.User?.Id;
        if (userId is not null && !userId.StartsWith(DirectLineIds.UserIdPrefix, StringComparison.Ordinal))
        {
            // The service's rule: an id embedded in a token starts with "dl_", so a client can never forge one.
            return DirectLineProblems.BadRequest("user.id must start with 'dl_'.");
        }

        return Issue(tokens, DirectLineIds.NewConversationId(), userId ?? DirectLineIds.NewUserId());
    }

    /// <summary>A new token for the same conversation and user, valid for another full lifetime.</summary>
    private static async Task<IResult> RefreshAsync(
        HttpContext context, DirectLineSecret secret, DirectLineTokenService tokens, IDirectLineConversationStore store)
    {
        var (caller, problem) = DirectLineCaller.Authenticate(context, secret, tokens);
        if (caller is null)
        {
            return problem!;
        }

        if (caller.Token is not { } claims)
        {
            return DirectLineProblems.Forbidden("tokens/refresh needs a token; the secret never expires.");
        }

        // Refreshing counts as use: an open widget keeps its conversation alive.
        await store.FindAsync(claims.ConversationId, context.RequestAborted);
        return Issue(tokens, claims.ConversationId, claims.UserId);
    }

    internal static IResult Issue(DirectLineTokenService tokens, string conversationId, string? userId)
    {
        var issued = tokens.Issue(conversationId, userId);
        return TypedResults.Json(new DirectLineConversationResponse(conversationId, issued.Token, issued.ExpiresInSeconds), BuilderJson.Options);
    }
}
