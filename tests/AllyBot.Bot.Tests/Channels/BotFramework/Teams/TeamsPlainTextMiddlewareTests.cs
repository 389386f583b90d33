using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Teams;

public sealed class TeamsPlainTextMiddlewareTests
{
    private readonly TeamsMiddlewarePipeline _pipeline = new();

    [Fact]
    public async Task Send_PlainTextWithLineBreaksOnTeams_GoesAsHtmlWithABreakPerLine()
    {
        var reply = Assert.Single(await _pipeline.SendAsync(TeamsActivities.Personal("plain Hi Tanya,|Maya here.||In solidarity,|Maya")));

        Assert.Equal(TextFormatTypes.Xml, reply.TextFormat);
        Assert.Equal("Hi Tanya,<br>Maya here.<br><br>In solidarity,<br>Maya", reply.Text);
    }

    [Fact]
    public async Task Send_PlainTextWithMarkupCharacters_IsEncodedSoNothingTypedBecomesMarkup()
    {
        var reply = Assert.Single(await _pipeline.SendAsync(TeamsActivities.Personal("plain Dear Dr. O'Neil & team,|<b>ask</b> 5 < 6")));

        Assert.Equal("Dear Dr. O&#39;Neil &amp; team,<br>&lt;b&gt;ask&lt;/b&gt; 5 &lt; 6", reply.Text);
    }

    [Fact]
    public async Task Send_PlainTextOnOneLine_OrMarkdown_LeftAsItIs()
    {
        var oneLine = Assert.Single(await _pipeline.SendAsync(TeamsActivities.Personal("plain Would you be willing to speak?")));
        var markdown = Assert.Single(await _pipeline.SendAsync(TeamsActivities.Personal("echo line")));

        Assert.Equal((TextFormatTypes.Plain, "Would you be willing to speak?"), (oneLine.TextFormat, oneLine.Text));
        Assert.Equal("echo: echo line", markdown.Text);
        Assert.NotEqual(TextFormatTypes.Xml, markdown.TextFormat);
    }

    [Fact]
    public async Task Send_PlainTextWithLineBreaksOnAnotherChannel_LeftAsItIs()
    {
        var activity = TeamsActivities.Personal("plain a|b");
        activity.ChannelId = AllyBot.Builder.Schema.Channels.Directline;

        var reply = Assert.Single(await _pipeline.SendAsync(activity));

        Assert.Equal((TextFormatTypes.Plain, "a\nb"), (reply.TextFormat, reply.Text));
    }
}
