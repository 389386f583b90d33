using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AllyBot.Bot.Channels.Slack;
using AllyBot.Bot.Tests.Channels.Slack.Support;
using AllyBot.Bot.Tests.Infrastructure;

namespace AllyBot.Bot.Tests.Channels.Slack.RoundTrip;

/// <summary>
/// The real host with the real coaching journey, Slack requests signed as Slack signs them, and replies captured
/// by a fake Slack Web API on 127.0.0.1. Assertions are about structure and round-trips (where replies go, that
/// the conversation advances, that buttons come back); the expected words are looked up in the content library.
/// </summary>
public sealed class SlackRoundTripTests : IAsyncLifetime
{
    private const string Chapter = "Riverside AMSA chapter";
    private const string Goal = "Single-payer health insurance in our state";

    /// <summary>Slack events carry only the user's id, so the greeting has no name in it.</summary>
    private static readonly string Welcome = JourneyText.Welcome(user: null);
    private static readonly string AskStart = JourneyText.Question("welcome", "start");
    private static readonly string AskName = JourneyText.Question("welcome", "your-name");
    private static readonly string FullPlan = JourneyText.Choice("welcome", "start", "full-plan");

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
        var posts = await _host.Slack.WaitForPostsAsync(2);
        Assert.Equal([Welcome, AskStart], posts.Select(p => p.Text));   // a new conversation: welcome, then the first question
        Assert.All(posts, post =>
        {
            Assert.Equal(("C1", "1800000000.000100"), (post.Channel, post.ThreadTs));
            Assert.Equal($"Bearer {SlackBotHost.BotToken}", post.Authorization);
            var first = post.Blocks[0];
            Assert.Equal("section", first.GetProperty("type").GetString());
            Assert.Equal("mrkdwn", first.GetProperty("text").GetProperty("type").GetString());
        });
    }

    [Fact]
    public async Task Events_MentionInTheSameThread_ContinuesTheConversation()
    {
        await _host.PostEventAsync(SlackPayloads.AppMention("Ev200", "<@UBOT> hello", ts: "1800000000.000200"));
        await _host.Slack.WaitForPostsAsync(2);

        await _host.PostEventAsync(SlackPayloads.AppMention("Ev201", $"<@UBOT> {FullPlan}", ts: "1800000000.000300", threadTs: "1800000000.000200"));
        var posts = await _host.Slack.WaitForPostsAsync(3);

        Assert.All(posts, p => Assert.Equal(("C1", "1800000000.000200"), (p.Channel, p.ThreadTs)));
        Assert.Equal([Welcome, AskStart, AskName], posts.Select(p => p.Text));   // the choice was taken; the next question follows
        Assert.Equal(JourneyText.ChoiceTitles("welcome", "start"), posts[1].Buttons().Select(b => b.Text));
    }

    [Fact]
    public async Task Events_MentionsInDifferentThreads_AreSeparateConversations()
    {
        await _host.PostEventAsync(SlackPayloads.AppMention("Ev300", "<@UBOT> hello", ts: "1800000000.000400"));
        await _host.Slack.WaitForPostsAsync(2);
        await _host.PostEventAsync(SlackPayloads.AppMention("Ev301", "<@UBOT> hello", ts: "1800000000.000500"));
        var posts = await _host.Slack.WaitForPostsAsync(4);

        Assert.Equal(["1800000000.000400", "1800000000.000400", "1800000000.000500", "1800000000.000500"], posts.Select(p => p.ThreadTs));
        // Both start from the beginning: in one conversation the second "hello" would have been taken as an answer.
        Assert.Equal([Welcome, AskStart, Welcome, AskStart], posts.Select(p => p.Text));
    }

    [Fact]
    public async Task Events_DirectMessage_RepliesInTheDmWithoutThread()
    {
        using var response = await _host.PostEventAsync(SlackPayloads.DirectMessage("Ev400", "hello", ts: "1800000000.000600"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = await _host.Slack.WaitForPostsAsync(2);
        Assert.Equal([Welcome, AskStart], posts.Select(p => p.Text));
        Assert.All(posts, post =>
        {
            Assert.Equal("D1", post.Channel);
            Assert.Null(post.ThreadTs);
            Assert.NotEmpty(post.Blocks.EnumerateArray());
        });
    }

    [Fact]
    public async Task Interactions_ClickOnARenderedButton_AnswersThePrompt()
    {
        // In a DM: hello, then the welcome and the first question with its buttons.
        var question = (await SayInDmAsync("hello", expectedPosts: 2))[1];
        Assert.Equal(AskStart, question.Text);
        var fullPlan = Assert.Single(question.Buttons(), b => b.Text == FullPlan);

        using var response = await _host.PostInteractionAsync(
            SlackPayloads.ButtonClick("D1", messageTs: "1800000000.000001", threadTs: null, fullPlan.ActionId, fullPlan.Value!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = (await _host.Slack.WaitForPostsAsync(3)).Skip(2).ToList();
        Assert.Equal([AskName], replies.Select(r => r.Text));
        Assert.All(replies, r => Assert.Equal(("D1", null), (r.Channel, r.ThreadTs)));
        Assert.All(replies, r => Assert.Empty(r.Buttons()));   // the choice was taken: the journey moved on to a free-text question

        // The next message answers the name question: the click's turn saved the conversation state.
        var goal = (await SayInDmAsync(Chapter, expectedPosts: 5)).Skip(3).ToList();
        Assert.Equal([JourneyText.GoalIntro(), JourneyText.Question("goal", "largest-goal")], goal.Select(r => r.Text));
    }

    [Fact]
    public async Task Interactions_PlanCardButton_SendsItsChoiceToTheJourney()
    {
        await SayInDmAsync("hello", expectedPosts: 2);
        await SayInDmAsync(FullPlan, expectedPosts: 3);
        await SayInDmAsync(Chapter, expectedPosts: 5);
        await SayInDmAsync(Goal, expectedPosts: 6);

        // "plan" at the issue question: the plan card (as Block Kit, no event activity on Slack), then the question again.
        var posts = await SayInDmAsync("plan", expectedPosts: 8);
        var card = posts[6];
        Assert.Equal(JourneyText.Text("interruptions", "plan-header", ("goal", Goal)), card.Text);
        var cardText = card.Blocks.GetRawText();
        Assert.Contains(JourneyText.Text("plan", "title"), cardText, StringComparison.Ordinal);
        Assert.Contains(Goal, cardText, StringComparison.Ordinal);
        Assert.Equal(new[] { "export", "menu", "delete" }.Select(c => JourneyText.Text("plan", $"button-{c}")), card.Buttons().Select(b => b.Text));
        Assert.Equal(JourneyText.Question("goal", "issue"), posts[7].Text);

        var export = card.Buttons()[0];
        await _host.PostInteractionAsync(SlackPayloads.ButtonClick("D1", messageTs: "1800000000.000002", threadTs: null, export.ActionId, export.Value!));

        var exported = (await _host.Slack.WaitForPostsAsync(11)).Skip(8).ToList();
        Assert.Equal(JourneyText.Text("interruptions", "export-ready"), exported[0].Text);
        Assert.Contains(Goal, exported[1].Text, StringComparison.Ordinal);
        Assert.Contains(Chapter, exported[1].Text, StringComparison.Ordinal);
        Assert.Equal(JourneyText.Question("goal", "issue"), exported[2].Text);   // and the open question is asked again
    }

    [Fact]
    public async Task Commands_Allybot_AcksEphemerallyAndRepliesInTheUsersDm()
    {
        using var response = await _host.PostCommandAsync(SlackPayloads.SlashCommand("start", user: "U7"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ack = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ephemeral", ack.GetProperty("response_type").GetString());
        Assert.Equal(new SlackOptions().CommandAckText, ack.GetProperty("text").GetString());

        // A new user's "/allybot start": the welcome (with the name the command carried) and the first question.
        var posts = await _host.Slack.WaitForPostsAsync(2);
        Assert.Equal([JourneyText.Welcome("ana"), AskStart], posts.Select(p => p.Text));
        Assert.All(posts, p => Assert.Equal(("DU7", null), (p.Channel, p.ThreadTs)));   // the DM channel conversations.open returned
        Assert.Contains(_host.Slack.Calls, c => c.Method == "conversations.open" && c.Body.GetProperty("users").GetString() == "U7");

        // Answering in that DM continues the same conversation.
        await _host.PostEventAsync(SlackPayloads.DirectMessage("Ev600", FullPlan, ts: "1800000000.000900", channel: "DU7", user: "U7"));
        var next = (await _host.Slack.WaitForPostsAsync(3))[2];
        Assert.Equal(("DU7", AskName), (next.Channel, next.Text));
    }

    private int _dmEvents;

    /// <summary>The user writes in their DM with the bot (D1); waits until <paramref name="expectedPosts"/> messages were posted in all.</summary>
    private async Task<IReadOnlyList<SlackApiCall>> SayInDmAsync(string text, int expectedPosts)
    {
        var n = Interlocked.Increment(ref _dmEvents);
        using var response = await _host.PostEventAsync(SlackPayloads.DirectMessage($"EvDm{n}", text, ts: $"1800000200.{n:D6}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await _host.Slack.WaitForPostsAsync(expectedPosts);
    }
}
