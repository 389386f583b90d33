using AllyBot.Content.Loading;
using AllyBot.Content.Matching;
using AllyBot.Content.Tests.Validation;
using AllyBot.Content.Validation;

namespace AllyBot.Content.Tests.Loading;

public sealed class OverlayTests
{
    private const string DentalStudents = """
        id: dental-students
        name: dental students
        aliases: [dental students, dental school classmates, ASDA chapter]
        example-phrases: [the pre-doctoral dental class]
        keywords: [dental student, ASDA, dental school]
        values: [oral health as part of whole health, serving patients who can't afford a dentist]
        words-they-use: [oral health, community dentistry]
        words-to-avoid: [just teeth]
        self-interests: [community dentistry experience]
        asks: [staff a screening table at the health fair]
        offers: [oral health screenings for the community]
        approach: [Go through the ASDA chapter president.]
        story-hook: "Picture a child who can't focus in class because of a toothache nobody has treated."
        questions-to-ask: [What oral health needs do you see?, When are students free?, Who leads your outreach?]
        source: amsa-creating-allies
        """;

    private const string GoalEdit = """
        step: goal
        questions:
          - id: largest-goal
            text: "What does our chapter want to change most this year?"
            help: "A chapter-specific wording."
            examples: ["Dental coverage in Medicaid for adults"]
            reprompt: "A sentence is plenty."
            source: [amsa-creating-allies]
        """;

    [Fact]
    public void LoadFolder_OverlayWithNewAudienceAndEditedQuestion_ExtendsShippedLibrary()
    {
        using var overlay = new LibraryCopy(empty: true);
        overlay.Write("audiences/dental-students.yaml", DentalStudents);
        overlay.Write("coaching/goal.yaml", GoalEdit);

        var library = ContentLoader.Load(new ContentOptions { Path = overlay.Folder });

        Assert.Equal(TestLibrary.Shipped.Audiences.Count + 1, library.Audiences.Count);
        Assert.Equal("dental students", library.Audience("dental-students").Name);
        Assert.StartsWith("What does our chapter", library.Step("goal").Question("largest-goal").Text);
        Assert.Equal(TestLibrary.Shipped.Step("goal").Question("scope").Text, library.Step("goal").Question("scope").Text);
        Assert.Equal(TestLibrary.Shipped.Step("goal").Tips.Count, library.Step("goal").Tips.Count);
        Assert.Equal("dental-students", new AudienceMatcher(library).Best("the ASDA chapter at the dental school")?.AudienceId);
    }

    [Fact]
    public void LoadFolder_OverlayReplacingAudience_UsesOverlayVersion()
    {
        using var overlay = new LibraryCopy(empty: true);
        overlay.Write("audiences/media.yaml", DentalStudents.Replace("id: dental-students", "id: media").Replace("name: dental students", "name: campus media"));
        var library = ContentLoader.LoadFolder(overlay.Folder);
        Assert.Equal("campus media", library.Audience("media").Name);
        Assert.Equal(TestLibrary.Shipped.Audiences.Count, library.Audiences.Count);
    }

    [Fact]
    public void LoadFolder_StandaloneFolderMissingSteps_ReportsMissingSteps()
    {
        using var overlay = new LibraryCopy(empty: true);
        overlay.Write("audiences/dental-students.yaml", DentalStudents);
        var problems = ContentLinter.Lint(overlay.Folder, overlayShipped: false);
        Assert.Contains(problems, p => p.Message.Contains("coaching step 'goal' is missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("Unknown source id 'amsa-creating-allies'", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_OverlayWithBadFile_NamesTheOverlayFile()
    {
        using var overlay = new LibraryCopy(empty: true);
        overlay.Write("audiences/dental-students.yaml", DentalStudents.Replace("source: amsa-creating-allies", "source: chapter-handbook"));
        var problem = Assert.Single(ContentLinter.Lint(overlay.Folder));
        Assert.Equal(overlay.PathOf("audiences/dental-students.yaml"), problem.File);
        Assert.Equal(15, problem.Line);
    }
}
