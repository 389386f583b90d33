using AllyBot.Builder.State;
using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests;

/// <summary>The plan and the position persist: a restart continues at the same question; coming back later offers to continue.</summary>
public sealed class ResumeTests
{
    [Fact]
    public async Task Restart_MidJourney_NextAnswerGoesToTheOpenQuestion()
    {
        var storage = new MemoryStorage();
        using (var before = new JourneyHost(storage))
        {
            await before.SayAsync("hi");
            await before.SayAsync(Words.Choice("welcome", "start", "full-plan"));
            await before.SayAsync("Riverside AMSA");
            await before.SayAsync("Single-payer health insurance");
            Assert.Equal(new Position("goal", "issue"), await before.CurrentAsync());
        }

        using var after = new JourneyHost(storage);
        var replies = await after.SayAsync("Patients delay care because of cost");

        Assert.Equal(new[] { Words.Question("goal", "solution") }, replies.Texts());
        var record = await after.RecordAsync();
        Assert.Equal("Patients delay care because of cost", record.Plan.Goal.Issue);
        Assert.Equal("Single-payer health insurance", record.Plan.Goal.Statement);
    }

    [Fact]
    public async Task ComeBack_DaysLater_IsOfferedToContinueWhereTheyLeftOff()
    {
        var storage = new MemoryStorage();
        using var host = new JourneyHost(storage, userName: "Maya");
        await host.SayAsync("hi");
        await host.SayAsync(Words.Choice("welcome", "start", "full-plan"));
        // Signed as a person from a group; the welcome back is said to the person.
        await host.SayAsync("Maya, from the Eastside community action team");
        await host.SayAsync("Safe night staffing");
        host.Time.Advance(TimeSpan.FromDays(3));

        var greeting = await host.SayAsync("hello again");

        Assert.Equal(
            new[] { "Welcome back, Maya! Last time we got as far as: your goal.", Words.Question("resume", "resume-or-restart") },
            greeting.Texts());
        var resumed = await host.SayAsync(Words.Choice("resume", "resume-or-restart", "continue"));
        Assert.Equal(Words.Text("resume", "resumed"), resumed.First().Text);
        Assert.StartsWith(Words.Question("goal", "issue"), resumed.Last().Text);
        Assert.Equal(new Position("goal", "issue"), await host.CurrentAsync());
    }

    [Fact]
    public async Task NewConversation_SameUser_ContinuesThePlanFromThere()
    {
        var storage = new MemoryStorage();
        using (var first = new JourneyHost(storage, conversation: "monday"))
        {
            await first.SayAsync("hi");
            await first.SayAsync(Words.Choice("welcome", "start", "full-plan"));
            await first.SayAsync("Maya");
            await first.SayAsync("Raise HIV testing rates");
        }

        using var second = new JourneyHost(storage, conversation: "friday");
        var joined = await second.JoinAsync();
        Assert.Contains(Words.Question("resume", "resume-or-restart"), joined.Texts());
        await second.SayAsync(Words.Choice("resume", "resume-or-restart", "continue"));
        await second.SayAsync("People learn their status late");

        var record = await second.RecordAsync();
        Assert.Equal("People learn their status late", record.Plan.Goal.Issue);
        Assert.Equal("Raise HIV testing rates", record.Plan.Goal.Statement);
        Assert.Equal(new Position("goal", "solution"), record.Progress.Current);
    }

    [Fact]
    public async Task ResumeQuestion_SeeMyPlan_ShowsThePlanAndAsksAgain()
    {
        var storage = new MemoryStorage();
        using var host = new JourneyHost(storage);
        await host.SayAsync("hi");
        await host.SayAsync(Words.Choice("welcome", "start", "full-plan"));
        await host.SayAsync("Maya");
        await host.SayAsync("Raise HIV testing rates");
        host.Time.Advance(TimeSpan.FromDays(1));
        await host.SayAsync("hi");

        var replies = await host.SayAsync(Words.Choice("resume", "resume-or-restart", "view-plan"));

        Assert.Contains(replies, r => r.Attachments is { Count: 1 });
        Assert.Equal(Words.Question("resume", "resume-or-restart"), replies.Last().Text);
    }

    [Fact]
    public async Task GroupConversation_TwoMembers_BuildOnePlanKeptByConversation()
    {
        var storage = new MemoryStorage();
        using var ana = new JourneyHost(storage, isGroup: true, user: "ana", conversation: "team-channel");
        using var ben = new JourneyHost(storage, isGroup: true, user: "ben", conversation: "team-channel");
        await ana.SayAsync("hi");
        await ben.SayAsync(Words.Choice("welcome", "start", "full-plan"));
        await ana.SayAsync("Eastside team");
        await ana.SayAsync("Safer streets near schools");

        var planKey = PlanScope.ConversationPlanKey(ana.Adapter.MakeActivity());
        Assert.Equal("test/conversations/team-channel/plan", planKey);
        Assert.Equal("Safer streets near schools", (await ben.RecordAsync()).Plan.Goal.Statement);
        Assert.Empty(await storage.ReadAsync([PlanScope.UserPlanKey(ana.Adapter.MakeActivity()), PlanScope.UserPlanKey(ben.Adapter.MakeActivity())]));
    }
}
