using AllyBot.Bot.Channels.Slack.BlockKit;

namespace AllyBot.Bot.Tests.Channels.Slack.BlockKit;

public sealed class MarkdownToMrkdwnTests
{
    [Theory]
    [InlineData("**bold**", "*bold*")]
    [InlineData("a **bold** word and __another__", "a *bold* word and *another*")]
    [InlineData("*italic* text", "_italic_ text")]
    [InlineData("**bold** and *italic*", "*bold* and _italic_")]
    [InlineData("~~gone~~", "~gone~")]
    [InlineData("[AMSA guide](https://example.org/a?b=1&c=2)", "<https://example.org/a?b=1&amp;c=2|AMSA guide>")]
    [InlineData("see <https://example.org>", "see <https://example.org>")]
    [InlineData("# Your plan", "*Your plan*")]
    [InlineData("- first\n- second", "• first\n• second")]
    [InlineData("* first", "• first")]
    [InlineData("nurses & doctors <together>", "nurses &amp; doctors &lt;together&gt;")]
    [InlineData("2 * 3 * 4", "2 * 3 * 4")]
    [InlineData("snake_case_name stays", "snake_case_name stays")]
    public void Convert_Markdown_ProducesSlackMrkdwn(string markdown, string expected) =>
        Assert.Equal(expected, MarkdownToMrkdwn.Convert(markdown));

    [Fact]
    public void Convert_CodeSpan_IsLeftUnformatted()
    {
        Assert.Equal("run `**not bold**` then *bold*", MarkdownToMrkdwn.Convert("run `**not bold**` then **bold**"));
    }

    [Fact]
    public void Convert_FencedCode_IsLeftUnformatted()
    {
        var markdown = "```\n**raw** [x](y)\n```\n**after**";
        Assert.Equal("```\n**raw** [x](y)\n```\n*after*", MarkdownToMrkdwn.Convert(markdown));
    }

    [Fact]
    public void Convert_BoldLinkText_KeepsLinkIntact()
    {
        Assert.Equal("Read *<https://x.org|the guide>* now", MarkdownToMrkdwn.Convert("Read **[the guide](https://x.org)** now"));
    }

    [Fact]
    public void Convert_PipeInLinkText_DoesNotBreakTheLink()
    {
        Assert.Equal("<https://x.org|a / b>", MarkdownToMrkdwn.Convert("[a | b](https://x.org)"));
    }

    [Fact]
    public void Convert_NullOrEmpty_ReturnsEmpty()
    {
        Assert.Equal("", MarkdownToMrkdwn.Convert(null));
        Assert.Equal("", MarkdownToMrkdwn.Convert(""));
    }

    [Fact]
    public void ToPlainText_RemovesEmphasisAndLinks()
    {
        Assert.Equal("Plan for the guide", MarkdownToMrkdwn.ToPlainText("## **Plan** for [the guide](https://x.org)"));
    }
}
