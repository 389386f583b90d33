using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.BotFramework.Teams;

public sealed class TeamsWelcomeMiddlewareTests
{
    private readonly TeamsMiddlewarePipeline _pipeline = new();

    private static ConversationAccount Personal => new("a:personal-1", conversationType: "personal");

    private static ConversationAccount Team => new("19:general@thread.tacv2", isGroup: true, conversationType: "channel");

    [Fact]
    public async Task OnTurnAsync_InstallationUpdateAdd_BecomesInstallerJoinedAndWelcomes()
    {
        var replies = await _pipeline.SendAsync(TeamsActivities.InstallationUpdate("add"));

        var seen = Assert.Single(_pipeline.Seen);
        Assert.Equal(ActivityTypes.ConversationUpdate, seen.Type);
        Assert.Equal(TeamsActivities.UserId, Assert.Single(seen.MembersAdded!).Id);
        Assert.Equal("welcome", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task OnTurnAsync_InstallSignalledTwice_WelcomesOnce()
    {
        var first = await _pipeline.SendAsync(TeamsActivities.ConversationUpdate(Personal, added: [TeamsActivities.Bot]));
        var second = await _pipeline.SendAsync(TeamsActivities.InstallationUpdate("add"));

        Assert.Equal("welcome", Assert.Single(first).Text);
        Assert.Empty(second);
    }

    [Fact]
    public async Task OnTurnAsync_ReinstallAfterRemove_WelcomesAgain()
    {
        await _pipeline.SendAsync(TeamsActivities.InstallationUpdate("add"));
        await _pipeline.SendAsync(TeamsActivities.InstallationUpdate("remove"));

        var replies = await _pipeline.SendAsync(TeamsActivities.InstallationUpdate("add"));

        Assert.Equal("welcome", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task OnTurnAsync_BotAddedToTeam_WelcomesTheChannelOnce()
    {
        var replies = await _pipeline.SendAsync(TeamsActivities.ConversationUpdate(Team, added: [TeamsActivities.Bot]));

        Assert.Equal("welcome", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task OnTurnAsync_OtherMemberJoinsTeam_NoWelcomePost()
    {
        var replies = await _pipeline.SendAsync(TeamsActivities.ConversationUpdate(Team, added: [new ChannelAccount("29:newcomer", "Grace")]));

        Assert.Empty(replies);
        Assert.Empty(_pipeline.Seen);
    }

    [Fact]
    public async Task OnTurnAsync_UpgradeInstall_IsNotAWelcome()
    {
        var replies = await _pipeline.SendAsync(TeamsActivities.InstallationUpdate("add-upgrade"));

        Assert.Empty(replies);
        Assert.Equal(ActivityTypes.InstallationUpdate, Assert.Single(_pipeline.Seen).Type);
    }

    [Fact]
    public async Task OnTurnAsync_AfterWelcome_ActivityIsRestored()
    {
        var install = TeamsActivities.InstallationUpdate("add");

        await _pipeline.SendAsync(install);

        Assert.Equal(ActivityTypes.InstallationUpdate, install.Type);
        Assert.Equal("add", install.Action);
        Assert.Null(install.MembersAdded);
    }
}
