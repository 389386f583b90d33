using AllyBot.Content.Drafting;
using AllyBot.Content.Model;
using Xunit.Abstractions;

namespace AllyBot.Content.Tests.Drafting;

public sealed class TemplatePitchDrafterTests(ITestOutputHelper output)
{
    private static readonly TemplatePitchDrafter Drafter = new(TestLibrary.Shipped);
    private static readonly PitchValidator Validator = new(TestLibrary.Shipped);

    /// The three worked examples whose answers are all sayable to the ally (no third-person read).
    public static TheoryData<string, int, PitchAngle> PlainScenarioAllies()
    {
        var data = new TheoryData<string, int, PitchAngle>();
        foreach (var id in new[] { "single-payer", "patient-safety", "hiv-testing" })
        {
            for (var i = 0; i < TestLibrary.Shipped.Scenario(id).Allies.Count; i++)
            {
                foreach (var angle in Enum.GetValues<PitchAngle>())
                {
                    data.Add(id, i, angle);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PlainScenarioAllies))]
    public async Task DraftAsync_ScenarioAlly_WithinLimitsAndNamesSelfInterestAskOffer(string scenarioId, int allyIndex, PitchAngle angle)
    {
        var request = DraftingSamples.FromScenario(scenarioId, allyIndex, angle);
        var pitch = await Drafter.DraftAsync(request);
        output.WriteLine(pitch.Short + "\n---\n" + pitch.Long);

        Assert.InRange(WordLimiter.Count(pitch.Short), 10, 80);
        Assert.InRange(WordLimiter.Count(pitch.Long), 40, 250);
        foreach (var text in new[] { pitch.Short, pitch.Long })
        {
            Assert.True(PitchReading.Names(text, request.Ally.Ask!), $"names the ask: {text}");
            Assert.True(PitchReading.Names(text, request.Ally.Offer!), $"names the offer: {text}");
            Assert.True(PitchReading.Names(text, request.Ally.SelfInterest!), $"names the self-interest: {text}");
        }
        Assert.Equal(angle, pitch.Angle);
        Assert.Equal(request.Ally.AudienceId, pitch.AudienceId);
        Assert.Equal(TemplatePitchDrafter.DrafterName, pitch.DrafterName);
        Assert.Empty(Validator.Check(pitch, request));
    }

    [Fact]
    public async Task DraftAsync_SameRequestTwice_SameText()
    {
        var request = DraftingSamples.FromScenario("naloxone-libraries", 2, PitchAngle.Storytelling);
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
    public async Task DraftAsync_VeryLongUserInput_WholeSentencesWithinWordLimits(string audienceId, PitchAngle angle)
    {
        var request = DraftingSamples.Oversized(audienceId, angle);
        var pitch = await Drafter.DraftAsync(request);
        output.WriteLine(pitch.Short + "\n---\n" + pitch.Long);
        Assert.InRange(WordLimiter.Count(pitch.Short), 10, 80);
        Assert.InRange(WordLimiter.Count(pitch.Long), 40, 250);
        Assert.Contains("ask Point 1", pitch.Long);
        Assert.Contains("offer Point 1", pitch.Long);
        Assert.Empty(PitchReading.Problems(pitch.Short, 80));
        Assert.Empty(PitchReading.Problems(pitch.Long, 250));
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
        Assert.Contains(unionProfile.Asks[0], union.Long);
        Assert.Contains(funderProfile.Values[0], funder.Long);
        Assert.Contains(funderProfile.Asks[0], funder.Long);
        Assert.DoesNotContain(funderProfile.Values[0], union.Long);
        Assert.DoesNotContain(unionProfile.Asks[0], funder.Long);
        Assert.NotEqual(union.WordsToAvoid, funder.WordsToAvoid);
        Assert.NotEqual(union.TalkingPoints, funder.TalkingPoints);
        Assert.True(PitchReading.Overlap(union.Long, funder.Long) < 0.5, $"{PitchReading.Overlap(union.Long, funder.Long):P0}");
    }

    [Fact]
    public async Task DraftAsync_GoalOnTheHooksTopic_TellsTheHook()
    {
        var goal = new GoalInfo("Fewer asthma attacks for kids near the highway", "Diesel trucks idle by the school");
        var story = await Drafter.DraftAsync(new PitchRequest(goal, new AllyInfo("Clean Air Now", "environmental-groups"), PitchAngle.Storytelling));
        Assert.Contains(TestLibrary.Shipped.Audience("environmental-groups").StoryHook, story.Long);
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
}
