using System.Net;
using System.Text.Json;
using AllyBot.Bot.Channels.BotFramework;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllyBot.Bot.Tests.Channels.BotFramework;

/// <summary>Update, delete and proactive sends through the Bot Framework adapter to a real HTTP connector.</summary>
public sealed class ConnectorOperationsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task BotUpdatesThenDeletesAnEarlierReply_PutAndDeleteAtTheActivityPath()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = new BotHostFactory(_folder.File("bot.db"), services: s => s.Replace(ServiceDescriptor.Singleton<IBot, EditingBot>()));
        var bot = new BotClient(host.StartAndCreateClient());

        using var response = await bot.PostAsync(Activities.Message("a:b", "edit sent-1", id: "m;1", serviceUrl: connector.ServiceUrl, expectReplies: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = await connector.WaitForAsync(2);
        Assert.Equal(
        [
            ("PUT", "/v3/conversations/a%3Ab/activities/sent-1"),
            ("DELETE", "/v3/conversations/a%3Ab/activities/sent-1"),
        ], requests.Select(r => (r.Method, r.RawTarget)));
        Assert.Equal("final", JsonDocument.Parse(requests[0].Body).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task BotUpdatesItsReplyWithinTheTurn_OnlyTheFinalTextIsSent()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = new BotHostFactory(_folder.File("bot.db"), services: s => s.Replace(ServiceDescriptor.Singleton<IBot, EditingBot>()));
        var bot = new BotClient(host.StartAndCreateClient());

        using var response = await bot.PostAsync(Activities.Message("a:b", "draft", id: "m;2", serviceUrl: connector.ServiceUrl, expectReplies: false));

        // Replies are held until the turn is saved, so the edit lands before anything is sent.
        var request = Assert.Single(await connector.WaitForAsync(1));
        Assert.Equal(("POST", "/v3/conversations/a%3Ab/activities/m%3B2"), (request.Method, request.RawTarget));
        var sent = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("final", sent.GetProperty("text").GetString());
        Assert.False(sent.TryGetProperty("id", out _), "a held reply's provisional id must not reach the channel");
    }

    [Fact]
    public async Task ContinueConversationAsync_ProactiveMessage_SentToTheConversation()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = new BotHostFactory(_folder.File("bot.db"));
        host.StartAndCreateClient().Dispose();
        var adapter = host.Services.GetRequiredService<BotFrameworkHttpAdapter>();
        var reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = connector.ServiceUrl,
            Conversation = new ConversationAccount("a:personal"),
            Bot = new ChannelAccount("28:bot"),
            User = new ChannelAccount("29:user"),
        };

        await adapter.ContinueConversationAsync("", reference, (turn, ct) => turn.SendActivityAsync("Your meeting is in an hour.", cancellationToken: ct), default);

        var request = Assert.Single(await connector.WaitForAsync(1));
        Assert.Equal(("POST", "/v3/conversations/a%3Apersonal/activities"), (request.Method, request.RawTarget));
        Assert.Equal("29:user", JsonDocument.Parse(request.Body).RootElement.GetProperty("recipient").GetProperty("id").GetString());
    }

    [Fact]
    public async Task UnexpectedFailureOutsideTheTurn_500ProblemDetailsWithoutInternals()
    {
        await using var host = new BotHostFactory(_folder.File("bot.db"), services: s => s.Replace(ServiceDescriptor.Singleton<IChannelRequestAuthenticator, BrokenAuthenticator>()));
        var bot = new BotClient(host.StartAndCreateClient());

        using var response = await bot.PostAsync(Activities.UserJoined("conv-x"));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("secret-internal-detail", body);
        Assert.DoesNotContain("BrokenAuthenticator", body);
    }

    /// <summary>"edit {id}": updates and then deletes that earlier reply; "draft": sends a reply and updates it in the same turn.</summary>
    private sealed class EditingBot : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            if (turnContext.Activity.Text is { } text && text.StartsWith("edit ", StringComparison.Ordinal))
            {
                var earlier = text["edit ".Length..];
                await turnContext.UpdateActivityAsync(new Activity { Type = ActivityTypes.Message, Id = earlier, Text = "final" }, cancellationToken);
                await turnContext.DeleteActivityAsync(earlier, cancellationToken);
                return;
            }
            var sent = await turnContext.SendActivityAsync("draft", cancellationToken: cancellationToken);
            await turnContext.UpdateActivityAsync(new Activity { Type = ActivityTypes.Message, Id = sent!.Id, Text = "final" }, cancellationToken);
        }
    }

    private sealed class BrokenAuthenticator : IChannelRequestAuthenticator
    {
        public Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("secret-internal-detail");
    }
}
