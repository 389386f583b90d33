using System.Security.Claims;

namespace AllyBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// The outcome of checking an inbound request's bearer token. On failure <see cref="FailureReason"/> says why,
/// in words safe to log and to return in a 401 problem body (it never contains the token).
/// </summary>
public sealed record ChannelAuthenticationResult
{
    public bool Succeeded { get; private init; }

    /// <summary>The validated claims; anonymous when authentication is off.</summary>
    public ClaimsIdentity? Identity { get; private init; }

    /// <summary>What the adapter stamps on the activity's <c>callerId</c> (SDK semantics); null for anonymous/Emulator.</summary>
    public string? CallerId { get; private init; }

    public string? FailureReason { get; private init; }

    public static ChannelAuthenticationResult Success(ClaimsIdentity identity, string? callerId) =>
        new() { Succeeded = true, Identity = identity, CallerId = callerId };

    /// <summary>Authentication is off (no MicrosoftAppId): the SDK's anonymous identity.</summary>
    public static ChannelAuthenticationResult Anonymous() =>
        new() { Succeeded = true, Identity = new ClaimsIdentity("anonymous") };

    public static ChannelAuthenticationResult Fail(string reason) => new() { Succeeded = false, FailureReason = reason };
}
