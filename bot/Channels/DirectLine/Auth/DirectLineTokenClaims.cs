namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>What a token may be used for: the REST calls of one conversation, or opening its stream once.</summary>
public enum DirectLineTokenScope
{
    Conversation,
    Stream,
}

/// <summary>The claims of a valid token. A token opens exactly one conversation.</summary>
public sealed record DirectLineTokenClaims(string ConversationId, string? UserId, DirectLineTokenScope Scope, DateTimeOffset ExpiresAt);

/// <summary>A freshly minted token with its lifetime in whole seconds (the wire's <c>expires_in</c>).</summary>
public sealed record DirectLineIssuedToken(string Token, DirectLineTokenClaims Claims, int ExpiresInSeconds);

public enum DirectLineTokenStatus
{
    Valid,
    Malformed,
    BadSignature,
    WrongScope,
    Expired,
}

public sealed record DirectLineTokenValidation(DirectLineTokenStatus Status, DirectLineTokenClaims? Claims)
{
    public bool IsValid => Status == DirectLineTokenStatus.Valid;
}
