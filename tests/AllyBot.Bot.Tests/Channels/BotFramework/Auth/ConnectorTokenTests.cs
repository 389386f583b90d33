using System.Net;
using AllyBot.Bot.Channels.BotFramework;
using AllyBot.Bot.Channels.BotFramework.Auth;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Auth;

/// <summary>The outbound client-credentials token (docs/protocols.md §3b) against a local token endpoint and connector.</summary>
public sealed class ConnectorTokenTests : IAsyncLifetime
{
    private const string AppId = "3c1f0d9a-8e2b-4b7c-9d6e-5f4a3b2c1d0e";
    private const string Secret = "s3cr3t-value";

    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
    private FakeTokenEndpointAndConnector _fake = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeTokenEndpointAndConnector.StartAsync();
        _services = BuildServices(AppId);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private ServiceProvider BuildServices(string? appId)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = Secret,
            ["BotFramework:TokenEndpoint"] = _fake.TokenEndpoint,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(_clock);
        services.AddBotFrameworkAuthentication(configuration);
        services.AddSingleton<IConnectorCredentials, ClientCredentialsConnectorCredentials>();
        services.AddHttpClient(ConnectorClient.HttpClientName).AddConnectorAuthentication();
        services.AddSingleton<ConnectorClient>();
        return services.BuildServiceProvider();
    }

    private ConnectorTokenProvider Tokens => _services.GetRequiredService<ConnectorTokenProvider>();

    [Fact]
    public async Task GetTokenAsync_CalledTwice_RequestsOneClientCredentialsToken()
    {
        var first = await Tokens.GetTokenAsync();
        var second = await Tokens.GetTokenAsync();

        Assert.Equal("token-1", first);
        Assert.Equal(first, second);
        var form = Assert.Single(_fake.TokenRequests);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(AppId, form["client_id"]);
        Assert.Equal(Secret, form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task GetTokenAsync_ConcurrentCallers_ShareOneRequest()
    {
        var tokens = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Tokens.GetTokenAsync()));

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Equal(1, _fake.TokensIssued);
    }

    [Fact]
    public async Task GetTokenAsync_BeforeRenewalMargin_UsesCachedToken()
    {
        await Tokens.GetTokenAsync();
        _clock.Advance(TimeSpan.FromMinutes(54));

        Assert.Equal("token-1", await Tokens.GetTokenAsync());
        Assert.Equal(1, _fake.TokensIssued);
    }

    [Fact]
    public async Task GetTokenAsync_WithinFiveMinutesOfExpiry_FetchesANewToken()
    {
        await Tokens.GetTokenAsync();
        _clock.Advance(TimeSpan.FromMinutes(56));

        Assert.Equal("token-2", await Tokens.GetTokenAsync());
        Assert.Equal(2, _fake.TokensIssued);
    }

    [Fact]
    public async Task GetTokenAsync_ForceRefreshForAlreadyReplacedToken_KeepsTheNewOne()
    {
        await Tokens.GetTokenAsync();
        var second = await Tokens.GetTokenAsync(forceRefresh: true, rejectedToken: "token-1");

        var third = await Tokens.GetTokenAsync(forceRefresh: true, rejectedToken: "token-1");

        Assert.Equal("token-2", second);
        Assert.Equal("token-2", third);
        Assert.Equal(2, _fake.TokensIssued);
    }

    [Fact]
    public async Task ReplyToActivityAsync_ConnectorRefusesToken_RefreshesOnceAndResends()
    {
        var connector = _services.GetRequiredService<ConnectorClient>();
        _fake.RevokedTokens["token-1"] = true;

        var response = await connector.SendToConversationAsync(_fake.ServiceUrl, "a:1;messageid=2", new Activity { Type = ActivityTypes.Message, Text = "hello" });

        Assert.Equal("sent-1", response.Id);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], _fake.ConnectorAuthorizations.ToArray());
        Assert.All(_fake.ConnectorBodies, body => Assert.Contains("\"text\":\"hello\"", body));
        Assert.Equal(2, _fake.TokensIssued);
    }

    [Fact]
    public async Task ReplyToActivityAsync_ConnectorRefusesFreshTokenToo_RetriesOnlyOnce()
    {
        var connector = _services.GetRequiredService<ConnectorClient>();
        _fake.RevokedTokens["token-1"] = true;
        _fake.RevokedTokens["token-2"] = true;

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            connector.SendToConversationAsync(_fake.ServiceUrl, "conv", new Activity { Type = ActivityTypes.Message, Text = "hi" }));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(2, _fake.ConnectorAuthorizations.Count);
        Assert.Equal(2, _fake.TokensIssued);
    }

    [Fact]
    public async Task ReplyToActivityAsync_TokenStillGood_SendsWithCachedToken()
    {
        var connector = _services.GetRequiredService<ConnectorClient>();

        await connector.SendToConversationAsync(_fake.ServiceUrl, "conv", new Activity { Type = ActivityTypes.Message, Text = "one" });
        await connector.SendToConversationAsync(_fake.ServiceUrl, "conv", new Activity { Type = ActivityTypes.Message, Text = "two" });

        Assert.Equal(["Bearer token-1", "Bearer token-1"], _fake.ConnectorAuthorizations.ToArray());
        Assert.Equal(1, _fake.TokensIssued);
    }

    [Fact]
    public async Task ReplyToActivityAsync_NoAppId_SendsNoAuthorizationHeader()
    {
        await using var anonymous = BuildServices(appId: null);
        var connector = anonymous.GetRequiredService<ConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            connector.SendToConversationAsync(_fake.ServiceUrl, "conv", new Activity { Type = ActivityTypes.Message, Text = "hi" }));

        // The fake connector insists on a token, so an anonymous send is refused: proof none was attached.
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal([""], _fake.ConnectorAuthorizations.ToArray());
        Assert.Equal(0, _fake.TokensIssued);
    }

    [Fact]
    public async Task GetTokenAsync_NoPassword_ThrowsNamingTheKeyWithoutCallingTheEndpoint()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId, ["BotFramework:TokenEndpoint"] = _fake.TokenEndpoint,
        }).Build();
        await using var noSecret = new ServiceCollection().AddLogging().AddBotFrameworkAuthentication(configuration).BuildServiceProvider();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => noSecret.GetRequiredService<ConnectorTokenProvider>().GetTokenAsync());

        Assert.Contains("MicrosoftAppPassword", error.Message);
        Assert.Equal(0, _fake.TokensIssued);
    }

    [Fact]
    public async Task GetTokenAsync_TokenEndpointFails_ThrowsWithoutLeakingTheSecret()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = Secret,
            ["BotFramework:TokenEndpoint"] = _fake.BaseUrl + "/no-such-endpoint",
        }).Build();
        await using var broken = new ServiceCollection().AddLogging().AddBotFrameworkAuthentication(configuration).BuildServiceProvider();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => broken.GetRequiredService<ConnectorTokenProvider>().GetTokenAsync());

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.DoesNotContain(Secret, error.Message);
    }
}
