using AllyBot.Bot.Channels.Slack.BlockKit;

namespace AllyBot.Bot.Tests.Channels.Slack.BlockKit;

public sealed class MrkdwnSplitterTests
{
    [Fact]
    public void Split_ShortText_ReturnsItWhole()
    {
        Assert.Equal(["hello"], MrkdwnSplitter.Split("hello"));
    }

    [Fact]
    public void Split_EmptyText_ReturnsNothing()
    {
        Assert.Empty(MrkdwnSplitter.Split(""));
        Assert.Empty(MrkdwnSplitter.Split("\n\n"));
    }

    [Fact]
    public void Split_LongText_CutsAtParagraphBoundariesUnderTheLimit()
    {
        var paragraph = new string('a', 1200);
        var text = string.Join("\n\n", paragraph, paragraph, paragraph, paragraph);   // 4 × 1200 + 6

        var pieces = MrkdwnSplitter.Split(text);

        Assert.Equal([paragraph + "\n\n" + paragraph, paragraph + "\n\n" + paragraph], pieces);
        Assert.All(pieces, p => Assert.True(p.Length <= SlackLimits.SectionText));
    }

    [Fact]
    public void Split_NoParagraphs_CutsAtLineBreaks()
    {
        var line = new string('b', 999);
        var text = string.Join("\n", Enumerable.Repeat(line, 7));   // 7 × 999 + 6 = 6999

        var pieces = MrkdwnSplitter.Split(text);

        Assert.Equal(3, pieces.Count);
        Assert.All(pieces, p => Assert.True(p.Length <= SlackLimits.SectionText));
        Assert.All(pieces, p => Assert.DoesNotContain("\n\n", p));
        Assert.Equal(text.Replace("\n", ""), string.Concat(pieces).Replace("\n", ""));
    }

    [Fact]
    public void Split_OneLongLine_CutsAtSpaces()
    {
        var text = string.Join(" ", Enumerable.Repeat("word", 1500));   // 7499 characters

        var pieces = MrkdwnSplitter.Split(text);

        Assert.All(pieces, p => Assert.True(p.Length <= SlackLimits.SectionText));
        Assert.All(pieces, p => Assert.Matches("^word( word)*$", p));
        Assert.Equal(1500, pieces.Sum(p => p.Split(' ').Length));
    }

    [Fact]
    public void Split_UnbrokenRun_IsCutHardWithoutLosingCharacters()
    {
        var text = new string('x', 7000);

        var pieces = MrkdwnSplitter.Split(text);

        Assert.Equal([3000, 3000, 1000], pieces.Select(p => p.Length));
    }

    [Fact]
    public void Split_SurrogatePairAtTheLimit_IsNotBroken()
    {
        var text = new string('x', 2999) + "😀" + new string('y', 10);

        var pieces = MrkdwnSplitter.Split(text);

        Assert.Equal(new string('x', 2999), pieces[0]);
        Assert.StartsWith("😀", pieces[1]);
    }
}
