using System.Text.Json;
using AllyBot.Bot.Channels.Slack.BlockKit;

namespace AllyBot.Bot.Tests.Channels.Slack.BlockKit;

public sealed class AdaptiveCardToBlocksTests
{
    private static IReadOnlyList<SlackBlock> Convert(string cardJson) =>
        AdaptiveCardToBlocks.Convert(JsonDocument.Parse(cardJson).RootElement, new SlackButtonFactory());

    [Fact]
    public void Convert_PlanCard_HeaderSectionsFieldsAndButtons()
    {
        var blocks = Convert("""
            {"type":"AdaptiveCard","version":"1.5","body":[
              {"type":"TextBlock","text":"Your coalition plan","size":"Large","weight":"Bolder"},
              {"type":"TextBlock","text":"Goal: **get 500 people tested**","wrap":true},
              {"type":"TextBlock","text":"By June","isSubtle":true},
              {"type":"FactSet","facts":[{"title":"Ally","value":"Nurses' union"},{"title":"Best contact","value":"Ana, president"}]},
              {"type":"Container","items":[{"type":"TextBlock","text":"Value exchange","weight":"Bolder"}]},
              {"type":"ColumnSet","columns":[
                {"type":"Column","items":[{"type":"TextBlock","text":"Their interest"}]},
                {"type":"Column","items":[{"type":"TextBlock","text":"Our offer"}]}]}
            ],
            "actions":[
              {"type":"Action.Submit","title":"Draft pitches","data":"draft pitches"},
              {"type":"Action.Submit","title":"Edit","data":{"action":"edit","step":2}},
              {"type":"Action.OpenUrl","title":"Guide","url":"https://example.org/guide"},
              {"type":"Action.ShowCard","title":"More","card":{"type":"AdaptiveCard"}}
            ]}
            """);

        Assert.Equal(new HeaderBlock(SlackText.Plain("Your coalition plan")), blocks[0]);
        Assert.Equal(SlackText.Mrkdwn("Goal: *get 500 people tested*\nBy June"), Assert.IsType<SectionBlock>(blocks[1]).Text);
        var facts = Assert.IsType<SectionBlock>(blocks[2]);
        Assert.Null(facts.Text);
        Assert.Equal(["*Ally*\nNurses' union", "*Best contact*\nAna, president"], facts.Fields!.Select(f => f.Text));
        Assert.Equal(SlackText.Mrkdwn("*Value exchange*\nTheir interest\nOur offer"), Assert.IsType<SectionBlock>(blocks[3]).Text);
        var buttons = Assert.IsType<ActionsBlock>(blocks[4]).Elements;
        Assert.Equal(["Draft pitches", "Edit", "Guide"], buttons.Select(b => b.Text.Text));
        Assert.Equal("draft pitches", buttons[0].Value);
        Assert.Equal("""{"action":"edit","step":2}""", buttons[1].Value);
        Assert.Equal("https://example.org/guide", buttons[2].Url);
        Assert.Equal(5, blocks.Count);
    }

    [Fact]
    public void Convert_FactSetOver10Facts_SplitsIntoSectionsOf10Fields()
    {
        var facts = string.Join(",", Enumerable.Range(1, 13).Select(i => $$"""{"title":"T{{i}}","value":"V{{i}}"}"""));
        var blocks = Convert($$"""{"type":"AdaptiveCard","body":[{"type":"FactSet","facts":[{{facts}}]}]}""");

        Assert.Equal([10, 3], blocks.Cast<SectionBlock>().Select(s => s.Fields!.Count));
    }

    [Fact]
    public void Convert_LongFactValue_FieldTruncatedTo2000()
    {
        var blocks = Convert($$"""{"type":"AdaptiveCard","body":[{"type":"FactSet","facts":[{"title":"Notes","value":"{{new string('n', 2500)}}"}]}]}""");

        Assert.Equal(SlackLimits.FieldText, Assert.IsType<SectionBlock>(Assert.Single(blocks)).Fields![0].Text.Length);
    }

    [Fact]
    public void Convert_ActionSetInBody_ButtonsStayInReadingOrder()
    {
        var blocks = Convert("""
            {"type":"AdaptiveCard","body":[
              {"type":"TextBlock","text":"First"},
              {"type":"ActionSet","actions":[{"type":"Action.Submit","title":"Go","data":{"msteams":{"type":"imBack","value":"go on"}}}]},
              {"type":"TextBlock","text":"After"}]}
            """);

        Assert.Equal(SlackText.Mrkdwn("First"), Assert.IsType<SectionBlock>(blocks[0]).Text);
        Assert.Equal("go on", Assert.IsType<ActionsBlock>(blocks[1]).Elements[0].Value);
        Assert.Equal(SlackText.Mrkdwn("After"), Assert.IsType<SectionBlock>(blocks[2]).Text);
    }

    [Fact]
    public void Convert_SubmitWithoutData_SendsItsTitle()
    {
        var blocks = Convert("""{"type":"AdaptiveCard","actions":[{"type":"Action.Submit","title":"Start over"}]}""");

        Assert.Equal("Start over", Assert.IsType<ActionsBlock>(Assert.Single(blocks)).Elements[0].Value);
    }

    [Fact]
    public void Convert_HiddenInputsAndUnknownElements_AreSkipped()
    {
        var blocks = Convert("""
            {"type":"AdaptiveCard","body":[
              {"type":"TextBlock","text":"hidden","isVisible":false},
              {"type":"Input.Text","id":"name"},
              {"type":"Media","sources":[]},
              {"type":"Image","url":"https://example.org/logo.png","altText":"Logo"}]}
            """);

        Assert.Equal(new ImageBlock("https://example.org/logo.png", "Logo"), Assert.Single(blocks));
    }

    [Fact]
    public void Convert_HeadingLongerThan150_BecomesBoldSection()
    {
        var title = new string('h', 160);
        var blocks = Convert($$"""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"{{title}}","style":"heading"}]}""");

        Assert.Equal(SlackText.Mrkdwn($"*{title}*"), Assert.IsType<SectionBlock>(Assert.Single(blocks)).Text);
    }

    [Fact]
    public void FallbackText_PrefersFallbackTextThenFirstTextBlock()
    {
        Assert.Equal("fb", AdaptiveCardToBlocks.FallbackText(JsonDocument.Parse("""{"fallbackText":"fb","body":[{"type":"TextBlock","text":"t"}]}""").RootElement));
        Assert.Equal("inner", AdaptiveCardToBlocks.FallbackText(JsonDocument.Parse("""{"body":[{"type":"Container","items":[{"type":"TextBlock","text":"**inner**"}]}]}""").RootElement));
    }
}
