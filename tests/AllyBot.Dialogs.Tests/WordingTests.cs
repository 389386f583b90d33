using AllyBot.Builder.State;
using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests;

/// <summary>Small wording faults the console walk-through found: double periods, "1 allies", "welcome back" mid-conversation.</summary>
public sealed class WordingTests
{
    [Fact]
    public async Task GoalSummary_IssueTypedWithAPeriod_OnePeriodOnly()
    {
        using var host = await Journeys.AtGoalAsync();
        await host.SayAsync("Single payer for California");
        await host.SayAsync(Words.Choice("goal", "scope", "about-right"));
        await host.SayAsync("People skip care because of cost.");
        await host.SayAsync("Pass a single-payer bill.");

        var replies = await host.SayAsync("abortion coverage");

        var all = replies.AllText();
        Assert.Contains("because of cost.", all);
        Assert.DoesNotContain("..", all);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("Hi there!")]
    public async Task YourName_AnsweredWithAGreeting_AsksForANameAgain(string greeting)
    {
        using var host = new JourneyHost(new MemoryStorage());
        await host.JoinAsync();

        var replies = await host.SayAsync(greeting);
        var next = await host.SayAsync("Maya");

        Assert.Contains(Words.Text("welcome", "greeting-not-a-name"), replies.AllText());
        Assert.Contains(JourneyHost.Library.Step("welcome").Question("who-are-you").Text, next.AllText());
    }

    [Fact]
    public async Task AllyCount_OneAlly_SaysAllyInTheSingular()
    {
        using var host = new JourneyHost(new MemoryStorage());
        var driver = new ScenarioDriver(host, JourneyHost.Library.Scenario("single-payer"));

        await driver.RunAsync();

        Assert.Contains(Words.Text("allies", "ally-count-one"), driver.AllReplies.Texts());
        Assert.DoesNotContain(driver.AllReplies.Texts(), t => t.Contains(" 1 allies", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Menu_AfterAPrepInTheSameConversation_DoesNotSayWelcomeBack()
    {
        using var host = await Journeys.FinishedAsync();

        var replies = await host.SayAsync("I'm meeting the union president in an hour");

        Assert.DoesNotContain(replies.Texts(), t => t.StartsWith("Welcome back", StringComparison.Ordinal));
    }
}
