using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AllyBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// Checks the <c>Authorization: Bearer</c> JWT of an inbound Bot Framework request as the SDK's
/// ChannelValidation/EmulatorValidation do (docs/protocols.md §3a): signature by a key from the OpenID metadata,
/// RS256/384/512 only, issuer, audience = the app id, lifetime with 5 min skew, the <c>serviceurl</c> claim
/// equal to the activity's serviceUrl, and the key's <c>endorsements</c> naming the activity's channel.
/// With no MicrosoftAppId it lets everything in anonymously (§3c). Failure reasons never contain the token.
/// </summary>
public sealed class BotFrameworkTokenValidator(
    OpenIdMetadataCache metadata,
    IOptions<BotFrameworkAuthOptions> options,
    TimeProvider timeProvider,
    ILogger<BotFrameworkTokenValidator> logger)
{
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    private BotFrameworkAuthOptions Options => options.Value;

    public async Task<ChannelAuthenticationResult> ValidateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (!Options.IsAuthenticationEnabled)
            return ChannelAuthenticationResult.Success(new ClaimsIdentity());

        var result = await ValidateCoreAsync(authorizationHeader, channelId, serviceUrl, cancellationToken);
        if (!result.Succeeded)
            logger.LogInformation("Rejected an inbound Bot Framework request: {Reason}", result.FailureReason);
        return result;
    }

    private async Task<ChannelAuthenticationResult> ValidateCoreAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
            return ChannelAuthenticationResult.Failure("No Authorization header.");
        var parts = authorizationHeader.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            return ChannelAuthenticationResult.Failure("The Authorization header is not a Bearer token.");

        JsonWebToken unverified;
        try
        {
            unverified = new JsonWebToken(parts[1]);
        }
        catch (ArgumentException)
        {
            return ChannelAuthenticationResult.Failure("The bearer token is not a well-formed JWT.");
        }

        // The unverified issuer only picks which keys to check against; the check itself pins the issuer.
        var entraIssuers = BotFrameworkAuthConstants.EntraIssuers(Options);
        var isEntraToken = unverified.TryGetPayloadValue<string>("iss", out var issuer) && entraIssuers.Contains(issuer, StringComparer.Ordinal);
        var metadataUrl = isEntraToken ? Options.EmulatorOpenIdMetadataUrl : Options.OpenIdMetadataUrl;
        IReadOnlyList<string> validIssuers = isEntraToken ? entraIssuers : [BotFrameworkAuthConstants.ChannelIssuer];

        var validation = await ValidateSignedTokenAsync(parts[1], metadataUrl, validIssuers, cancellationToken);
        if (validation.Failure is not null)
            return ChannelAuthenticationResult.Failure(validation.Failure);

        var token = validation.Token!;
        var identity = validation.Identity!;
        if (!IsEndorsed(validation.SigningKey, channelId))
            return ChannelAuthenticationResult.Failure($"The signing key is not endorsed for channel '{Printable(channelId)}'.");

        if (isEntraToken)
        {
            // Emulator tokens carry the caller's app id in appid (v1) or azp (v2) instead of a serviceurl claim.
            var version = token.TryGetPayloadValue<string>(BotFrameworkAuthConstants.VersionClaim, out var ver) ? ver : "1.0";
            var appIdClaim = version == "2.0" ? BotFrameworkAuthConstants.AuthorizedPartyClaim : BotFrameworkAuthConstants.AppIdClaim;
            if (!token.TryGetPayloadValue<string>(appIdClaim, out var callerAppId) || !string.Equals(callerAppId, Options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
                return ChannelAuthenticationResult.Failure($"The '{appIdClaim}' claim does not name this bot.");
            return ChannelAuthenticationResult.Success(identity);
        }

        if (!token.TryGetPayloadValue<string>(BotFrameworkAuthConstants.ServiceUrlClaim, out var serviceUrlClaim) || string.IsNullOrEmpty(serviceUrlClaim))
            return ChannelAuthenticationResult.Failure("Missing serviceurl claim.");
        if (!string.Equals(serviceUrlClaim, serviceUrl, StringComparison.OrdinalIgnoreCase))
            return ChannelAuthenticationResult.Failure("serviceurl claim mismatch.");
        return ChannelAuthenticationResult.Success(identity);
    }

    private async Task<SignedTokenValidation> ValidateSignedTokenAsync(
        string jwt, string metadataUrl, IReadOnlyList<string> validIssuers, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration? configuration;
        try
        {
            configuration = await metadata.GetAsync(metadataUrl, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            // The metadata or keys could not be fetched: refuse rather than guess.
            logger.LogWarning(ex, "Could not read OpenID metadata from {MetadataUrl}", metadataUrl);
            return SignedTokenValidation.Fail("The signing keys could not be retrieved.");
        }

        var result = await ValidateAgainstAsync(jwt, configuration, validIssuers);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // An unknown key id usually means the channel rolled its keys: re-read them (rate-limited) and retry once.
            try
            {
                configuration = await metadata.RefreshNowAsync(metadataUrl, cancellationToken);
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or HttpRequestException)
            {
                logger.LogWarning(ex, "Could not refresh OpenID metadata from {MetadataUrl}", metadataUrl);
                configuration = null;
            }
            if (configuration is not null)
                result = await ValidateAgainstAsync(jwt, configuration, validIssuers);
        }

        if (!result.IsValid || result.SecurityToken is not JsonWebToken token)
            return SignedTokenValidation.Fail(Describe(result.Exception));
        return new SignedTokenValidation(token, result.ClaimsIdentity, FindPublishedKey(configuration!, token), null);
    }

    private Task<TokenValidationResult> ValidateAgainstAsync(string jwt, OpenIdConnectConfiguration configuration, IReadOnlyList<string> validIssuers) =>
        Handler.ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            ValidIssuers = validIssuers,
            ValidAudiences = [Options.MicrosoftAppId!, $"api://{Options.MicrosoftAppId}"],
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = BotFrameworkAuthConstants.AllowedAlgorithms,
            ClockSkew = BotFrameworkAuthConstants.ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            LifetimeValidator = ValidateLifetime,
        });

    /// <summary>
    /// The JWKS entry of the key that verified the token: the library hands back converted RSA keys, and only
    /// the JWKS entry carries the <c>endorsements</c>.
    /// </summary>
    private static JsonWebKey? FindPublishedKey(OpenIdConnectConfiguration configuration, JsonWebToken token)
    {
        var keyId = token.SigningKey?.KeyId ?? token.Kid;
        return configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
    }

    /// <summary>Lifetime against the injected clock (so tests can move time), with the 5 minute skew.</summary>
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (expires is null)
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        if (notBefore is not null && notBefore.Value > now + parameters.ClockSkew)
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = notBefore.Value };
        if (expires.Value < now - parameters.ClockSkew)
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        return true;
    }

    /// <summary>
    /// The key's <c>endorsements</c>, when it lists any, must name the activity's channel. Keys without
    /// endorsements are not restricted (the SDK only checks endorsements it finds for the key id).
    /// </summary>
    private static bool IsEndorsed(JsonWebKey? publishedKey, string? channelId)
    {
        if (publishedKey is null || !publishedKey.AdditionalData.TryGetValue(BotFrameworkAuthConstants.EndorsementsProperty, out var raw))
            return true;
        var endorsements = ReadEndorsements(raw);
        if (endorsements is null)
            return true;
        return !string.IsNullOrEmpty(channelId) && endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase);
    }

    private static List<string>? ReadEndorsements(object? raw) => raw switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
        IEnumerable<object> items => items.Select(i => i?.ToString() ?? "").ToList(),
        _ => null,
    };

    /// <summary>The caller's channel id as safe text for the log and the 401 body: short, no control characters.</summary>
    private static string Printable(string? value) =>
        new((value ?? "").Take(64).Select(c => char.IsControl(c) ? '?' : c).ToArray());

    /// <summary>A short reason without token contents, for the log and the 401 body.</summary>
    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        SecurityTokenInvalidAudienceException => "The token's audience is not this bot.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
        SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not allowed.",
        SecurityTokenSignatureKeyNotFoundException => "The token's signing key is unknown.",
        SecurityTokenInvalidSignatureException => "The token's signature is invalid.",
        SecurityTokenMalformedException => "The bearer token is not a well-formed JWT.",
        _ => "The token is invalid.",
    };

    private sealed record SignedTokenValidation(JsonWebToken? Token, ClaimsIdentity? Identity, JsonWebKey? SigningKey, string? Failure)
    {
        public static SignedTokenValidation Fail(string reason) => new(null, null, null, reason);
    }
}
