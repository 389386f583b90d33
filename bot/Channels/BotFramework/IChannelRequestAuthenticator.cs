using System.Security.Claims;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.BotFramework;

/// <summary>
/// Decides whether an inbound <c>POST /api/messages</c> really comes from a Bot Framework channel.
/// The seam for JWT validation (docs/protocols.md §3a: issuer, audience = MicrosoftAppId, signing keys with
/// endorsements, the <c>serviceurl</c> claim): an implementation registered in place of the defaults from
/// <see cref="BotFrameworkServiceCollectionExtensions.AddBotFrameworkChannel"/> is all it takes. A failure
/// becomes 401 with a problem-details body; the identity of a success is put in the turn state under
/// <see cref="Hosting.ChannelAdapterBase.BotIdentityKey"/>.
/// </summary>
public interface IChannelRequestAuthenticator
{
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header, or null when absent.</param>
    Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default);
}

/// <summary>The outcome of <see cref="IChannelRequestAuthenticator.AuthenticateAsync"/>.</summary>
public sealed record ChannelAuthenticationResult(ClaimsIdentity? Identity, string? FailureReason)
{
    public bool Succeeded => Identity is not null;

    public static ChannelAuthenticationResult Success(ClaimsIdentity identity) => new(identity, null);

    /// <param name="reason">Why, for the 401 body and the log; never echo the token.</param>
    public static ChannelAuthenticationResult Failure(string reason) => new(null, reason);
}

/// <summary>No App ID configured: every request is accepted, with an anonymous (unauthenticated) identity.</summary>
public sealed class AllowAnonymousChannelRequestAuthenticator : IChannelRequestAuthenticator
{
    public Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default) =>
        Task.FromResult(ChannelAuthenticationResult.Success(new ClaimsIdentity()));
}

/// <summary>
/// An App ID is configured but no token validator is registered: fail closed rather than accept
/// unauthenticated traffic for a registered bot.
/// </summary>
public sealed class RejectAllChannelRequestAuthenticator : IChannelRequestAuthenticator
{
    public Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default) =>
        Task.FromResult(ChannelAuthenticationResult.Failure("MicrosoftAppId is set but no channel token validation is configured on this host."));
}
