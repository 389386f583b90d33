using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// The host's inbound seam, filled with Bot Framework JWT validation: the token is checked against the
/// activity's own <c>channelId</c> (endorsements) and <c>serviceUrl</c> (the <c>serviceurl</c> claim). A
/// channel-issued token also marks the activity's <c>callerId</c> as coming from Azure, as the SDK's adapter does.
/// </summary>
public sealed class BotFrameworkChannelAuthenticator(BotFrameworkTokenValidator validator) : IChannelRequestAuthenticator
{
    public async Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var result = await validator.ValidateAsync(authorizationHeader, activity.ChannelId, activity.ServiceUrl, cancellationToken);
        if (result.Identity?.FindFirst("iss")?.Value == BotFrameworkAuthConstants.ChannelIssuer)
            activity.CallerId = BotFrameworkAuthConstants.AzureCallerId;
        return result;
    }
}
