using System.Text.Json;
using System.Text.Json.Nodes;
using AllyBot.Bot.Channels.Slack;
using AllyBot.Bot.Channels.Slack.BlockKit;
using AllyBot.Builder;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.Slack.BlockKit;

public sealed class BlockKitRendererTests
{
    [Fact]
    public void Render_PlainText_OneMrkdwnSectionWithFallback()
    {
        var messages = BlockKitRenderer.Render(MessageFactory.Text("What is your **goal**?"));

        var message = Assert.Single(messages);
        var section = Assert.IsType<SectionBlock>(Assert.Single(message.Blocks));
        Assert.Equal(SlackText.Mrkdwn("What is your *goal*?"), section.Text);
        Assert.Equal("What is your *goal*?", message.Text);
    }

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.Event)]
    [InlineData(ActivityTypes.Trace)]
    [InlineData(ActivityTypes.EndOfConversation)]
    public void Render_NonMessageActivity_PostsNothing(string type)
    {
        Assert.Empty(BlockKitRenderer.Render(new Activity { Type = type, Text = "x", Name = "plan" }));
    }

    [Fact]
    public void Render_EmptyMessage_PostsNothing()
    {
        Assert.Empty(BlockKitRenderer.Render(MessageFactory.Text("  ")));
    }

    [Fact]
    public void Render_LongText_SplitsIntoSectionsUnder3000()
    {
        var paragraphs = Enumerable.Range(0, 10).Select(i => $"Paragraph {i}: " + new string('z', 900));
        var messages = BlockKitRenderer.Render(MessageFactory.Text(string.Join("\n\n", paragraphs)));

        var sections = Assert.Single(messages).Blocks.Cast<SectionBlock>().ToList();
        Assert.True(sections.Count >= 4);
        Assert.All(sections, s => Assert.InRange(s.Text!.Text.Length, 1, SlackLimits.SectionText));
        Assert.All(sections, s => Assert.StartsWith("Paragraph", s.Text!.Text));
        Assert.InRange(messages[0].Text.Length, 1, SlackLimits.FallbackText);
    }

    [Fact]
    public void Render_SuggestedActions_ButtonsWithValuesAndUniqueActionIds()
    {
        var activity = MessageFactory.SuggestedActions(["Get more people tested", "Open a clinic"], "Pick a goal");

        var blocks = Assert.Single(BlockKitRenderer.Render(activity)).Blocks;

        var actions = Assert.IsType<ActionsBlock>(blocks[^1]);
        Assert.Equal(["Get more people tested", "Open a clinic"], actions.Elements.Select(b => b.Value));
        Assert.Equal(["Get more people tested", "Open a clinic"], actions.Elements.Select(b => b.Text.Text));
        Assert.All(actions.Elements, b => Assert.Equal(SlackText.PlainTextType, b.Text.Type));
        Assert.Equal(actions.Elements.Count, actions.Elements.Select(b => b.ActionId).Distinct().Count());
    }

    [Fact]
    public void Render_CardActionTypes_MapToReplyOrLinkButtons()
    {
        var activity = MessageFactory.SuggestedActions(new[]
        {
            new CardAction(ActionTypes.ImBack, "Yes", "yes"),
            new CardAction(ActionTypes.PostBack, "Later", "later"),
            new CardAction(ActionTypes.MessageBack, "Send") { Text = "sent text", Value = new { x = 1 } },
            new CardAction(ActionTypes.OpenUrl, "Guide", "https://example.org/guide"),
            new CardAction(ActionTypes.Call, "Phone", "tel:123"),
        });

        var buttons = Assert.IsType<ActionsBlock>(Assert.Single(Assert.Single(BlockKitRenderer.Render(activity)).Blocks)).Elements;

        Assert.Equal(["yes", "later", "sent text", null], buttons.Select(b => b.Value));
        Assert.Equal("https://example.org/guide", buttons[3].Url);
    }

    [Fact]
    public void Render_LongButtonValueAndTitle_AreKeptInsideSlackLimits()
    {
        var longValue = new string('v', 2500);
        var activity = MessageFactory.SuggestedActions([new CardAction(ActionTypes.ImBack, new string('t', 100), longValue)]);

        var button = Assert.IsType<ActionsBlock>(Assert.Single(Assert.Single(BlockKitRenderer.Render(activity)).Blocks)).Elements[0];

        Assert.Equal(SlackLimits.ButtonValue, button.Value!.Length);
        Assert.Equal(SlackLimits.ButtonText, button.Text.Text.Length);
    }

    [Fact]
    public void Render_MoreThan25Actions_SplitsIntoSeveralActionsBlocks()
    {
        var activity = MessageFactory.SuggestedActions(Enumerable.Range(1, 30).Select(i => $"choice {i}"), "Pick");

        var blocks = Assert.Single(BlockKitRenderer.Render(activity)).Blocks;

        var actions = blocks.OfType<ActionsBlock>().ToList();
        Assert.Equal([25, 5], actions.Select(a => a.Elements.Count));
        Assert.Equal(30, actions.SelectMany(a => a.Elements).Select(b => b.ActionId).Distinct().Count());
    }

    [Fact]
    public void Render_MoreThan50Blocks_SplitsIntoMessagesOfAtMost50InOrder()
    {
        // 70 paragraphs of 2900 characters: each paragraph becomes its own section.
        var text = string.Join("\n\n", Enumerable.Range(0, 70).Select(i => $"{i:D2} " + new string('p', 2897)));
        var activity = MessageFactory.SuggestedActions(["Next"], text);

        var messages = BlockKitRenderer.Render(activity);

        Assert.Equal([50, 21], messages.Select(m => m.Blocks.Count));
        Assert.All(messages, m => Assert.InRange(m.Text.Length, 1, SlackLimits.FallbackText));
        var sections = messages.SelectMany(m => m.Blocks).OfType<SectionBlock>().Select(s => s.Text!.Text[..2]);
        Assert.Equal(Enumerable.Range(0, 70).Select(i => i.ToString("D2")), sections);
        Assert.IsType<ActionsBlock>(messages[^1].Blocks[^1]);
    }

    [Fact]
    public void Render_AdaptiveCardOnly_FallbackComesFromTheCard()
    {
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Your coalition plan","size":"Large"}]}""");
        var activity = MessageFactory.Attachment(new Attachment { ContentType = BlockKitRenderer.AdaptiveCardContentType, Content = card });

        var message = Assert.Single(BlockKitRenderer.Render(activity));

        Assert.Equal("Your coalition plan", message.Text);
        Assert.Equal(new HeaderBlock(SlackText.Plain("Your coalition plan")), Assert.Single(message.Blocks));
    }

    [Fact]
    public void Render_HeroCard_HeaderTextAndButtons()
    {
        var hero = new { title = "Allies", text = "Who shares your **values**?", buttons = new[] { new CardAction(ActionTypes.ImBack, "Nurses", "nurses") } };
        var activity = MessageFactory.Attachment(new Attachment { ContentType = BlockKitRenderer.HeroCardContentType, Content = hero });

        var blocks = Assert.Single(BlockKitRenderer.Render(activity)).Blocks;

        Assert.Equal(new HeaderBlock(SlackText.Plain("Allies")), blocks[0]);
        Assert.Equal(SlackText.Mrkdwn("Who shares your *values*?"), Assert.IsType<SectionBlock>(blocks[1]).Text);
        Assert.Equal("nurses", Assert.IsType<ActionsBlock>(blocks[2]).Elements[0].Value);
    }

    [Fact]
    public void Render_Blocks_SerializeToSlackJsonShape()
    {
        var activity = MessageFactory.SuggestedActions(["Yes"], "Ready?");
        var blocks = Assert.Single(BlockKitRenderer.Render(activity)).Blocks;

        var json = JsonSerializer.Serialize(blocks, SlackJson.Options);

        Assert.Equal(
            """[{"type":"section","text":{"type":"mrkdwn","text":"Ready?"}},{"type":"actions","elements":[{"type":"button","text":{"type":"plain_text","text":"Yes"},"action_id":"allybot-1","value":"Yes"}]}]""",
            json);
    }
}
