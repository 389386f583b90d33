namespace AllyBot.Bot.Channels.BotFramework;

/// <summary>
/// Supplies the bearer token for calls to a channel's connector (docs/protocols.md §3b: client credentials for
/// MicrosoftAppId, scope <c>https://api.botframework.com/.default</c>, cached until shortly before expiry).
/// The seam for outbound auth: register an implementation in place of <see cref="AnonymousConnectorCredentials"/>.
/// </summary>
public interface IConnectorCredentials
{
    /// <summary>The token for <paramref name="serviceUrl"/>, or null to send no Authorization header.</summary>
    ValueTask<string?> GetAccessTokenAsync(string serviceUrl, CancellationToken cancellationToken = default);
}

/// <summary>No App ID: connector calls go without a token (the Emulator, the Agents Playground, local tests).</summary>
public sealed class AnonymousConnectorCredentials : IConnectorCredentials
{
    public ValueTask<string?> GetAccessTokenAsync(string serviceUrl, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<string?>(null);
}
