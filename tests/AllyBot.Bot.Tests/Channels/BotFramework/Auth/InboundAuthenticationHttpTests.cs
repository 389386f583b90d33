using System.Net;
using System.Security.Cryptography;
using AllyBot.Bot.Tests.Channels.BotFramework.Teams;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Auth;

/// <summary>
/// The real host with a MicrosoftAppId, against a local OpenID server (signing keys with endorsements), a
/// local token endpoint and a fake connector, all on Kestrel at 127.0.0.1. A valid channel token gets the
/// activity processed and the reply sent with the bot's own token; every bad token gets 401 problem details
/// and no turn.
/// </summary>
public sealed class InboundAuthenticationHttpTests : IClassFixture<InboundAuthenticationHttpTests.Servers>
{
    private readonly Servers _servers;

    public InboundAuthenticationHttpTests(Servers servers) => _servers = servers;

    public enum BadToken { Expired, WrongAudience, WrongIssuer, BadSignature, AlgNone, ServiceUrlMismatch, MissingHeader, UnendorsedChannel, NotBearer }

    private Activity TeamsMessage(string conversationId, string activityId)
    {
        var activity = TeamsActivities.Personal("hello", conversationId);
        activity.Id = activityId;
        activity.ServiceUrl = _servers.Connector.ServiceUrl;
        return activity;
    }

    private async Task<HttpResponseMessage> PostAsync(Activity activity, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(BuilderJson.Serialize(activity), System.Text.Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await _servers.Client.SendAsync(request);
    }

    private string ValidToken() => _servers.OpenId.CreateToken(serviceUrl: _servers.Connector.ServiceUrl);

    [Fact]
    public async Task Post_ValidChannelToken_ProcessedAndReplySentWithBotToken()
    {
        var conversation = "a:valid-" + Guid.NewGuid().ToString("N");

        using var response = await PostAsync(TeamsMessage(conversation, "m-valid"), "Bearer " + ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = (await _servers.Connector.WaitForAsync(1))
            .Where(r => r.RawTarget.Contains(Uri.EscapeDataString(conversation)) && r.Body.Contains("\"type\":\"message\"")).ToList();
        Assert.Contains("echo: hello", Assert.Single(sent).Body);
        Assert.Equal("Bearer token-1", sent[0].Authorization);
        Assert.Contains(_servers.Bot.Seen, a => a.Conversation?.Id == conversation && a.CallerId == null);
    }

    [Theory]
    [InlineData(BadToken.Expired)]
    [InlineData(BadToken.WrongAudience)]
    [InlineData(BadToken.WrongIssuer)]
    [InlineData(BadToken.BadSignature)]
    [InlineData(BadToken.AlgNone)]
    [InlineData(BadToken.ServiceUrlMismatch)]
    [InlineData(BadToken.MissingHeader)]
    [InlineData(BadToken.UnendorsedChannel)]
    [InlineData(BadToken.NotBearer)]
    public async Task Post_BadToken_401ProblemDetailsAndNothingProcessed(BadToken bad)
    {
        var conversation = $"a:{bad}-{Guid.NewGuid():N}";
        var activity = TeamsMessage(conversation, "m-" + bad);
        var header = bad switch
        {
            BadToken.Expired => "Bearer " + _servers.OpenId.CreateToken(serviceUrl: activity.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-10)),
            BadToken.WrongAudience => "Bearer " + _servers.OpenId.CreateToken(serviceUrl: activity.ServiceUrl, audience: Guid.NewGuid().ToString()),
            BadToken.WrongIssuer => "Bearer " + _servers.OpenId.CreateToken(serviceUrl: activity.ServiceUrl, issuer: "https://api.botframework.com.evil.example"),
            BadToken.BadSignature => "Bearer " + _servers.OpenId.CreateToken(serviceUrl: activity.ServiceUrl, signer: _servers.Forger),
            BadToken.AlgNone => "Bearer " + LocalOpenIdServer.CreateUnsignedToken(activity.ServiceUrl!),
            BadToken.ServiceUrlMismatch => "Bearer " + _servers.OpenId.CreateToken(serviceUrl: "https://smba.trafficmanager.net/emea/"),
            BadToken.MissingHeader => null,
            BadToken.UnendorsedChannel => "Bearer " + _servers.OpenId.CreateToken(serviceUrl: activity.ServiceUrl, signer: _servers.OpenId.SlackOnlyKey),
            BadToken.NotBearer => "Basic " + Convert.ToBase64String("app:secret"u8.ToArray()),
            _ => throw new ArgumentOutOfRangeException(nameof(bad)),
        };

        using var refused = await PostAsync(activity, header);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(_servers.Bot.Seen, a => a.Conversation?.Id == conversation);

        // Proof that no turn ran: the same activity id, now with a valid token, is not a "repeated delivery".
        using var accepted = await PostAsync(activity, "Bearer " + ValidToken());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Single(_servers.Bot.Seen, a => a.Conversation?.Id == conversation);
    }

    /// <summary>The bot host, OpenID server, token endpoint and connector, shared by the tests of this class.</summary>
    public sealed class Servers : IAsyncLifetime
    {
        private readonly TempFolder _folder = new();
        private BotHostFactory _host = null!;

        public LocalOpenIdServer OpenId { get; private set; } = null!;

        public FakeTokenEndpointAndConnector TokenEndpoint { get; private set; } = null!;

        public FakeConnector Connector { get; private set; } = null!;

        public EchoBot Bot { get; } = new();

        public HttpClient Client { get; private set; } = null!;

        /// <summary>An unpublished key that claims the published key's id.</summary>
        public LocalOpenIdServer.PublishedKey Forger { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            OpenId = await LocalOpenIdServer.StartAsync();
            TokenEndpoint = await FakeTokenEndpointAndConnector.StartAsync();
            Connector = await FakeConnector.StartAsync();
            Forger = new LocalOpenIdServer.PublishedKey(OpenId.TeamsKey.KeyId, RSA.Create(2048), null);
            _host = new BotHostFactory(_folder.File("bot.db"), new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = LocalOpenIdServer.AppId,
                ["MicrosoftAppPassword"] = "test-secret",
                ["BotFramework:OpenIdMetadataUrl"] = OpenId.MetadataUrl,
                ["BotFramework:EmulatorOpenIdMetadataUrl"] = OpenId.MetadataUrl,
                ["BotFramework:TokenEndpoint"] = TokenEndpoint.TokenEndpoint,
            }, services => services.Replace(ServiceDescriptor.Singleton<IBot>(Bot)));
            Client = _host.StartAndCreateClient();
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await _host.DisposeAsync();
            await Connector.DisposeAsync();
            await TokenEndpoint.DisposeAsync();
            await OpenId.DisposeAsync();
            Forger.Rsa.Dispose();
            _folder.Dispose();
        }
    }
}
