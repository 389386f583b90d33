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
        await host.SayAsync(Words.Choice("welcome", "start", "full-plan"));

        var replies = await host.SayAsync(greeting);
        var next = await host.SayAsync("Maya");

        Assert.Contains(Words.Text("welcome", "greeting-not-a-name"), replies.AllText());
        Assert.Contains(Words.Question("goal", "largest-goal"), next.AllText());
        Assert.Equal("Maya", (await host.RecordAsync()).Profile.Name);
    }

    [Theory]
    [InlineData("A full coalition plan")]
    [InlineData("a full coalition plan")]
    public async Task YourName_AnsweredWithTheFirstChoiceAgain_IsNotStoredAsTheName(string typed)
    {
        using var host = new JourneyHost(new MemoryStorage());
        await host.JoinAsync();
        await host.SayAsync(Words.Choice("welcome", "start", "full-plan"));

        var replies = await host.SayAsync(typed);
        var next = await host.SayAsync("Maya");

        Assert.Contains(Words.Text("welcome", "choice-not-a-name"), replies.AllText());
        Assert.Contains(Words.Question("goal", "largest-goal"), next.AllText());
        Assert.Equal("Maya", (await host.RecordAsync()).Profile.Name);
    }

    [Fact]
    public async Task AllyCount_OneAlly_SaysAllyInTheSingular()
    {
        using var host = await Journeys.AtGoalAsync();
        var replies = new List<AllyBot.Builder.Schema.Activity>();
        foreach (var answer in new[] { "Safer streets near schools", "skip", "skip", "skip", "not sure", "none", "the PTA at Lincoln Elementary" })
            replies.AddRange(await host.SayAsync(answer));
        while ((await host.CurrentAsync())!.Question != "more-allies")
            replies.AddRange(await host.SayAsync(await AnswerAsync(host)));

        Assert.Contains(Words.Text("allies", "ally-count-one"), replies.Texts());
        Assert.DoesNotContain(replies.Texts(), t => t.Contains(" 1 allies", StringComparison.Ordinal));
    }

    /// <summary>A plain answer to each question about the one ally, until "anyone else?".</summary>
    private static async Task<string> AnswerAsync(JourneyHost host) => (await host.CurrentAsync())!.Question switch
    {
        "kind-and-stance" or "stance" => Words.Choice("allies", "stance", "passive-ally"),
        "audience-candidates" or "ally-audience" => "youth and schools",
        "best-contact" => "Ms. Alvarez, PTA president",
        "tweak" => Words.Choice("pitches", "tweak", "keep"),
        _ => "go with what you suggest",
    };

    [Fact]
    public async Task Menu_AfterAPrepInTheSameConversation_DoesNotSayWelcomeBack()
    {
        using var host = await Journeys.FinishedAsync();

        var replies = await host.SayAsync("I'm meeting the union president in an hour");

        Assert.DoesNotContain(replies.Texts(), t => t.StartsWith("Welcome back", StringComparison.Ordinal));
    }
}
