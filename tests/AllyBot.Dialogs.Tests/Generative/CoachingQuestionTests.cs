using AllyBot.Builder.State;
using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests.Generative;

/// <summary>
/// A coaching question typed at an open question, with no model configured (the library answers): the best tips
/// verbatim with their sources named, then the open question again, and nothing stored. Real answers are never
/// taken for questions: a goal phrased as a question, a statement, a pitch being edited that asks something.
/// </summary>
public sealed class CoachingQuestionTests
{
    private static string Tip(string step, string id) => JourneyHost.Library.Step(step).Tip(id).Text;

    private static string SourceTitle(string id) => JourneyHost.Library.Source(id).Title;

    /// <summary>A full plan with the goal given and the rest of the goal and brainstorm left empty: the ally's name is asked.</summary>
    private static async Task<(JourneyHost Host, Conversation Talk, string Question)> AtAllyNameAsync()
    {
        var host = new JourneyHost(new MemoryStorage());
        var talk = new Conversation(host);
        await talk.SayAsync("hi");
        await talk.SayAsync(Words.Choice("welcome", "start", "full-plan"));
        await talk.SayAsync("Maya, Eastside Tenants United");
        List<Builder.Schema.Activity> replies = [];
        foreach (var answer in new[] { "Stable housing for every family in Eastside", "skip", "skip", "none", "not sure", "none" })
            replies = await talk.SayAsync(answer);
        return (host, talk, replies.Last().Text!);
    }

    [Fact]
    public async Task HowDoIApproachAPastor_AtTheAllysName_TheFaithCommunitiesApproachWithItsSources_ThenTheQuestionAgain()
    {
        var (host, talk, question) = await AtAllyNameAsync();
        var before = (await host.RecordAsync()).Plan.Allies.Count;

        var replies = await talk.SayAsync("how do I approach a pastor?");

        var answer = replies[0].Text!;
        var faith = JourneyHost.Library.Audience("faith-communities");
        Assert.Contains(faith.Approach[0], answer);
        Assert.Contains(SourceTitle(faith.Sources[0]), answer);
        Assert.StartsWith(Words.Text("generative", "answer-intro"), answer);
        Assert.Equal(question, replies.Last().Text);
        Assert.Equal(before, (await host.RecordAsync()).Plan.Allies.Count);
    }

    [Fact]
    public async Task WhatIfTheySayNo_AtAChoiceQuestion_TheTopicsFirstTipWithItsSource_ThenTheQuestionAgain()
    {
        var (host, talk, _) = await AtAllyNameAsync();
        var asked = await talk.SayAsync("the county nurses' union");

        var replies = await talk.SayAsync("what if they say no?");

        var topic = JourneyHost.Library.AnswerTopics["they-say-no"];
        var first = topic.Tips[0].Split('/');
        Assert.Contains(Tip(first[0], first[1]), replies[0].Text);
        Assert.Contains(SourceTitle(JourneyHost.Library.Step(first[0]).Tip(first[1]).Sources[0]), replies[0].Text);
        Assert.Equal(asked.Last().Text, replies.Last().Text);
        Assert.Null((await host.RecordAsync()).Plan.Allies[0].AudienceId);
    }

    [Fact]
    public async Task AGoalThatIsAQuestion_IsTheGoal()
    {
        var host = await Journeys.AtGoalAsync();

        var replies = await host.SayAsync("What if every school had a nurse?");

        Assert.Equal("What if every school had a nurse?", (await host.RecordAsync()).Plan.Goal.Statement);
        Assert.Equal(Words.Question("goal", "issue"), replies.Last().Text);
        Assert.DoesNotContain(Words.Text("generative", "answer-intro"), replies.AllText());
    }

    [Fact]
    public async Task AStatementThatSoundsLikeATopic_IsAnAnswer()
    {
        var (host, talk, _) = await AtAllyNameAsync();

        await talk.SayAsync("parents who won't commit");

        Assert.Equal("parents who won't commit", (await host.RecordAsync()).Plan.Allies[0].Name);
    }

    [Fact]
    public async Task AnEditedPitchThatAsksSomething_IsThePitch()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the county nurses' union");
        foreach (var answer in new[] { Words.Choice("allies", "stance", "passive-ally"), "Dana Whitfield, president of the local", "testify at the hearing", "research their testimony", "safe staffing" })
            await talk.SayAsync(answer);
        await talk.SayAsync(Words.Choice("pitches", "tweak", "edit-short"));

        var replies = await talk.SayAsync("Can we count on your members at the hearing?");

        Assert.Equal("Can we count on your members at the hearing?", (await host.RecordAsync()).Progress.PendingPitch!.Short);
        Assert.DoesNotContain(Words.Text("generative", "answer-intro"), replies.AllText());
    }

    [Fact]
    public async Task WithoutAModel_TheReviewOffersNoVersionsAndAFullPlanNoParagraph()
    {
        var (_, talk) = await Journeys.AtFirstAllyAsync("the county nurses' union");
        List<Builder.Schema.Activity> replies = [];
        foreach (var answer in new[] { Words.Choice("allies", "stance", "passive-ally"), "Dana Whitfield, president of the local", "testify at the hearing", "research their testimony", "safe staffing" })
            replies = await talk.SayAsync(answer);

        var buttons = replies.Last().ButtonTitles();
        Assert.Contains(Words.Choice("pitches", "tweak", "keep"), buttons);
        foreach (var version in new[] { "another-version", "more-formal", "shorter", "warmer" })
            Assert.DoesNotContain(Words.Choice("pitches", "tweak", version), buttons);
        Assert.DoesNotContain(Words.Question("generative", "intake-offer"), talk.Log);
    }
}
