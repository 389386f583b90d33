using AllyBot.Bot.Channels.Console;

namespace AllyBot.Bot.Tests.Channels.Console;

public sealed class MarkdownToPlainTextTests
{
    [Theory]
    [InlineData("I'll treat *Moms Against Asthma* as **parents and families**.", "I'll treat Moms Against Asthma as parents and families.")]
    [InlineData("__Your plan__ so far", "Your plan so far")]
    [InlineData("See [the guide](https://example.org/guide).", "See the guide (https://example.org/guide).")]
    [InlineData("* first item\n* second item", "* first item\n* second item")]
    [InlineData("snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4")]
    [InlineData("plain text", "plain text")]
    public void Convert_MarkdownEmphasisAndLinks_ReadAsPlainText(string markdown, string expected)
    {
        Assert.Equal(expected, MarkdownToPlainText.Convert(markdown));
    }
}
