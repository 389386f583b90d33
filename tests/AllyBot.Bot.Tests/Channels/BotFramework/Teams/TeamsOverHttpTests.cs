using System.Net;
using System.Text.Json;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Teams;

/// <summary>The Teams middleware as registered by Program.cs, through the real host's <c>/api/messages</c> on Kestrel.</summary>
public sealed class TeamsOverHttpTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly EchoBot _bot = new();
    private BotHostFactory _host = null!;
    private BotClient _client = null!;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = new BotHostFactory(_folder.File("bot.db"), services: s => s.Replace(ServiceDescriptor.Singleton<IBot>(_bot)));
        _client = new BotClient(_host.StartAndCreateClient());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        _folder.Dispose();
    }

    private static Activity ExpectingReplies(Activity activity)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        return activity;
    }

    [Fact]
    public async Task Post_GroupChatWithoutMention_200AndTheBotNeverSeesIt()
    {
        var replies = await _client.ExchangeAsync(ExpectingReplies(TeamsActivities.GroupChat("who's bringing snacks?")));

        Assert.Empty(replies);
        Assert.Empty(_bot.Seen);
    }

    [Fact]
    public async Task Post_ChannelMessageWithMention_BotSeesTextWithoutMention()
    {
        var replies = await _client.ExchangeAsync(ExpectingReplies(TeamsActivities.Channel("<at>AllyBot</at> plan").WithBotMention()));

        Assert.Equal("echo: plan", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Post_ActionSubmitInPersonalChat_ValueReachesThePromptAsText()
    {
        var replies = await _client.ExchangeAsync(ExpectingReplies(TeamsActivities.Personal("").WithValue("""{"choice":"Campus clinic staff"}""")));

        Assert.Equal("echo: Campus clinic staff", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Post_AdaptiveCardActionInvoke_200WithUniversalActionsBodyAndReplySent()
    {
        var invoke = TeamsActivities.Invoke("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"choose","data":{"choice":"Faith leaders"}},"trigger":"manual"}""");
        invoke.ServiceUrl = _connector.ServiceUrl;

        using var response = await _client.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        // Messages only: a slow first turn may also show Teams' typing indicator.
        var sent = Assert.Single(await _connector.WaitForAsync(1), r => r.Body.Contains("\"type\":\"message\""));
        Assert.Contains("echo: Faith leaders", sent.Body);
    }

    [Fact]
    public async Task Post_UnhandledTeamsInvoke_501()
    {
        var invoke = TeamsActivities.Invoke("composeExtension/query", """{"commandId":"searchAllies"}""");
        invoke.ServiceUrl = _connector.ServiceUrl;

        using var response = await _client.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Post_InstallThenBotAdded_OneWelcome()
    {
        var install = ExpectingReplies(TeamsActivities.InstallationUpdate("add"));
        var added = ExpectingReplies(TeamsActivities.ConversationUpdate(install.Conversation!, added: [TeamsActivities.User, TeamsActivities.Bot]));

        var first = await _client.ExchangeAsync(install);
        var second = await _client.ExchangeAsync(added);

        Assert.Equal("welcome", Assert.Single(first).Text);
        Assert.Empty(second);
    }
}
