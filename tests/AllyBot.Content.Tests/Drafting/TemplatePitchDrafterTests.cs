using AllyBot.Content.Drafting;
using AllyBot.Content.Model;
using Xunit.Abstractions;

namespace AllyBot.Content.Tests.Drafting;

public sealed class TemplatePitchDrafterTests(ITestOutputHelper output)
{
    private static readonly TemplatePitchDrafter Drafter = new(TestLibrary.Shipped);
    private static readonly PitchValidator Validator = new(TestLibrary.Shipped);

    public static TheoryData<string, int, PitchAngle> ScenarioAllies()
    {
        var data = new TheoryData<string, int, PitchAngle>();
        foreach (var scenario in TestLibrary.Shipped.Scenarios.Values)
        {
            for (var i = 0; i < scenario.Allies.Count; i++)
            {
                foreach (var angle in Enum.GetValues<PitchAngle>())
                {
                    data.Add(scenario.Id, i, angle);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ScenarioAllies))]
    public async Task DraftAsync_ScenarioAlly_WithinLimitsAndNamesSelfInterestAskOffer(string scenarioId, int allyIndex, PitchAngle angle)
    {
        var request = DraftingSamples.FromScenario(scenarioId, allyIndex, angle);
        var pitch = await Drafter.DraftAsync(request);
        output.WriteLine(pitch.Short + "\n---\n" + pitch.Long);

        Assert.InRange(WordLimiter.Count(pitch.Short), 10, 80);
        Assert.InRange(WordLimiter.Count(pitch.Long), 40, 250);
        // As addressed to the ally: "their Saturday clinic" reads "your Saturday clinic".
        Assert.Contains(AnswerText.Ask(request.Ally.Ask, toAlly: true), pitch.Long);
        Assert.Contains(AnswerText.Offer(request.Ally.Offer, toAlly: true), pitch.Long);
        Assert.Contains(AnswerText.SelfInterest(request.Ally.SelfInterest, toAlly: true), pitch.Long);
        // The short version may shorten a long ask or offer, but must still name them.
        Assert.True(PitchValidator.Names(pitch.Short, request.Ally.Ask!), "short pitch names the ask");
        Assert.True(PitchValidator.Names(pitch.Short, request.Ally.Offer!), "short pitch names the offer");
        Assert.True(PitchValidator.Names(pitch.Short, request.Ally.SelfInterest!), "short pitch names the self-interest");
        Assert.Equal(angle, pitch.Angle);
        Assert.Equal(request.Ally.AudienceId, pitch.AudienceId);
        Assert.Equal(TemplatePitchDrafter.DrafterName, pitch.DrafterName);
        Assert.Empty(Validator.Check(pitch, request));
    }

    [Fact]
    public async Task DraftAsync_SameRequestTwice_SameText()
    {
        var request = DraftingSamples.FromScenario("patient-safety", 0, PitchAngle.Storytelling);
        var first = await Drafter.DraftAsync(request);
        var second = await new TemplatePitchDrafter(TestLibrary.Shipped).DraftAsync(request);
        Assert.Equal(first.Short, second.Short);
        Assert.Equal(first.Long, second.Long);
        Assert.Equal(first.TalkingPoints, second.TalkingPoints);
    }

    [Theory]
    [InlineData("labor-unions", PitchAngle.CommonValues)]
    [InlineData("funders", PitchAngle.Storytelling)]
    [InlineData("elected-officials", PitchAngle.NonConfrontational)]
    [InlineData("faith-communities", PitchAngle.CommonValues)]
    public async Task DraftAsync_VeryLongUserInput_StaysWithinWordLimits(string audienceId, PitchAngle angle)
    {
        var request = DraftingSamples.Oversized(audienceId, angle);
        var pitch = await Drafter.DraftAsync(request);
        output.WriteLine(pitch.Short + "\n---\n" + pitch.Long);
        Assert.InRange(WordLimiter.Count(pitch.Short), 10, 80);
        Assert.InRange(WordLimiter.Count(pitch.Long), 40, 250);
        Assert.Contains("ask Point 1", pitch.Long);
        Assert.Contains("offer Point 1", pitch.Long);
        Assert.Empty(Validator.Check(pitch, request));
    }

    [Fact]
    public async Task DraftAsync_TwoAlliesOfDifferentAudiences_DifferInSubstance()
    {
        var goal = new GoalInfo("Safe night staffing at Mercy General", "Patients fall at night on short-staffed units");
        var union = await Drafter.DraftAsync(new PitchRequest(goal, new AllyInfo("Mercy nurses", "labor-unions")));
        var funder = await Drafter.DraftAsync(new PitchRequest(goal, new AllyInfo("Mercy nurses", "funders")));

        var unionProfile = TestLibrary.Shipped.Audience("labor-unions");
        var funderProfile = TestLibrary.Shipped.Audience("funders");
        Assert.Contains(unionProfile.Values[0], union.Long);
        Assert.Contains(unionProfile.WordsTheyUse[0], union.Long);
        Assert.Contains(unionProfile.Asks[0], union.Long);
        Assert.Contains(funderProfile.Values[0], funder.Long);
        Assert.Contains(funderProfile.WordsTheyUse[0], funder.Long);
        Assert.Contains(funderProfile.Asks[0], funder.Long);
        Assert.DoesNotContain(funderProfile.Values[0], union.Long);
        Assert.DoesNotContain(unionProfile.Asks[0], funder.Long);
        Assert.NotEqual(union.WordsToAvoid, funder.WordsToAvoid);
        Assert.NotEqual(union.TalkingPoints, funder.TalkingPoints);

        var unionStory = await Drafter.DraftAsync(new PitchRequest(goal, new AllyInfo("Mercy nurses", "labor-unions"), PitchAngle.Storytelling));
        var funderStory = await Drafter.DraftAsync(new PitchRequest(goal, new AllyInfo("Mercy nurses", "funders"), PitchAngle.Storytelling));
        Assert.Contains(unionProfile.StoryHook, unionStory.Long);
        Assert.Contains(funderProfile.StoryHook, funderStory.Long);
    }

    [Fact]
    public async Task DraftAsync_NoSelfInterestAskOrOffer_UsesTheProfilesTypicalOnes()
    {
        var pitch = await Drafter.DraftAsync(new PitchRequest(new GoalInfo("More HIV testing"), new AllyInfo("First Baptist", "faith-communities")));
        var profile = TestLibrary.Shipped.Audience("faith-communities");
        Assert.Contains(profile.SelfInterests[0], pitch.Long);
        Assert.Contains(profile.Asks[0], pitch.Long);
        Assert.Contains(profile.Offers[0], pitch.Long);
    }

    [Fact]
    public async Task DraftAsync_Always_CarriesResolvableSourcesAndWordsToAvoid()
    {
        var pitch = await Drafter.DraftAsync(DraftingSamples.FromScenario("hiv-testing", 1));
        Assert.NotEmpty(pitch.Sources);
        Assert.All(pitch.Sources, id => TestLibrary.Shipped.Source(id));
        Assert.NotEmpty(pitch.WordsToAvoid);
        Assert.True(pitch.TalkingPoints.Count >= 5);
    }

    [Fact]
    public async Task DraftAsync_UnknownAudience_ThrowsContentKeyNotFound()
    {
        await Assert.ThrowsAsync<ContentKeyNotFoundException>(async () =>
            await Drafter.DraftAsync(new PitchRequest(new GoalInfo("x"), new AllyInfo("y", "no-such-audience"))));
    }

    [Fact]
    public async Task DraftAsync_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAsync<OperationCanceledException>(async () =>
            await Drafter.DraftAsync(DraftingSamples.FromScenario("single-payer", 0), cts.Token));
    }

    [Fact]
    public async Task Check_PolishedPitchThatDropsTheAskOrRunsLong_IsRejected()
    {
        var request = DraftingSamples.FromScenario("single-payer", 0);
        var pitch = await Drafter.DraftAsync(request);
        var droppedAsk = pitch with { Long = "Dear friends, we would love your support. Thanks!", DrafterName = "polisher" };
        var tooLong = pitch with { Short = DraftingSamples.Rambling("x", 5) };
        Assert.Contains(Validator.Check(droppedAsk, request), i => i.Contains("ask", StringComparison.Ordinal));
        Assert.Contains(Validator.Check(tooLong, request), i => i.Contains("Short", StringComparison.Ordinal));
    }
}
