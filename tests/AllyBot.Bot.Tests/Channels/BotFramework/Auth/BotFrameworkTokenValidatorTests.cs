using System.Security.Cryptography;
using AllyBot.Bot.Channels.BotFramework;
using AllyBot.Bot.Channels.BotFramework.Auth;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Auth;

/// <summary>The JWT checks of docs/protocols.md §3a, against signing keys served by a real local OpenID server.</summary>
public sealed class BotFrameworkTokenValidatorTests(LocalOpenIdServerFixture fixture) : IClassFixture<LocalOpenIdServerFixture>, IAsyncLifetime
{
    private const string Teams = "msteams";
    private const string ServiceUrl = LocalOpenIdServer.TeamsServiceUrl;

    private LocalOpenIdServer _server = null!;
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        // One server (RSA keys are slow to make); a fresh validator, with an empty key cache, per test.
        _server = fixture.Server;
        _services = BuildServices(LocalOpenIdServer.AppId);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private ServiceProvider BuildServices(string? appId, string appType = "MultiTenant", string? tenantId = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = appId is null ? null : "not-a-real-secret",
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppTenantId"] = tenantId,
            ["BotFramework:OpenIdMetadataUrl"] = _server.MetadataUrl,
            ["BotFramework:EmulatorOpenIdMetadataUrl"] = _server.MetadataUrl,
        }).Build();
        return new ServiceCollection().AddLogging().AddBotFrameworkAuthentication(configuration).BuildServiceProvider();
    }

    private Task<ChannelAuthenticationResult> ValidateAsync(string? header, string channelId = Teams, string serviceUrl = ServiceUrl) =>
        _services.GetRequiredService<BotFrameworkTokenValidator>().ValidateAsync(header, channelId, serviceUrl, CancellationToken.None);

    [Fact]
    public async Task ValidateAsync_ValidChannelToken_Succeeds()
    {
        var result = await ValidateAsync("Bearer " + _server.CreateToken());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("https://api.botframework.com", result.Identity!.FindFirst("iss")!.Value);
        Assert.Equal(ServiceUrl, result.Identity.FindFirst("serviceurl")!.Value);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredToken_Fails()
    {
        var result = await ValidateAsync("Bearer " + _server.CreateToken(expires: DateTime.UtcNow.AddMinutes(-6)));

        Assert.False(result.Succeeded);
        Assert.Equal("The token has expired.", result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredWithinFiveMinuteSkew_Succeeds()
    {
        var result = await ValidateAsync("Bearer " + _server.CreateToken(expires: DateTime.UtcNow.AddMinutes(-4)));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_WrongAudience_Fails()
    {
        var result = await ValidateAsync("Bearer " + _server.CreateToken(audience: Guid.NewGuid().ToString()));

        Assert.False(result.Succeeded);
        Assert.Equal("The token's audience is not this bot.", result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_WrongIssuer_Fails()
    {
        var result = await ValidateAsync("Bearer " + _server.CreateToken(issuer: "https://evil.example.com"));

        Assert.False(result.Succeeded);
        Assert.Equal("The token's issuer is not trusted.", result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_SignedByUnpublishedKeyWithPublishedKeyId_Fails()
    {
        using var forger = RSA.Create(2048);
        var impostor = new LocalOpenIdServer.PublishedKey(_server.TeamsKey.KeyId, forger, null);

        var result = await ValidateAsync("Bearer " + _server.CreateToken(signer: impostor));

        Assert.False(result.Succeeded);
        Assert.Equal("The token's signature is invalid.", result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_AlgNone_Fails()
    {
        var result = await ValidateAsync("Bearer " + LocalOpenIdServer.CreateUnsignedToken());

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task ValidateAsync_HmacSignedToken_Fails()
    {
        // HS256 keyed with something public (here: the RSA modulus) is the classic algorithm-confusion attack.
        var modulus = _server.TeamsKey.Rsa.ExportParameters(false).Modulus!;
        var hmacKey = new SymmetricSecurityKey(modulus) { KeyId = _server.TeamsKey.KeyId };
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com", Audience = LocalOpenIdServer.AppId,
            Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
            SigningCredentials = new SigningCredentials(hmacKey, SecurityAlgorithms.HmacSha256),
        });

        var result = await ValidateAsync("Bearer " + token);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task ValidateAsync_Rs512_Succeeds()
    {
        var result = await ValidateAsync("Bearer " + _server.CreateToken(algorithm: SecurityAlgorithms.RsaSha512));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_ServiceUrlClaimDiffersFromActivity_Fails()
    {
        var result = await ValidateAsync("Bearer " + _server.CreateToken(serviceUrl: "https://attacker.example.com/"));

        Assert.False(result.Succeeded);
        Assert.Equal("serviceurl claim mismatch.", result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_NoServiceUrlClaim_Fails()
    {
        var result = await ValidateAsync("Bearer " + _server.CreateToken(serviceUrl: null));

        Assert.False(result.Succeeded);
        Assert.Equal("Missing serviceurl claim.", result.FailureReason);
    }

    [Theory]
    [InlineData(null, "No Authorization header.")]
    [InlineData("", "No Authorization header.")]
    [InlineData("Basic dXNlcjpwYXNz", "The Authorization header is not a Bearer token.")]
    [InlineData("Bearer not-a-jwt", "The bearer token is not a well-formed JWT.")]
    public async Task ValidateAsync_MissingOrMalformedHeader_Fails(string? header, string reason)
    {
        var result = await ValidateAsync(header);

        Assert.False(result.Succeeded);
        Assert.Equal(reason, result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_KeyNotEndorsedForActivityChannel_Fails()
    {
        var result = await ValidateAsync("Bearer " + _server.CreateToken(signer: _server.SlackOnlyKey), channelId: Teams);

        Assert.False(result.Succeeded);
        Assert.Equal("The signing key is not endorsed for channel 'msteams'.", result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_ActivityChannelOutsideKeyEndorsements_Fails()
    {
        var result = await ValidateAsync("Bearer " + _server.CreateToken(), channelId: "directline");

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task ValidateAsync_ManyRequests_FetchesKeysOnce()
    {
        var before = _server.KeyRequests;
        for (var i = 0; i < 5; i++)
            Assert.True((await ValidateAsync("Bearer " + _server.CreateToken())).Succeeded);

        Assert.Equal(before + 1, _server.KeyRequests);
    }

    [Fact]
    public async Task ValidateAsync_KeyPublishedAfterKeysWereCached_RefreshesAndSucceeds()
    {
        var before = _server.KeyRequests;
        Assert.True((await ValidateAsync("Bearer " + _server.CreateToken())).Succeeded);
        var rolled = _server.Publish("rolled-key-" + Guid.NewGuid().ToString("N"), ["msteams"]);

        var result = await ValidateAsync("Bearer " + _server.CreateToken(signer: rolled));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.InRange(_server.KeyRequests - before, 2, 3); // the forced read, plus the cache manager catching up
    }

    [Fact]
    public async Task ValidateAsync_NoAppIdConfigured_AcceptsAnonymously()
    {
        await using var anonymous = BuildServices(appId: null);

        var result = await anonymous.GetRequiredService<BotFrameworkTokenValidator>().ValidateAsync(null, Teams, ServiceUrl, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.False(result.Identity!.IsAuthenticated);
    }

    [Fact]
    public async Task ValidateAsync_EmulatorV2TokenForThisApp_Succeeds()
    {
        var token = _server.CreateToken(signer: _server.EntraKey,
            issuer: "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0", serviceUrl: null,
            extraClaims: new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = LocalOpenIdServer.AppId });

        var result = await ValidateAsync("Bearer " + token, channelId: "emulator", serviceUrl: "http://localhost:5000");

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_EmulatorTokenForAnotherApp_Fails()
    {
        var token = _server.CreateToken(signer: _server.EntraKey,
            issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", serviceUrl: null,
            extraClaims: new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = Guid.NewGuid().ToString() });

        var result = await ValidateAsync("Bearer " + token, channelId: "emulator");

        Assert.False(result.Succeeded);
        Assert.Equal("The 'appid' claim does not name this bot.", result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_TenantIssuerOnMultiTenantBot_Fails()
    {
        var tenant = Guid.NewGuid().ToString();
        var token = _server.CreateToken(signer: _server.EntraKey, issuer: $"https://login.microsoftonline.com/{tenant}/v2.0", serviceUrl: null,
            extraClaims: new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = LocalOpenIdServer.AppId });

        var result = await ValidateAsync("Bearer " + token);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task ValidateAsync_OwnTenantIssuerOnSingleTenantBot_Succeeds()
    {
        var tenant = Guid.NewGuid().ToString();
        await using var singleTenant = BuildServices(LocalOpenIdServer.AppId, "SingleTenant", tenant);
        var token = _server.CreateToken(signer: _server.EntraKey, issuer: $"https://login.microsoftonline.com/{tenant}/v2.0", serviceUrl: null,
            extraClaims: new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = LocalOpenIdServer.AppId });

        var result = await singleTenant.GetRequiredService<BotFrameworkTokenValidator>().ValidateAsync("Bearer " + token, Teams, ServiceUrl, CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_ChannelToken_StampsAzureCallerId()
    {
        var authenticator = new BotFrameworkChannelAuthenticator(_services.GetRequiredService<BotFrameworkTokenValidator>());
        var activity = new Activity { Type = ActivityTypes.Message, ChannelId = Teams, ServiceUrl = ServiceUrl };

        var result = await authenticator.AuthenticateAsync("Bearer " + _server.CreateToken(), activity);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("urn:botframework:azure", activity.CallerId);
    }
}
