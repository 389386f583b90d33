using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Auth;

/// <summary>
/// A stand-in for login.botframework.com on real Kestrel (127.0.0.1, free port): OpenID metadata and a JWKS
/// whose keys carry Bot Framework <c>endorsements</c>, plus a way to mint tokens signed by those keys.
/// </summary>
public sealed class LocalOpenIdServer : IAsyncDisposable
{
    public const string AppId = "9a4f1c2e-6b7d-4e8f-a0b1-c2d3e4f5a6b7";
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly WebApplication _app;
    private readonly List<PublishedKey> _keys = [];
    private int _keyRequests;

    private LocalOpenIdServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    /// <summary>How often the JWKS was fetched (to see caching and refresh).</summary>
    public int KeyRequests => Volatile.Read(ref _keyRequests);

    /// <summary>Published key endorsed for msteams and webchat: the normal signer.</summary>
    public PublishedKey TeamsKey { get; private set; } = null!;

    /// <summary>Published key endorsed only for slack.</summary>
    public PublishedKey SlackOnlyKey { get; private set; } = null!;

    /// <summary>Published key without endorsements, as Entra ID's keys (Emulator tokens) are.</summary>
    public PublishedKey EntraKey { get; private set; } = null!;

    public static async Task<LocalOpenIdServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new LocalOpenIdServer(builder.Build());
        server.TeamsKey = server.Publish("teams-key", ["msteams", "webchat"]);
        server.SlackOnlyKey = server.Publish("slack-key", ["slack"]);
        server.EntraKey = server.Publish("entra-key", null);
        server.MapEndpoints();
        await server._app.StartAsync();
        server.BaseUrl = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    /// <summary>Adds a key to the JWKS (e.g. a roll-over after the bot cached the old set).</summary>
    public PublishedKey Publish(string keyId, string[]? endorsements)
    {
        var key = new PublishedKey(keyId, RSA.Create(2048), endorsements);
        lock (_keys) _keys.Add(key);
        return key;
    }

    /// <summary>A channel token as Azure Bot Service would send it; every field can be changed by the test.</summary>
    public string CreateToken(
        PublishedKey? signer = null,
        string issuer = "https://api.botframework.com",
        string audience = AppId,
        string? serviceUrl = TeamsServiceUrl,
        DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256,
        IDictionary<string, object>? extraClaims = null)
    {
        signer ??= TeamsKey;
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddHours(1);
        var claims = new Dictionary<string, object>(extraClaims ?? new Dictionary<string, object>());
        if (serviceUrl is not null)
            claims["serviceurl"] = serviceUrl;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expiry.AddHours(-1),
            NotBefore = expiry.AddHours(-1),
            Expires = expiry,
            Claims = claims,
            SigningCredentials = new SigningCredentials(signer.SecurityKey, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise valid claims.</summary>
    public static string CreateUnsignedToken(string serviceUrl = TeamsServiceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = "https://api.botframework.com", ["aud"] = AppId, ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(), ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        }));
        return $"{header}.{payload}.";
    }

    private void MapEndpoints()
    {
        _app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext http) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = "https://api.botframework.com",
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = BaseUrl + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        _app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref _keyRequests);
            lock (_keys)
                return Results.Json(new { keys = _keys.Select(k => k.ToJwk()).ToArray() });
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        lock (_keys)
            foreach (var key in _keys) key.Rsa.Dispose();
    }

    public sealed record PublishedKey(string KeyId, RSA Rsa, string[]? Endorsements)
    {
        public RsaSecurityKey SecurityKey { get; } = new(Rsa) { KeyId = KeyId };

        public Dictionary<string, object> ToJwk()
        {
            var parameters = Rsa.ExportParameters(false);
            var jwk = new Dictionary<string, object>
            {
                ["kty"] = "RSA", ["use"] = "sig", ["kid"] = KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (Endorsements is not null)
                jwk["endorsements"] = Endorsements;
            return jwk;
        }
    }
}

/// <summary>Shares one <see cref="LocalOpenIdServer"/> across a test class.</summary>
public sealed class LocalOpenIdServerFixture : IAsyncLifetime
{
    public LocalOpenIdServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await LocalOpenIdServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
