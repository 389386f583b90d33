using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>GET /api/directline/token[?conversationId=…]</c>: what a chapter's own server does with the secret
/// (<c>tokens/generate</c>), done here for the bot's own page and for allowed origins, so the secret never reaches
/// a browser. Every token is for the visitor of the signed cookie (<see cref="DirectLineVisitorCookie"/>), so a
/// reload or a later visit is the same person. Answers <c>{token, conversationId, expires_in}</c>: for the
/// conversation asked for when it is still open and this visitor's, else for a new one (the page then starts
/// it, and the bot offers to continue the plan).
/// </summary>
internal static class DirectLineWidgetTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(DirectLineRoutes.WidgetToken, HandleAsync).RequireCors(DirectLineOriginPolicy.WidgetCorsPolicyName)
            .RequireCreationRateLimit();

    private static async Task<IResult> HandleAsync(
        string? conversationId,
        HttpContext context,
        DirectLineOriginPolicy origins,
        DirectLineVisitorCookie visitors,
        DirectLineTokenService tokens,
        IDirectLineConversationStore store)
    {
        if (!origins.IsAllowed(context.Request))
        {
            return DirectLineProblems.Forbidden("This origin may not embed the chat widget; add it to DirectLine:AllowedOrigins.");
        }

        // A token is a credential: no proxy or browser cache may hand it to someone else.
        context.Response.Headers.CacheControl = "no-store";
        var userId = visitors.ReadOrIssue(context);
        var resumed = await OwnConversationAsync(conversationId, userId, store, context.RequestAborted);
        var id = resumed ?? DirectLineIds.NewConversationId();
        var issued = tokens.Issue(id, userId);
        return TypedResults.Json(new WidgetToken(issued.Token, id, issued.ExpiresInSeconds), BuilderJson.Options);
    }

    /// <summary>The conversation asked for, when it is still open and belongs to this visitor; otherwise null.</summary>
    private static async Task<string?> OwnConversationAsync(string? conversationId, string userId, IDirectLineConversationStore store, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(conversationId))
        {
            return null;
        }

        var conversation = await store.FindAsync(conversationId, cancellationToken);
        return conversation is not null && string.Equals(conversation.UserId, userId, StringComparison.Ordinal) ? conversation.Id : null;
    }

    private sealed record WidgetToken(
        string Token,
        string ConversationId,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);
}
