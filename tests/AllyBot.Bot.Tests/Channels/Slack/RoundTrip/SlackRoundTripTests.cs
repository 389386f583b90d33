using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AllyBot.Bot.Tests.Channels.Slack.Support;

namespace AllyBot.Bot.Tests.Channels.Slack.RoundTrip;

/// <summary>
/// The real host with the real (for now, starter) bot, Slack requests signed as Slack signs them, and replies
/// captured by a fake Slack Web API on 127.0.0.1. Assertions are about structure and round-trips (where replies
/// go, that the conversation advances, that buttons come back), not about the coaching wording.
/// </summary>
public sealed class SlackRoundTripTests : IAsyncLifetime
{
    private SlackBotHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackBotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Events_UrlVerification_EchoesTheChallenge()
    {
        using var response = await _host.PostEventAsync(SlackPayloads.UrlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", body.GetProperty("challenge").GetString());
        Assert.DoesNotContain(_host.Slack.Calls, c => c.Method == "chat.postMessage");
    }

    [Fact]
    public async Task Events_AppMention_RepliesInTheMentionsThreadWithBlocks()
    {
        using var response = await _host.PostEventAsync(SlackPayloads.AppMention("Ev100", "<@UBOT> hello", ts: "1800000000.000100"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = Assert.Single(await _host.Slack.WaitForPostsAsync(1));
        Assert.Equal("C1", post.Channel);
        Assert.Equal("1800000000.000100", post.ThreadTs);
        Assert.Equal($"Bearer {SlackBotHost.BotToken}", post.Authorization);
        Assert.False(string.IsNullOrWhiteSpace(post.Text));
        var first = post.Blocks[0];
        Assert.Equal("section", first.GetProperty("type").GetString());
        Assert.Equal("mrkdwn", first.GetProperty("text").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Events_MentionInTheSameThread_ContinuesTheConversation()
    {
        await _host.PostEventAsync(SlackPayloads.AppMention("Ev200", "<@UBOT> hello", ts: "1800000000.000200"));
        await _host.Slack.WaitForPostsAsync(1);

        await _host.PostEventAsync(SlackPayloads.AppMention("Ev201", "<@UBOT> get 500 people tested", ts: "1800000000.000300", threadTs: "1800000000.000200"));
        var posts = await _host.Slack.WaitForPostsAsync(2);

        Assert.All(posts, p => Assert.Equal(("C1", "1800000000.000200"), (p.Channel, p.ThreadTs)));
        Assert.NotEqual(posts[0].Text, posts[1].Text);   // the dialog moved on to its next question
    }

    [Fact]
    public async Task Events_MentionsInDifferentThreads_AreSeparateConversations()
    {
        await _host.PostEventAsync(SlackPayloads.AppMention("Ev300", "<@UBOT> hello", ts: "1800000000.000400"));
        await _host.Slack.WaitForPostsAsync(1);
        await _host.PostEventAsync(SlackPayloads.AppMention("Ev301", "<@UBOT> hello", ts: "1800000000.000500"));
        var posts = await _host.Slack.WaitForPostsAsync(2);

        Assert.Equal(["1800000000.000400", "1800000000.000500"], posts.Select(p => p.ThreadTs));
        Assert.Equal(posts[0].Text, posts[1].Text);   // both start from the beginning
    }

    [Fact]
    public async Task Events_DirectMessage_RepliesInTheDmWithoutThread()
    {
        using var response = await _host.PostEventAsync(SlackPayloads.DirectMessage("Ev400", "hello", ts: "1800000000.000600"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = Assert.Single(await _host.Slack.WaitForPostsAsync(1));
        Assert.Equal("D1", post.Channel);
        Assert.Null(post.ThreadTs);
        Assert.NotEmpty(post.Blocks.EnumerateArray());
    }

    [Fact]
    public async Task Interactions_ClickOnARenderedButton_AnswersThePrompt()
    {
        // Walk the starter journey in a DM up to its yes/no question, then click the rendered "Yes" button.
        string[] answers = ["hello", "get 500 people tested", "the nurses' union"];
        for (var i = 0; i < answers.Length; i++)
        {
            await _host.PostEventAsync(SlackPayloads.DirectMessage($"Ev50{i}", answers[i], ts: $"1800000000.00070{i}"));
            await _host.Slack.WaitForPostsAsync(i + 1);
        }
        var question = _host.Slack.Posts[^1];
        var buttons = question.Buttons();
        Assert.True(buttons.Count >= 2, "the confirmation should offer buttons");
        var yes = buttons[0];

        using var response = await _host.PostInteractionAsync(
            SlackPayloads.ButtonClick("D1", messageTs: "1800000000.000001", threadTs: null, yes.ActionId, yes.Value!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await _host.Slack.WaitForPostsAsync(4))[3];
        Assert.Equal("D1", reply.Channel);
        Assert.Null(reply.ThreadTs);
        Assert.NotEqual(question.Text, reply.Text);
        Assert.Empty(reply.Buttons());   // the journey finished instead of asking again

        // The next message starts over: the conversation state was saved by the click's turn.
        await _host.PostEventAsync(SlackPayloads.DirectMessage("Ev510", "again", ts: "1800000000.000800"));
        Assert.Equal(_host.Slack.Posts[0].Text, (await _host.Slack.WaitForPostsAsync(5))[4].Text);
    }

    [Fact]
    public async Task Commands_Allybot_AcksEphemerallyAndRepliesInTheUsersDm()
    {
        using var response = await _host.PostCommandAsync(SlackPayloads.SlashCommand("start", user: "U7"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ack = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ephemeral", ack.GetProperty("response_type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(ack.GetProperty("text").GetString()));

        var post = Assert.Single(await _host.Slack.WaitForPostsAsync(1));
        Assert.Equal("DU7", post.Channel);   // the DM channel conversations.open returned
        Assert.Null(post.ThreadTs);
        Assert.Contains(_host.Slack.Calls, c => c.Method == "conversations.open" && c.Body.GetProperty("users").GetString() == "U7");

        // Answering in that DM continues the same conversation.
        await _host.PostEventAsync(SlackPayloads.DirectMessage("Ev600", "get 500 people tested", ts: "1800000000.000900", channel: "DU7", user: "U7"));
        var posts = await _host.Slack.WaitForPostsAsync(2);
        Assert.Equal("DU7", posts[1].Channel);
        Assert.NotEqual(posts[0].Text, posts[1].Text);
    }
}
