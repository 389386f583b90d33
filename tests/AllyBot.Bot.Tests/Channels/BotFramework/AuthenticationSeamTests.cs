using System.Net;
using System.Security.Claims;
using AllyBot.Bot.Channels.BotFramework;
using AllyBot.Bot.Hosting;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllyBot.Bot.Tests.Channels.BotFramework;

/// <summary>The inbound auth and outbound token seams, plugged with test implementations over real HTTP.</summary>
public sealed class AuthenticationSeamTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AppIdConfiguredWithoutValidator_Post_401ProblemDetailsAndNoTurn()
    {
        await using var host = new BotHostFactory(_folder.File("bot.db"), new Dictionary<string, string?> { ["MicrosoftAppId"] = "app-1" });
        var bot = new BotClient(host.StartAndCreateClient());

        using var response = await bot.PostAsync(Activities.UserJoined("conv-a"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CustomAuthenticatorAndCredentials_UsedForRequestAndReplies()
    {
        await using var connector = await FakeConnector.StartAsync();
        var identities = new List<ClaimsIdentity?>();
        await using var host = new BotHostFactory(_folder.File("bot.db"), services: services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IChannelRequestAuthenticator>(new HeaderAuthenticator()));
            services.Replace(ServiceDescriptor.Singleton<IConnectorCredentials>(new FixedToken()));
            services.AddSingleton(identities);
            services.Replace(ServiceDescriptor.Singleton<IBot, IdentityRecordingBot>());
        });
        var bot = new BotClient(host.StartAndCreateClient());
        var activity = Activities.Message("conv-a", "hi", id: "m1", serviceUrl: connector.ServiceUrl, expectReplies: false);

        using var refused = await bot.PostAsync(activity);
        bot.Http.DefaultRequestHeaders.Authorization = new("Bearer", "letmein");
        using var accepted = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("channel", Assert.Single(identities)!.AuthenticationType);
        Assert.Equal("Bearer outbound-token", Assert.Single(await connector.WaitForAsync(1)).Authorization);
    }

    private sealed class HeaderAuthenticator : IChannelRequestAuthenticator
    {
        public Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default) =>
            Task.FromResult(authorizationHeader == "Bearer letmein"
                ? ChannelAuthenticationResult.Success(new ClaimsIdentity([new Claim("aud", "app-1")], "channel"))
                : ChannelAuthenticationResult.Failure("Missing or wrong token."));
    }

    private sealed class FixedToken : IConnectorCredentials
    {
        public ValueTask<string?> GetAccessTokenAsync(string serviceUrl, CancellationToken cancellationToken = default) => ValueTask.FromResult<string?>("outbound-token");
    }

    private sealed class IdentityRecordingBot(List<ClaimsIdentity?> identities) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            identities.Add(turnContext.TurnState.Get<ClaimsIdentity>(ChannelAdapterBase.BotIdentityKey));
            await turnContext.SendActivityAsync("ok", cancellationToken: cancellationToken);
        }
    }
}
