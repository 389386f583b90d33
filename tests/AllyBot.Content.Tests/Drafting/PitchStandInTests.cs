using AllyBot.Content.Drafting;
using AllyBot.Content.Model;
using Xunit.Abstractions;

namespace AllyBot.Content.Tests.Drafting;

/// <summary>
/// What a pitch says where the user's answer is missing or cannot go to this ally as typed: a greeting that is
/// never the audience's name, no sentence with a word the audience avoids, a profile line that fits the goal,
/// and a story hook that follows the problem it illustrates.
/// </summary>
public sealed class PitchStandInTests(ITestOutputHelper output)
{
    private static readonly ContentLibrary Library = TestLibrary.Shipped;

    private Pitch Draft(PitchRequest request) => SendableDraft.For(request, output);

    [Theory]
    [InlineData("health-professions-trainees")]
    [InlineData("clinics-and-health-centers")]
    [InlineData("labor-unions")]
    public void AllyWithoutAName_GreetsDearFriendsNeverTheAudiencesName(string audienceId)
    {
        var category = Library.Audience(audienceId).Name;
        foreach (var angle in Enum.GetValues<PitchAngle>())
        {
            var pitch = Draft(DraftingSamples.Request(audienceId, allyName: "", angle: angle));
            Assert.StartsWith("Hi there,\n", pitch.Short);
            Assert.StartsWith("Dear friends,\n", pitch.Long);
            Assert.DoesNotContain(category, pitch.Short + pitch.Long, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("(", pitch.Short + pitch.Long);
        }
    }

    [Fact]
    public void Issue_WithAWordTheAudienceAvoids_LeftOutWithTheSentenceLeaningOnIt()
    {
        const string kids = "Southside kids go to the ER for asthma at three times the county rate.";
        const string mold = "Many live in older apartments with mold.";
        Assert.Contains("kids", Library.Audience("health-professions-trainees").WordsToAvoid);
        foreach (var angle in Enum.GetValues<PitchAngle>())
        {
            var pitch = Draft(DraftingSamples.Request("health-professions-trainees", allyName: "the pediatrics residents",
                goal: "Cut childhood asthma ER visits in the Southside", issue: $"{kids} {mold}", angle: angle));
            Assert.DoesNotContain("kids", pitch.Short + pitch.Long, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(mold, pitch.Long);
            Assert.Contains("We're working to cut childhood asthma ER visits in the Southside.", pitch.Long);
        }
        // An audience that does not avoid the word hears the problem as typed.
        var tenants = Draft(DraftingSamples.Request("tenant-and-housing-groups", allyName: "the Maple Court Tenants Association",
            goal: "Cut childhood asthma ER visits in the Southside", issue: $"{kids} {mold}"));
        Assert.Contains(kids, tenants.Long);
    }

    [Fact]
    public void SelfInterest_PrivateReadWithAGoalOffTheProfilesFirstLine_UsesTheLineThatFitsTheGoal()
    {
        const string typed = "They want other families to be spared what they went through.";
        var lines = Library.Audience("patients-and-families").SelfInterests;
        var naloxone = Draft(DraftingSamples.Request("patients-and-families", allyName: "Families for Recovery",
            goal: "Naloxone kits in every public library", selfInterest: typed));
        Assert.DoesNotContain(lines[0], naloxone.Short + naloxone.Long); // "safer, more affordable care": a coverage line
        Assert.Contains(lines[1], naloxone.Long);
        var coverage = Draft(DraftingSamples.Request("patients-and-families", allyName: "the family advisory council",
            goal: "Single-payer health insurance for everyone in our state", selfInterest: typed));
        Assert.Contains(lines[0], coverage.Long);
    }

    [Fact]
    public void StoryHook_CommonValues_FollowsTheProblemInTheOpeningParagraph()
    {
        var request = DraftingSamples.FromScenario("single-payer", 0); // the nurses' union; coverage is its hook's topic
        var hook = Library.Audience(request.Ally.AudienceId).StoryHook!;
        var pitch = Draft(request);
        var paragraph = Assert.Single(pitch.Long.Split("\n\n"), p => p.Contains(hook, StringComparison.Ordinal));
        Assert.Contains("We're working toward single-payer health insurance", paragraph);
        Assert.Contains(request.Goal.Issue!, paragraph);
        Assert.EndsWith(hook, paragraph);
    }
}
