using AllyBot.Builder.State;
using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests;

/// <summary>Meeting prep on demand: a one-screen brief in at most three turns, from the plan when the ally is in it.</summary>
public sealed class MeetingPrepTests
{
    [Fact]
    public async Task ImMeeting_AnAllyInThePlan_BriefInOneTurnFromThePlan()
    {
        using var host = await Journeys.FinishedAsync();

        var replies = await host.SayAsync("I'm meeting the union president in an hour");

        var brief = replies.Texts().Single(t => t.Contains("Three questions", StringComparison.Ordinal));
        Assert.Contains("the county nurses' union", brief);
        Assert.Contains("send ten members to testify at the state hearing", brief);
        Assert.Contains("students to research and write members' testimony", brief);
        Assert.Contains("Dana Whitfield", brief);
        Assert.Contains(Words.Text("prep", "follow-up-title"), brief);
        Assert.True(brief.Split('\n').Length <= 30, "The brief should fit one screen.");
        Assert.Equal("menu", (await host.CurrentAsync())!.Topic);
    }

    [Fact]
    public async Task ImMeeting_SomeoneSharingOnlyACommonWordWithAnAlly_IsNotTakenForThatAlly()
    {
        using var host = await Journeys.FinishedAsync("hiv-testing");

        var turn1 = await host.SayAsync("I'm meeting Councilmember Ortiz's health aide");
        Assert.Equal(Words.Question("prep", "meeting-goal"), turn1.Last().Text);
        var turn2 = await host.SayAsync("Get them to sponsor a resolution");

        var brief = turn2.Texts().Single(t => t.Contains("Three questions", StringComparison.Ordinal));
        Assert.Contains("elected officials", brief);
        Assert.Contains("get them to sponsor a resolution", brief, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Priya Nair", brief);
    }

    [Fact]
    public async Task Prep_WithAllies_OffersThemAsButtons_OneTapBriefsFromThePlan()
    {
        using var host = await Journeys.FinishedAsync();
        var allies = (await host.RecordAsync()).Plan.Allies.Select(a => a.Name).ToList();

        var asked = await host.SayAsync("prep");
        var offered = asked.Last().SuggestedActions!.Actions.Select(a => a.Title!).ToList();
        Assert.Equal(Words.Question("prep", "who-meeting"), asked.Last().Text);
        Assert.Equal(allies.AsEnumerable().Reverse().Take(3), offered);

        var replies = await host.SayAsync(offered[0]);

        var brief = replies.Texts().Single(t => t.Contains("Three questions", StringComparison.Ordinal));
        Assert.Contains(offered[0], brief);
        Assert.Equal("menu", (await host.CurrentAsync())!.Topic);
    }

    [Fact]
    public async Task Prep_WithoutAPlan_BriefWithinThreeTurns()
    {
        using var host = new JourneyHost(new MemoryStorage());
        await host.SayAsync("hi");

        var turn1 = await host.SayAsync(Words.Choice("welcome", "start", "meeting-prep"));
        Assert.Equal(Words.Question("prep", "who-meeting"), turn1.Last().Text);
        var turn2 = await host.SayAsync("the pastor at First Baptist");
        var turn3 = turn2.Texts().Any(t => t.Contains("Three questions", StringComparison.Ordinal))
            ? turn2
            : await host.SayAsync("Get them to host a health fair");

        var brief = turn3.Texts().Single(t => t.Contains("Three questions", StringComparison.Ordinal));
        Assert.Contains("faith", brief, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Prep_WhoNotRecognized_AsksTheKindOfGroupAndStillBriefsByTheThirdTurn()
    {
        using var host = await Journeys.AtGoalAsync();

        var turn1 = await host.SayAsync("prep: I'm meeting Zed Quorlix tomorrow");
        Assert.Equal(Words.Question("prep", "prep-audience"), turn1.Last().Text);
        var turn2 = await host.SayAsync("labor unions");

        Assert.Contains(turn2.Texts(), t => t.Contains("Three questions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImMeeting_DuringAFreeTextQuestion_AskedFirstThenBriefThenTheSameQuestionAgain()
    {
        using var host = await Journeys.AtGoalAsync();
        await host.SayAsync("Safe staffing at Mercy General");

        var check = await host.SayAsync("I'm meeting the nurses' union president in an hour");
        Assert.Equal(Words.Question("interruptions", "confirm-prep"), check.Last().Text);
        var replies = await host.SayAsync(Words.Choice("interruptions", "confirm-prep", "yes"));
        Assert.Equal(Words.Question("prep", "meeting-goal"), replies.Last().Text);
        var brief = await host.SayAsync("Learn what they think about staffing");

        Assert.Contains(brief.Texts(), t => t.Contains("Three questions", StringComparison.Ordinal));
        Assert.StartsWith(Words.Question("goal", "issue"), brief.Last().Text);
        Assert.Equal(new Position("goal", "issue"), await host.CurrentAsync());
        Assert.Null((await host.RecordAsync()).Plan.Goal.Issue);
    }

    [Theory]
    [InlineData("Meeting with every school board in the county to add asthma action plans")]
    [InlineData("I meet with parents monthly, and want a coalition for clean air")]
    [InlineData("I'm seeing more uninsured patients; I want single payer")]
    public async Task MeetingPhrase_AsTheAnswerToAFreeTextQuestion_IsTheAnswerNotPrep(string goal)
    {
        using var host = await Journeys.AtGoalAsync();

        var replies = await host.SayAsync(goal);

        Assert.Equal(new Position("goal", "issue"), await host.CurrentAsync());
        Assert.Equal(goal, (await host.RecordAsync()).Plan.Goal.Statement);
        Assert.DoesNotContain(replies.Texts(), t => t.Contains(Words.Question("prep", "meeting-goal"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task PrepCommand_AtAFreeTextQuestion_StartsPrepWithTheSubject()
    {
        using var host = await Journeys.AtGoalAsync();

        var replies = await host.SayAsync("prep for the nurses' union president in an hour");

        Assert.Equal(Words.Question("prep", "meeting-goal"), replies.Last().Text);
    }

    [Fact]
    public async Task ImMeeting_AtTheMenu_KeepsTheNameAsTypedAndDropsTheTime()
    {
        using var host = await Journeys.FinishedAsync("hiv-testing");

        var opened = await host.SayAsync("I'm meeting Dr. Lee, our dean, tomorrow");
        var first = await host.SayAsync("Ask for a teaching slot");
        var replies = first.Texts().Any(t => t.Contains("Three questions", StringComparison.Ordinal)) ? first : await host.SayAsync("Academic medicine");

        var all = replies.AllText();
        Assert.True(all.Contains("Dr. Lee", StringComparison.Ordinal), opened.AllText() + "\n=====\n" + first.AllText() + "\n=====\n" + all);
        Assert.DoesNotContain("dr lee", all);
        Assert.DoesNotContain("tomorrow", all);
    }

    [Theory]
    [InlineData("I'm meeting the union president in an hour", "the union president")]
    [InlineData("I'm meeting Dr. Lee, our dean, tomorrow", "Dr. Lee, our dean")]
    [InlineData("meeting with Pastor Ruiz this afternoon.", "Pastor Ruiz")]
    [InlineData("I am seeing the mayor's chief of staff at 3pm", "the mayor's chief of staff")]
    [InlineData("prep: I'm meeting Councilmember Ortiz next week", "Councilmember Ortiz")]
    [InlineData("prep me for the PTA president today", "the PTA president")]
    [InlineData("I meet Maria Lopez on Friday morning", "Maria Lopez")]
    public void MeetingSubject_TypedOpener_KeepsCasingAndStripsTimePhrases(string text, string expected)
    {
        using var host = new JourneyHost(new MemoryStorage());
        var recognizer = host.Service<AllyBot.Dialogs.Interruptions.CommandRecognizer>();

        Assert.Equal(expected, recognizer.MeetingSubject(text));
    }
}
