namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// Who is calling: the holder of the secret (every conversation, never expires) or of a token (one conversation).
/// </summary>
internal sealed record DirectLineCaller(bool HasSecret, DirectLineTokenClaims? Token, string Bearer)
{
    public bool CanAccess(string conversationId) =>
        HasSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);

    /// <summary>
    /// Reads <c>Authorization: Bearer</c>: missing or not Bearer gives 401; a forged, malformed or expired token
    /// gives 403, which DirectLineJS reads as "token expired".
    /// </summary>
    public static (DirectLineCaller? Caller, IResult? Problem) Authenticate(HttpContext context, DirectLineSecret secret, DirectLineTokenService tokens)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
        {
            return (null, DirectLineProblems.MissingCredentials());
        }

        var bearer = header[scheme.Length..].Trim();
        if (secret.Matches(bearer))
        {
            return (new DirectLineCaller(true, null, bearer), null);
        }

        var validation = tokens.Validate(bearer, DirectLineTokenScope.Conversation);
        return validation.Status switch
        {
            DirectLineTokenStatus.Valid => (new DirectLineCaller(false, validation.Claims, bearer), null),
            DirectLineTokenStatus.Expired => (null, DirectLineProblems.Forbidden("The token has expired; fetch a new one.")),
            _ => (null, DirectLineProblems.Forbidden("The secret or token is not valid.")),
        };
    }

    /// <summary><see cref="Authenticate"/>, then 403 unless the caller may use <paramref name="conversationId"/>.</summary>
    public static (DirectLineCaller? Caller, IResult? Problem) AuthorizeFor(string conversationId, HttpContext context, DirectLineSecret secret, DirectLineTokenService tokens)
    {
        var (caller, problem) = Authenticate(context, secret, tokens);
        if (caller is null)
            return (null, problem);
        return caller.CanAccess(conversationId)
            ? (caller, null)
            : (null, DirectLineProblems.Forbidden("The token is for another conversation."));
    }
}
