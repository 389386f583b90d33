using System.Net;
using System.Text.Json;

namespace AllyBot.Bot.Tests.Channels.DirectLine;

/// <summary>
/// A reload of the chapter page: the page asks the widget token endpoint for its stored conversation and
/// reconnects to it (<c>GET conversations/{id}?watermark=</c>), or gets a new conversation for the same visitor
/// when that one is gone.
/// </summary>
public sealed class DirectLineWidgetResumeTests : IDisposable
{
    private const string WebChatAgent = "DirectLine/3.0 (directlinejs; WebChat/4.18.1 (Full) 0.15.5)";
    private readonly DirectLineTestHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Reload_OwnOpenConversation_GetsATokenForItAndTheWholeHistory()
    {
        using var browser = new WidgetVisitor(host);
        var before = await StartAsync(await browser.GetTokenAsync());
        await host.PostMessageAsync(before, "one");

        var reloaded = await browser.GetTokenAsync(before.Id);
        var (reconnect, conversation) = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{before.Id}?watermark=", reloaded.Token);
        var history = await host.GetActivitiesAsync(new StartedConversation(before.Id, conversation.GetProperty("token").GetString()!, ""));

        Assert.Equal(before.Id, reloaded.ConversationId);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.DoesNotContain("watermark=", conversation.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            [$"{ProtocolTestBot.Welcome} channel=webchat user={reloaded.UserId}", "one", "You said: one"],
            Texts(history));
    }

    [Fact]
    public async Task Reload_ReconnectWithAWatermark_ReplaysOnlyWhatCameAfterIt()
    {
        using var browser = new WidgetVisitor(host);
        var before = await StartAsync(await browser.GetTokenAsync());
        await host.PostMessageAsync(before, "one");

        var reloaded = await browser.GetTokenAsync(before.Id);
        var (_, conversation) = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{before.Id}?watermark=2", reloaded.Token);
        var after = await host.GetActivitiesAsync(new StartedConversation(before.Id, conversation.GetProperty("token").GetString()!, ""), watermark: "2");

        Assert.EndsWith("&watermark=2", conversation.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(["You said: one"], Texts(after));
        Assert.Equal("3", after.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task Reload_ThenTyping_SpeaksAsTheSameUser()
    {
        using var browser = new WidgetVisitor(host);
        var before = await StartAsync(await browser.GetTokenAsync());

        var reloaded = await browser.GetTokenAsync(before.Id);
        await host.PostMessageAsync(new StartedConversation(before.Id, reloaded.Token, ""), "after the reload");
        var echo = (await host.GetActivitiesAsync(before, watermark: "1")).GetProperty("activities")[0];

        Assert.Equal(reloaded.UserId, echo.GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task AnotherVisitorsConversation_IsNeverHandedOut()
    {
        using var victim = new WidgetVisitor(host);
        using var stranger = new WidgetVisitor(host);
        var victims = await StartAsync(await victim.GetTokenAsync());

        var token = await stranger.GetTokenAsync(victims.Id);
        var (response, _) = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{victims.Id}/activities", token.Token);

        Assert.NotEqual(victims.Id, token.ConversationId);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ConversationGone_GivesANewConversationForTheSameVisitor()
    {
        using var browser = new WidgetVisitor(host);
        var first = await browser.GetTokenAsync();
        var before = await StartAsync(first);
        host.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1)); // past ConversationIdleTimeout

        var next = await browser.GetTokenAsync(before.Id);
        var started = await StartAsync(next);
        var welcome = Texts(await host.GetActivitiesAsync(started)).Single();

        Assert.NotEqual(before.Id, next.ConversationId);
        Assert.Equal(first.UserId, next.UserId);
        Assert.Equal($"{ProtocolTestBot.Welcome} channel=webchat user={first.UserId}", welcome);
    }

    [Fact]
    public async Task UnknownConversation_GivesANewOne()
    {
        using var browser = new WidgetVisitor(host);

        var token = await browser.GetTokenAsync("no-such-conversation");

        Assert.NotEqual("no-such-conversation", token.ConversationId);
    }

    /// <summary>What Web Chat does with a token for a new conversation: <c>POST conversations</c>.</summary>
    private async Task<StartedConversation> StartAsync(WidgetToken token)
    {
        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token.Token, new { }, botAgent: WebChatAgent);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return new StartedConversation(body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!, body.GetProperty("streamUrl").GetString()!);
    }

    private static string[] Texts(JsonElement activitySet) =>
        activitySet.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).ToArray();
}
