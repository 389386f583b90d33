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
        Assert.InRange(WordLimiter.Count(brief.Text), 60, 260);
        Assert.All(brief.Sources, id => TestLibrary.Shipped.Source(id));
    }

    [Fact]
    public void Draft_PrivateNotes_ShownForTheUsersEyesOnly()
    {
        var request = DraftingSamples.FromScenario("naloxone-libraries", 1, PitchAngle.NonConfrontational) with
        {
            PrivateNotes = ["The library board chair says naloxone sends the wrong message.", "She returns calls only on Fridays."],
        };
        var brief = Drafter.Draft(request);
        output.WriteLine(brief.Text);

        var label = brief.Text.IndexOf("For your eyes only, never for Commissioner Alvarez:", StringComparison.Ordinal);
        Assert.True(label > 0, brief.Text);
        var section = brief.Text[label..];
        Assert.Contains("- Kept off the table: Drug decriminalization; our partners disagree and it would split the coalition.", section);
        Assert.Contains("- Your read of what's in it for them: She's up for re-election next year and needs a win on overdoses.", section);
        Assert.Contains("- Your note: The library board chair says naloxone sends the wrong message.", section);
        Assert.Contains("- Your note: She returns calls only on Fridays.", section);
        Assert.DoesNotContain("re-election", brief.OpeningLine);
        Assert.True(brief.Text.Split('\n').Length <= 30, "one screen");
    }

    [Fact]
    public void Draft_ContactTypedInOneAnswer_BriefShowsNameTitleAndTheNote()
    {
        var request = DraftingSamples.Request("community-service-organizations", allyName: "Harm Reduction Works",
            contactName: "Their executive director, Tanya Brooks. Everyone in the recovery community knows her.");
        var brief = Drafter.Draft(request);
        output.WriteLine(brief.Text);
        Assert.StartsWith("Meeting prep: Harm Reduction Works (Tanya Brooks, executive director)", brief.Text);
        Assert.Contains("- Your note: Everyone in the recovery community knows her.", brief.Text);
        Assert.StartsWith("Thanks for making time, Tanya.", brief.OpeningLine);
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
        Assert.InRange(WordLimiter.Count(brief.Text), 60, 260);
        Assert.InRange(WordLimiter.Count(brief.OpeningLine), 5, 60);
        Assert.DoesNotContain("…", brief.Text);
    }
}
