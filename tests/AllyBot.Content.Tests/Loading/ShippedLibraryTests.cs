using AllyBot.Content.Loading;
using AllyBot.Content.Model;
using AllyBot.Content.Validation;
using Xunit.Abstractions;

namespace AllyBot.Content.Tests.Loading;

public sealed class ShippedLibraryTests(ITestOutputHelper output)
{
    private static ContentLibrary Library => TestLibrary.Shipped;

    [Fact]
    public void LintShipped_EmbeddedLibrary_HasNoProblems()
    {
        var problems = ContentLinter.LintShipped();
        output.WriteLine(ContentLinter.Format(problems));
        Assert.Empty(problems);
    }

    [Fact]
    public void Lint_RepositoryFolderStandingAlone_HasNoProblems()
    {
        var problems = ContentLinter.Lint(TestLibrary.SourceFolder, overlayShipped: false);
        output.WriteLine(ContentLinter.Format(problems));
        Assert.Empty(problems);
    }

    [Fact]
    public void LoadShipped_FromAnyWorkingDirectory_FindsEmbeddedLibrary()
    {
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = Path.GetTempPath();
            var library = ContentLoader.Load(new ContentOptions());
            Assert.True(library.Audiences.Count >= 21);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Fact]
    public void Load_ShippedLibrary_HasEveryJourneyStep()
    {
        foreach (var step in JourneySteps.All)
        {
            Assert.Equal(step, Library.Step(step).Id);
        }
    }

    [Theory]
    [InlineData("medical-students")]
    [InlineData("academic-medicine")]
    [InlineData("hospital-leadership")]
    [InlineData("frontline-clinicians")]
    [InlineData("patients-and-families")]
    [InlineData("people-with-lived-experience")]
    [InlineData("community-organizers")]
    [InlineData("community-service-organizations")]
    [InlineData("labor-unions")]
    [InlineData("professional-associations")]
    [InlineData("public-health-agencies")]
    [InlineData("elected-officials")]
    [InlineData("faith-communities")]
    [InlineData("environmental-groups")]
    [InlineData("civil-rights-and-identity-groups")]
    [InlineData("youth-and-schools")]
    [InlineData("neighborhood-residents")]
    [InlineData("businesses")]
    [InlineData("funders")]
    [InlineData("media")]
    [InlineData("researchers-and-policy-experts")]
    public void Audience_RequiredId_HasEveryFieldFilled(string id)
    {
        var a = Library.Audience(id);
        Assert.False(string.IsNullOrWhiteSpace(a.Name));
        Assert.NotEmpty(a.Aliases);
        Assert.NotEmpty(a.ExamplePhrases);
        Assert.True(a.Values.Count >= 2);
        Assert.True(a.WordsTheyUse.Count >= 2);
        Assert.NotEmpty(a.WordsToAvoid);
        Assert.NotEmpty(a.SelfInterests);
        Assert.NotEmpty(a.Asks);
        Assert.NotEmpty(a.Offers);
        Assert.NotEmpty(a.Approach);
        Assert.False(string.IsNullOrWhiteSpace(a.StoryHook));
        Assert.True(a.QuestionsToAsk.Count >= 3);
        Assert.NotEmpty(a.Sources);
    }

    [Fact]
    public void Audiences_ComparedPairwise_DifferInSubstance()
    {
        var audiences = Library.Audiences.Values.ToList();
        foreach (var a in audiences)
        {
            foreach (var b in audiences.Where(b => string.CompareOrdinal(a.Id, b.Id) < 0))
            {
                Assert.NotEqual(a.Values[0], b.Values[0]);
                Assert.NotEqual(a.Asks[0], b.Asks[0]);
                Assert.NotEqual(a.Offers[0], b.Offers[0]);
                Assert.NotEqual(a.StoryHook, b.StoryHook);
                Assert.True(a.Asks.Intersect(b.Asks).Count() == 0, $"{a.Id} and {b.Id} share an ask");
            }
        }
    }

    [Fact]
    public void Sources_EveryQuestionTipExampleTemplateAudienceScenario_ResolveToSourcesYaml()
    {
        var known = Library.Sources.Keys.ToHashSet();
        var cited = Library.Steps.Values.SelectMany(s =>
                s.Questions.Values.SelectMany(q => q.Sources)
                    .Concat(s.Tips.Values.SelectMany(t => t.Sources))
                    .Concat(s.Examples.Values.SelectMany(e => e.Sources)))
            .Concat(Library.Templates.Values.SelectMany(t => t.Sources))
            .Concat(Library.Audiences.Values.SelectMany(a => a.Sources))
            .Concat(Library.Scenarios.Values.SelectMany(s => s.Sources))
            .ToList();
        Assert.NotEmpty(cited);
        Assert.All(cited, id => Assert.Contains(id, known));
        Assert.All(Library.Steps.Values.SelectMany(s => s.Questions.Values), q => Assert.NotEmpty(q.Sources));
        Assert.All(Library.Steps.Values.SelectMany(s => s.Tips.Values), t => Assert.NotEmpty(t.Sources));
        Assert.All(Library.Templates.Values, t => Assert.NotEmpty(t.Sources));
    }

    [Fact]
    public void Sources_EverySeedGuide_IsCitedByFileName()
    {
        var files = Library.Sources.Values.Select(s => s.File).ToHashSet();
        foreach (var seed in new[] { "000_7d8a33a1dfc7d4b3.txt", "001_5c79f13aeaf4fa01.txt", "002_543ec73d9936bb83.txt", "003_2ccc1fb271893fc0.txt", "004_236436a8093ba988.txt" })
        {
            Assert.Contains(seed, files);
        }
    }

    [Fact]
    public void Questions_Every_HasHelpExampleAndReprompt()
    {
        foreach (var question in Library.Steps.Values.SelectMany(s => s.Questions.Values))
        {
            Assert.False(string.IsNullOrWhiteSpace(question.Help), question.Id);
            Assert.NotEmpty(question.Examples);
            Assert.False(string.IsNullOrWhiteSpace(question.Reprompt), question.Id);
        }
    }

    [Fact]
    public void Scenarios_FromTheGuides_ReferenceRealAudiences()
    {
        Assert.Subset(Library.Scenarios.Keys.ToHashSet(), new HashSet<string> { "hiv-testing", "patient-safety", "single-payer" });
        Assert.True(Library.Scenarios.Count >= 6);
        foreach (var scenario in Library.Scenarios.Values)
        {
            Assert.InRange(scenario.Allies.Count, 2, 3);
            Assert.All(scenario.Allies, ally => Assert.True(Library.TryGetAudience(ally.AudienceId, out _), ally.AudienceId));
            Assert.All(scenario.Allies, ally => Assert.False(string.IsNullOrWhiteSpace(ally.Ask)));
        }
    }

    [Fact]
    public void Lookups_MissingKey_ThrowNamingKnownKeys()
    {
        var ex = Assert.Throws<ContentKeyNotFoundException>(() => Library.Step("goal").Question("no-such-question"));
        Assert.Contains("largest-goal", ex.Message);
        Assert.Throws<ContentKeyNotFoundException>(() => Library.Audience("dentists-guild"));
        Assert.Throws<ContentKeyNotFoundException>(() => Library.Text("interruptions", "nope"));
    }

    [Fact]
    public void Lookups_KnownKeys_ReturnTypedContent()
    {
        Assert.NotEmpty(Library.Step("goal").Question("largest-goal").Examples);
        Assert.Equal(5, Library.Step("allies").Question("stance").Choices.Count);
        Assert.False(string.IsNullOrWhiteSpace(Library.Text("interruptions", "cancelled")));
        Assert.Equal("Active ally", Library.Step("allies").Question("stance").Choice("active-ally").Title);
    }
}
