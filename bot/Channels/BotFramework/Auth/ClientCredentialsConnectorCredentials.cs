namespace AllyBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// The host's outbound seam, filled with the client-credentials token: the same token for every serviceUrl
/// (its audience is the Bot Connector, not a particular channel), none when no MicrosoftAppId is configured.
/// </summary>
public sealed class ClientCredentialsConnectorCredentials(ConnectorTokenProvider tokens) : IConnectorCredentials
{
    public async ValueTask<string?> GetAccessTokenAsync(string serviceUrl, CancellationToken cancellationToken = default) =>
        tokens.IsEnabled ? await tokens.GetTokenAsync(cancellationToken: cancellationToken) : null;
}
