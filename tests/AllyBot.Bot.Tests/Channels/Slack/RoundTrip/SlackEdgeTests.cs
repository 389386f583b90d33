using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AllyBot.Bot.Tests.Channels.Slack.Support;
using AllyBot.Builder;
using AllyBot.Builder.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Bot.Tests.Channels.Slack.RoundTrip;

/// <summary>
/// The Slack edge in the real host with a <see cref="RecordingBot"/> in place of the journey, to check exactly
/// what reaches the bot and how its replies are posted.
/// </summary>
public sealed class SlackEdgeTests : IAsyncLifetime
{
    private readonly RecordingBot _bot = new();
    private SlackBotHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await SlackBotHost.StartAsync(services => services.AddSingleton<IBot>(_bot));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<Activity> ReceivedAsync(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (_bot.Received.Count < count && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        Assert.True(_bot.Received.Count >= count, $"expected {count} turn(s), got {_bot.Received.Count}");
        return _bot.Received.ToArray()[count - 1];
    }

    [Fact]
    public async Task Events_AppMention_ReachesTheBotAsAnActivityWithoutTheMention()
    {
        await _host.PostEventAsync(SlackPayloads.AppMention("Ev1", "<@UBOT>  plan for <@U2>", ts: "1800000000.000100", user: "U9"));

        var activity = await ReceivedAsync(1);
        Assert.Equal((ActivityTypes.Message, "slack"), (activity.Type, activity.ChannelId));
        Assert.Equal("plan for <@U2>", activity.Text);
        Assert.Equal("T1:C1:1800000000.000100", activity.Conversation!.Id);
        Assert.Equal(("U9", "UBOT"), (activity.From!.Id, activity.Recipient!.Id));
        Assert.Null(activity.ServiceUrl);
    }

    [Fact]
    public async Task Events_SlowTurn_AcknowledgedWithinThreeSecondsAndAnsweredLater()
    {
        var clock = Stopwatch.StartNew();
        using var response = await _host.PostEventAsync(SlackPayloads.DirectMessage("Ev2", "slow", ts: "1800000000.000200"));
        var acknowledged = clock.Elapsed;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(acknowledged < TimeSpan.FromSeconds(3), $"acknowledged after {acknowledged}");
        Assert.Empty(_host.Slack.Posts);
        var post = Assert.Single(await _host.Slack.WaitForPostsAsync(1));
        Assert.True(clock.Elapsed >= RecordingBot.SlowTurn);
        Assert.Equal("You said: *slow*", post.Text);
    }

    [Fact]
    public async Task Events_RetriedEvent_ProcessedOnce()
    {
        var body = SlackPayloads.DirectMessage("EvRetry", "hello", ts: "1800000000.000300");

        using var first = await _host.PostEventAsync(body);
        using var retry1 = await _host.PostEventAsync(body, retryNum: 1);
        await _host.Slack.WaitForPostsAsync(1);
        using var retry2 = await _host.PostEventAsync(body, retryNum: 2);
        await Task.Delay(500);

        Assert.All(new[] { first, retry1, retry2 }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(_bot.Received);
        Assert.Single(_host.Slack.Posts);
    }

    [Fact]
    public async Task Events_ManyMessagesInOneConversation_RunInArrivalOrder()
    {
        for (var i = 0; i < 12; i++)
            await _host.PostEventAsync(SlackPayloads.DirectMessage($"EvOrder{i}", $"m{i}", ts: $"1800000000.0010{i:D2}"));

        await _host.Slack.WaitForPostsAsync(12);

        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"m{i}"), _bot.Received.Select(a => a.Text));
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"You said: *m{i}*"), _host.Slack.Posts.Select(p => p.Text));
    }

    [Theory]
    [InlineData("bad-signature")]
    [InlineData("stale")]
    [InlineData("future")]
    [InlineData("missing")]
    public async Task Events_InvalidSignature_401ProblemAndNothingProcessed(string kind)
    {
        var body = SlackPayloads.DirectMessage("EvBad", "hello", ts: "1800000000.000400");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var response = kind switch
        {
            "bad-signature" => await _host.PostEventAsync(body, signature: "v0=" + new string('0', 64)),
            "stale" => await _host.PostEventAsync(body, timestamp: now - 400),
            "future" => await _host.PostEventAsync(body, timestamp: now + 400),
            _ => await _host.Http.PostAsync("/api/slack/events", new StringContent(body)),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        await Task.Delay(300);
        Assert.Empty(_bot.Received);
        Assert.Empty(_host.Slack.Calls);
    }

    [Fact]
    public async Task Interactions_And_Commands_BadSignature_401()
    {
        using var interaction = await _host.PostSignedAsync("/api/slack/interactions", "payload=%7B%7D", "application/x-www-form-urlencoded", signature: "v0=00");
        using var command = await _host.PostSignedAsync("/api/slack/commands", "command=%2Fallybot", "application/x-www-form-urlencoded",
            timestamp: DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 3600);

        Assert.Equal(HttpStatusCode.Unauthorized, interaction.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, command.StatusCode);
    }

    [Fact]
    public async Task Events_BotMessagesAndEdits_AcknowledgedAndIgnored()
    {
        using var bot = await _host.PostEventAsync(SlackPayloads.BotDirectMessage("EvBot", "1800000000.000500"));
        using var edit = await _host.PostEventAsync(SlackPayloads.Envelope("EvEdit",
            """{"type":"message","subtype":"message_changed","channel_type":"im","channel":"D1","ts":"1800000000.000600","message":{"text":"x"}}"""));
        using var own = await _host.PostEventAsync(SlackPayloads.DirectMessage("EvOwn", "echo", ts: "1800000000.000700", user: "UBOT"));

        Assert.All(new[] { bot, edit, own }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await Task.Delay(300);
        Assert.Empty(_bot.Received);
        Assert.Empty(_host.Slack.Posts);
    }

    [Theory]
    [InlineData("/api/slack/events", "not json", "application/json")]
    [InlineData("/api/slack/events", """{"no":"type"}""", "application/json")]
    [InlineData("/api/slack/interactions", "nopayload=1", "application/x-www-form-urlencoded")]
    [InlineData("/api/slack/interactions", "payload=%7Bbroken", "application/x-www-form-urlencoded")]
    [InlineData("/api/slack/commands", "text=prep", "application/x-www-form-urlencoded")]
    public async Task Endpoints_SignedButMalformed_400Problem(string path, string body, string contentType)
    {
        using var response = await _host.PostSignedAsync(path, body, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Replies_TypingAndEventsNotPosted_MessageHasButtonsAndFallback()
    {
        await _host.PostEventAsync(SlackPayloads.DirectMessage("Ev3", "hi", ts: "1800000000.000800"));

        var post = Assert.Single(await _host.Slack.WaitForPostsAsync(1));
        await Task.Delay(200);
        Assert.Single(_host.Slack.Posts);   // typing and the event activity were not posted
        Assert.Equal("You said: *hi*", post.Text);
        Assert.Equal(["Yes", "No"], post.Buttons().Select(b => b.Value));
        Assert.Equal(2, post.Buttons().Select(b => b.ActionId).Distinct().Count());
    }

    [Fact]
    public async Task Replies_AdaptiveCard_PostedAsHeaderFieldsAndButton()
    {
        await _host.PostEventAsync(SlackPayloads.DirectMessage("Ev4", "card", ts: "1800000000.000900"));

        var post = Assert.Single(await _host.Slack.WaitForPostsAsync(1));
        var types = post.Blocks.EnumerateArray().Select(b => b.GetProperty("type").GetString()).ToList();
        Assert.Equal(["header", "section", "actions"], types);
        Assert.Equal("Your coalition plan", post.Text);
        Assert.Equal(2, post.Blocks[1].GetProperty("fields").GetArrayLength());
        Assert.Equal("draft pitches", post.Buttons()[0].Value);
    }

    [Fact]
    public async Task Replies_LongText_SplitAcrossMessagesOfAtMost50Blocks()
    {
        await _host.PostEventAsync(SlackPayloads.AppMention("Ev5", "<@UBOT> long", ts: "1800000000.001000"));

        var posts = await _host.Slack.WaitForPostsAsync(2);
        await Task.Delay(200);

        Assert.Equal([50, 10], _host.Slack.Posts.Select(p => p.Blocks.GetArrayLength()));
        Assert.All(posts, p => Assert.Equal("1800000000.001000", p.ThreadTs));
        Assert.All(posts.SelectMany(p => p.Blocks.EnumerateArray()),
            b => Assert.InRange(b.GetProperty("text").GetProperty("text").GetString()!.Length, 1, 3000));
    }

    [Fact]
    public async Task Interactions_ButtonInChannelThread_BecomesTheUsersMessageInThatThread()
    {
        using var response = await _host.PostInteractionAsync(
            SlackPayloads.ButtonClick("C1", messageTs: "1800000000.002000", threadTs: "1800000000.001500", "allybot-1", "Nurses' union", user: "U5"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activity = await ReceivedAsync(1);
        Assert.Equal("Nurses' union", activity.Text);
        Assert.Equal("Nurses' union", activity.Value);
        Assert.Equal("U5", activity.From!.Id);
        Assert.Equal("T1:C1:1800000000.001500", activity.Conversation!.Id);
        var post = Assert.Single(await _host.Slack.WaitForPostsAsync(1));
        Assert.Equal(("C1", "1800000000.001500"), (post.Channel, post.ThreadTs));
    }

    [Fact]
    public async Task Commands_Prep_SendsPrepWithTheRestOfTheText()
    {
        using var response = await _host.PostCommandAsync(SlackPayloads.SlashCommand("prep nurses' union president at 3"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activity = await ReceivedAsync(1);
        Assert.Equal("prep nurses' union president at 3", activity.Text);
        Assert.Equal("T1:DU1", activity.Conversation!.Id);
        Assert.Equal("U1", activity.From!.Id);
    }

    [Fact]
    public async Task Commands_UnknownSubCommand_UsageAndNoTurn()
    {
        using var response = await _host.PostCommandAsync(SlackPayloads.SlashCommand("dance"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ephemeral", body.GetProperty("response_type").GetString());
        Assert.Contains("/allybot", body.GetProperty("text").GetString());
        await Task.Delay(300);
        Assert.Empty(_bot.Received);
    }

    [Fact]
    public async Task Commands_ConversationsOpenRefused_FallsBackToTheUserId()
    {
        _host.Slack.Script("conversations.open", 200, new { ok = false, error = "missing_scope" });

        await _host.PostCommandAsync(SlackPayloads.SlashCommand("help", user: "U8"));

        var post = Assert.Single(await _host.Slack.WaitForPostsAsync(1));
        Assert.Equal("U8", post.Channel);
        Assert.Equal("T1:U8", (await ReceivedAsync(1)).Conversation!.Id);
    }
}
