using AllyBot.Bot.Channels.Slack;
using AllyBot.Bot.Channels.Slack.Endpoints;

namespace AllyBot.Bot.Tests.Channels.Slack.Endpoints;

public sealed class SlackCommandTextTests
{
    [Theory]
    [InlineData("prep", "prep")]
    [InlineData("PREP  nurses' union at 3pm ", "prep nurses' union at 3pm")]
    [InlineData("plan", "plan")]
    [InlineData("help", "help")]
    [InlineData("start", "start over")]
    [InlineData("", "help")]
    [InlineData(null, "help")]
    public void CommandText_KnownSubCommand_MapsToBotText(string? text, string expected)
    {
        Assert.Equal(expected, SlackCommandsEndpoint.CommandText(new SlackOptions(), text));
    }

    [Fact]
    public void CommandText_UnknownSubCommand_Null()
    {
        Assert.Null(SlackCommandsEndpoint.CommandText(new SlackOptions(), "dance now"));
    }
}
