using AllyBot.Content.Drafting;
using AllyBot.Content.Model;
using Xunit.Abstractions;

namespace AllyBot.Content.Tests.Drafting;

public sealed class MeetingBriefDrafterTests(ITestOutputHelper output)
{
    private static readonly MeetingBriefDrafter Drafter = new(TestLibrary.Shipped);

    [Theory]
    [InlineData(PitchAngle.CommonValues)]
    [InlineData(PitchAngle.Storytelling)]
    [InlineData(PitchAngle.NonConfrontational)]
    public void Draft_ScenarioAlly_HasEveryPartOfTheBrief(PitchAngle angle)
    {
        var request = DraftingSamples.FromScenario("single-payer", 0, angle);
        var brief = Drafter.Draft(request);
        output.WriteLine(brief.Text);

        Assert.Equal("labor-unions", brief.AudienceId);
        Assert.Equal(MeetingBriefDrafter.QuestionCount, brief.QuestionsToAsk.Count);
        Assert.NotEmpty(brief.WhatTheyCareAbout);
        Assert.NotEmpty(brief.Etiquette);
        Assert.NotEmpty(brief.FollowUp);
        Assert.Equal(request.Ally.Ask, brief.YourAsk);
        Assert.Equal(request.Ally.Offer, brief.YourOffer);
        Assert.Contains(brief.OpeningLine, brief.Text);
        Assert.All(brief.QuestionsToAsk, q => Assert.Contains(q, brief.Text));
        Assert.Contains(request.Ally.Ask!, brief.Text);
        Assert.Contains("Dana Whitfield", brief.Text);
        Assert.InRange(WordLimiter.Count(brief.Text), 60, 230);
        Assert.All(brief.Sources, id => TestLibrary.Shipped.Source(id));
    }

    [Fact]
    public void Draft_DifferentAudiences_DifferentQuestionsAndEtiquette()
    {
        var goal = new GoalInfo("Safe night staffing");
        var union = Drafter.Draft(new PitchRequest(goal, new AllyInfo("nurses' union", "labor-unions")));
        var pastor = Drafter.Draft(new PitchRequest(goal, new AllyInfo("First Baptist", "faith-communities")));
        Assert.NotEqual(union.QuestionsToAsk, pastor.QuestionsToAsk);
        Assert.NotEqual(union.Etiquette, pastor.Etiquette);
        Assert.NotEqual(union.Text, pastor.Text);
    }

    [Fact]
    public void Draft_VeryLongInput_StaysOnOneScreen()
    {
        var brief = Drafter.Draft(DraftingSamples.Oversized("media", PitchAngle.Storytelling));
        output.WriteLine(brief.Text);
        Assert.InRange(WordLimiter.Count(brief.Text), 60, 230);
        Assert.InRange(WordLimiter.Count(brief.OpeningLine), 5, 60);
    }
}
