using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>GET /api/directline/token</c>: what a chapter's own server does with the secret (<c>tokens/generate</c>),
/// done here for the bot's own page and for allowed origins, so the secret never reaches a browser.
/// Answers <c>{token, conversationId, expires_in}</c> for a new conversation with a fresh anonymous user.
/// </summary>
internal static class DirectLineWidgetTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(DirectLineRoutes.WidgetToken, Handle).RequireCors(DirectLineOriginPolicy.CorsPolicyName)
            .RequireCreationRateLimit();

    private static IResult Handle(HttpContext context, DirectLineOriginPolicy origins, DirectLineTokenService tokens)
    {
        if (!origins.IsAllowed(context.Request))
        {
            return DirectLineProblems.Forbidden("This origin may not embed the chat widget; add it to DirectLine:AllowedOrigins.");
        }

        // A token is a credential: no proxy or browser cache may hand it to someone else.
        context.Response.Headers.CacheControl = "no-store";
        var conversationId = DirectLineIds.NewConversationId();
        var issued = tokens.Issue(conversationId, DirectLineIds.NewUserId());
        return TypedResults.Json(new WidgetToken(issued.Token, conversationId, issued.ExpiresInSeconds), BuilderJson.Options);
    }

    private sealed record WidgetToken(
        string Token,
        string ConversationId,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);
}
