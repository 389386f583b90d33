using System.Globalization;
using AllyBot.Content.Matching;
using Xunit.Abstractions;

namespace AllyBot.Content.Tests.Matching;

public sealed class AudienceMatcherTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.85;
    private static readonly AudienceMatcher Matcher = new(TestLibrary.Shipped);

    private static IReadOnlyList<(string Expected, string Phrase)> EvalSet() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Matching", "audience-eval.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1]))
            .ToList();

    [Fact]
    public void Match_LabelledEvalSet_Top1AccuracyAtLeast85Percent()
    {
        var set = EvalSet();
        var misses = new List<string>();
        foreach (var (expected, phrase) in set)
        {
            var top = Matcher.Match(phrase).FirstOrDefault();
            if (top?.AudienceId != expected)
            {
                misses.Add($"MISS '{phrase}': expected {expected}, got {top?.AudienceId ?? "(none)"} {top?.Confidence}");
            }
        }
        var accuracy = 1.0 - (double)misses.Count / set.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Audience matching top-1 accuracy: {accuracy:P1} ({set.Count - misses.Count}/{set.Count})"));
        misses.ForEach(output.WriteLine);
        Assert.True(set.Count >= 120, $"The eval set should hold at least 120 phrases, has {set.Count}.");
        Assert.True(accuracy >= RequiredAccuracy, $"Accuracy {accuracy:P1} is below {RequiredAccuracy:P0}.");
    }

    [Fact]
    public void EvalSet_Phrases_AreNotCopiedFromProfiles()
    {
        var profileTexts = TestLibrary.Shipped.Audiences.Values
            .SelectMany(a => a.Aliases.Concat(a.ExamplePhrases).Concat(a.Keywords))
            .Select(Normal)
            .ToHashSet();
        Assert.All(EvalSet(), e => Assert.DoesNotContain(Normal(e.Phrase), profileTexts));
    }

    [Theory]
    [InlineData("Dr. Lee, our dean", "academic-medicine")]
    [InlineData("moms sick of their kids having asthma", "patients-and-families")]
    [InlineData("the Sierra Club chapter", "environmental-groups")]
    [InlineData("SEIU local 1199", "labor-unions")]
    [InlineData("Rev. Johnson at First Baptist", "faith-communities")]
    [InlineData("the county health department", "public-health-agencies")]
    [InlineData("Councilmember Ortiz", "elected-officials")]
    public void Match_ExamplesFromTheBrief_RankExpectedAudienceFirstAboveThreshold(string phrase, string expected)
    {
        var top = Assert.Single(Matcher.Match(phrase).Take(1));
        Assert.Equal(expected, top.AudienceId);
        Assert.True(top.Confidence >= Matcher.Threshold, $"confidence {top.Confidence}");
        Assert.Equal(expected, Matcher.Best(phrase)?.AudienceId);
    }

    [Theory]
    [InlineData("medical residents", "health-professions-trainees")]
    [InlineData("the residents at County General", "health-professions-trainees")]
    [InlineData("a school's diversity office", "diversity-and-equity-offices")]
    [InlineData("a tenant union", "tenant-and-housing-groups")]
    [InlineData("a pediatric clinic", "clinics-and-health-centers")]
    [InlineData("a harm-reduction nonprofit", "harm-reduction-and-recovery-organizations")]
    public void Match_AlliesMisfiledBefore_LandOnTheirOwnProfileAboveThreshold(string phrase, string expected)
    {
        Assert.Equal(expected, Matcher.Best(phrase)?.AudienceId);
    }

    [Theory]
    [InlineData("residents on our block", "neighborhood-residents")]
    [InlineData("peer educators at the syringe exchange", "people-with-lived-experience")] // who they are, not where they work
    [InlineData("family physicians at the neighborhood clinic", "frontline-clinicians")]
    [InlineData("the nurses' union", "labor-unions")]
    public void Match_PeopleNamedBeforeWhereTheyWork_KeepTheirOwnProfile(string phrase, string expected)
    {
        Assert.Equal(expected, Matcher.Match(phrase).FirstOrDefault()?.AudienceId);
    }

    [Fact]
    public void Match_ResidentsWithoutContext_IsNotAConfidentGuess()
    {
        Assert.Null(Matcher.Best("the residents"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("zxqv blorp")]
    public void Match_NothingRecognisable_ReturnsEmptyAndNoBest(string phrase)
    {
        Assert.Empty(Matcher.Match(phrase));
        Assert.Null(Matcher.Best(phrase));
    }

    [Fact]
    public void Match_AmbiguousText_IsRankedAndBelowThreshold()
    {
        var matches = Matcher.Match("some people from the community");
        Assert.True(matches.Count == 0 || matches[0].Confidence < Matcher.Threshold);
    }

    [Fact]
    public void Match_SameInput_SameRankingAndConfidence()
    {
        Assert.Equal(Matcher.Match("the nurses at County General and their union"), Matcher.Match("the nurses at County General and their union"));
    }

    [Fact]
    public void Match_Confidences_AreBetweenZeroAndOneAndRankedDescending()
    {
        var matches = Matcher.Match("nurses union and the hospital CEO");
        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.InRange(m.Confidence, 0.0, 1.0));
        Assert.Equal(matches.OrderByDescending(m => m.Confidence).Select(m => m.AudienceId), matches.Select(m => m.AudienceId));
    }

    [Fact]
    public void Format_Matches_ListsIdsAndFlagsLowConfidence()
    {
        var text = AudienceMatchFormatter.Format("x", [new AudienceMatch("funders", "funders", 0.9), new AudienceMatch("media", "media", 0.1)], 0.5);
        Assert.Contains("funders", text);
        Assert.Contains("below threshold", text);
    }

    private static string Normal(string text) => string.Join(' ', TextNormalizer.Tokens(text));
}
