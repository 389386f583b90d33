using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// Gets the bot's outbound token for the Bot Connector by the OAuth client-credentials grant
/// (docs/protocols.md §3b) and caches it until shortly before it expires. Concurrent callers share one request.
/// The token and the secret are never logged.
/// </summary>
public sealed class ConnectorTokenProvider(
    IHttpClientFactory httpClientFactory,
    IOptions<BotFrameworkAuthOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorTokenProvider> logger)
{
    /// <summary>The named HttpClient used to call the token endpoint.</summary>
    public const string HttpClientName = "BotFramework.TokenEndpoint";

    /// <summary>Renew this long before expiry, so a token never expires between the check and the call.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private CachedToken? _cached;

    /// <summary>False when no MicrosoftAppId is configured: outbound calls then go without a token (§3c).</summary>
    public bool IsEnabled => options.Value.IsAuthenticationEnabled;

    /// <summary>
    /// The current access token. <paramref name="forceRefresh"/> drops a token the connector refused (401);
    /// <paramref name="rejectedToken"/> keeps concurrent callers that saw the same 401 from refreshing twice.
    /// </summary>
    public async Task<string> GetTokenAsync(bool forceRefresh = false, string? rejectedToken = null, CancellationToken cancellationToken = default)
    {
        if (!IsEnabled)
            throw new InvalidOperationException("No MicrosoftAppId is configured, so there is no connector token.");

        var current = _cached;
        if (!forceRefresh && IsFresh(current))
            return current!.AccessToken;

        await _gate.WaitAsync(cancellationToken);
        try
        {
            current = _cached;
            var stillGood = forceRefresh ? current is not null && current.AccessToken != rejectedToken && IsFresh(current) : IsFresh(current);
            if (stillGood)
                return current!.AccessToken;
            _cached = await RequestTokenAsync(cancellationToken);
            return _cached.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsFresh(CachedToken? token) => token is not null && timeProvider.GetUtcNow() < token.RenewAt;

    private async Task<CachedToken> RequestTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.MicrosoftAppPassword))
            throw new InvalidOperationException("MicrosoftAppPassword (the app's client secret) is not set, so the bot cannot get a token to reply with.");
        var endpoint = settings.ResolveTokenEndpoint();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.MicrosoftAppId!,
            ["client_secret"] = settings.MicrosoftAppPassword,
            ["scope"] = settings.OAuthScope,
        });

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.PostAsync(endpoint, form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // The body of an error names the problem (AADSTS code) but holds no secret; log only the status.
            logger.LogError("The token endpoint {Endpoint} answered {Status}; check MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppType.",
                endpoint.GetLeftPart(UriPartial.Path), (int)response.StatusCode);
            throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new HttpRequestException("The token endpoint answered with an empty body.");
        if (string.IsNullOrEmpty(body.AccessToken))
            throw new HttpRequestException("The token endpoint's answer has no access_token.");

        var now = timeProvider.GetUtcNow();
        var lifetime = TimeSpan.FromSeconds(Math.Max(body.ExpiresIn ?? 3600, 0));
        // Renew 5 minutes early, or halfway through for unusually short-lived tokens.
        var margin = lifetime > 2 * RefreshMargin ? RefreshMargin : lifetime / 2;
        logger.LogDebug("Got a connector token valid for {Lifetime}", lifetime);
        return new CachedToken(body.AccessToken, now + lifetime - margin);
    }

    private sealed record CachedToken(string AccessToken, DateTimeOffset RenewAt);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] long? ExpiresIn,
        [property: JsonPropertyName("token_type")] string? TokenType);
}
