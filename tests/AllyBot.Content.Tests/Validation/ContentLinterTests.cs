using AllyBot.Content.Loading;
using AllyBot.Content.Validation;
using Xunit.Abstractions;

namespace AllyBot.Content.Tests.Validation;

public sealed class ContentLinterTests(ITestOutputHelper output)
{
    private IReadOnlyList<ContentProblem> Lint(LibraryCopy copy)
    {
        var problems = ContentLinter.Lint(copy.Folder, overlayShipped: false);
        output.WriteLine(ContentLinter.Format(problems));
        return problems;
    }

    private static void AssertProblem(IReadOnlyList<ContentProblem> problems, string file, int line, string messagePart) =>
        Assert.Contains(problems, p =>
            p.File.EndsWith(file, StringComparison.Ordinal) && p.Line == line &&
            p.Message.Contains(messagePart, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Lint_UnbrokenCopy_HasNoProblems()
    {
        using var copy = new LibraryCopy();
        Assert.Empty(Lint(copy));
    }

    [Fact]
    public void Lint_YamlSyntaxError_ReportsFileAndLine()
    {
        using var copy = new LibraryCopy();
        var line = copy.Replace("audiences/funders.yaml", "name: funders and foundations", "name: funders: and foundations");
        AssertProblem(Lint(copy), "audiences/funders.yaml", line, "YAML syntax error");
    }

    [Fact]
    public void Lint_UnknownSourceId_ReportsFileAndLine()
    {
        using var copy = new LibraryCopy();
        var line = copy.Replace("coaching/goal.yaml", "    source: [amsa-creating-allies]", "    source: [amsa-creating-allies, made-up-guide]");
        AssertProblem(Lint(copy), "coaching/goal.yaml", line, "Unknown source id 'made-up-guide'");
    }

    [Fact]
    public void Lint_MissingRequiredField_ReportsFileAndLineOfTheItem()
    {
        using var copy = new LibraryCopy();
        var itemLine = copy.Replace("coaching/goal.yaml", "  - id: largest-goal", "  - id: largest-goal");
        copy.Replace("coaching/goal.yaml", "    reprompt: \"Tell me in a sentence", "    # reprompt removed: \"Tell me in a sentence");
        AssertProblem(Lint(copy), "coaching/goal.yaml", itemLine, "missing required field 'reprompt'");
    }

    [Fact]
    public void Lint_SuggestedChoiceNotAmongTheChoices_ReportsTheQuestion()
    {
        using var copy = new LibraryCopy();
        var itemLine = copy.Replace("coaching/sustain.yaml", "  - id: meeting-rhythm", "  - id: meeting-rhythm");
        copy.Replace("coaching/sustain.yaml", "    suggested: monthly", "    suggested: yearly");
        AssertProblem(Lint(copy), "coaching/sustain.yaml", itemLine, "suggested choice 'yearly' of question 'meeting-rhythm' is not one of its choices");
    }

    [Fact]
    public void Lint_DominantGroupFlagNotTrueOrFalse_ReportsFileAndLine()
    {
        using var copy = new LibraryCopy();
        var line = copy.Replace("audiences/funders.yaml", "dominant-group: true", "dominant-group: sometimes");
        AssertProblem(Lint(copy), "audiences/funders.yaml", line, "should be true or false");
    }

    [Fact]
    public void DominantGroup_ShippedProfiles_OnlyPowerfulAudiencesAreFlagged()
    {
        var library = ContentLoader.Load();
        Assert.True(library.Audience("hospital-leadership").DominantGroup);
        Assert.True(library.Audience("elected-officials").DominantGroup);
        Assert.True(library.Audience("funders").DominantGroup);
        Assert.False(library.Audience("patients-and-families").DominantGroup);
        Assert.False(library.Audience("community-organizers").DominantGroup);
    }

    [Fact]
    public void Lint_TemplateSyntaxError_ReportsFileAndLineInsideTheBody()
    {
        using var copy = new LibraryCopy();
        var line = copy.Replace("templates/talking-points.yaml", "{{ ally.ask }}", "{{ ally.ask ");
        AssertProblem(Lint(copy), "templates/talking-points.yaml", line, "does not parse");
    }

    [Fact]
    public void Lint_TemplateUnknownVariable_ReportsFileAndLine()
    {
        using var copy = new LibraryCopy();
        var line = copy.Replace("templates/talking-points.yaml", "{{ ally.offer }}", "{{ ally.favorite_color }}");
        AssertProblem(Lint(copy), "templates/talking-points.yaml", line, "does not render");
    }

    [Fact]
    public void Lint_CoachingTextUnknownPlaceholder_ReportsFileAndLine()
    {
        using var copy = new LibraryCopy();
        var line = copy.Replace("coaching/interruptions.yaml", "Stopped. Your plan is saved", "Stopped, {allie}. Your plan is saved");
        AssertProblem(Lint(copy), "coaching/interruptions.yaml", line, "Unknown placeholder '{allie}'");
    }

    [Fact]
    public void Lint_ShortTemplateOverWordLimit_ReportsTemplate()
    {
        using var copy = new LibraryCopy();
        var padding = string.Join(" ", Enumerable.Repeat("really", 60));
        copy.Replace("templates/pitch-common-values.yaml", "Could we talk this week?", "Could we talk " + padding + "?");
        Assert.Contains(Lint(copy), p => p.File.EndsWith("templates/pitch-common-values.yaml", StringComparison.Ordinal) && p.Line > 0 && p.Message.Contains("max-words is 80", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_DuplicateAudienceId_ReportsSecondFile()
    {
        using var copy = new LibraryCopy();
        File.Copy(copy.PathOf("audiences/media.yaml"), copy.PathOf("audiences/media-copy.yaml"));
        Assert.Contains(Lint(copy), p => p.Message.Contains("Duplicate audience id 'media'", StringComparison.Ordinal) && p.Line > 0);
    }

    [Fact]
    public void Lint_MisspelledField_ReportsUnknownField()
    {
        using var copy = new LibraryCopy();
        var line = copy.Replace("audiences/media.yaml", "story-hook:", "story-hok:");
        var problems = Lint(copy);
        AssertProblem(problems, "audiences/media.yaml", line, "Unknown field 'story-hok'");
        Assert.Contains(problems, p => p.Message.Contains("missing required field 'story-hook'", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_ScenarioWithUnknownAudience_ReportsFileAndLine()
    {
        using var copy = new LibraryCopy();
        var line = copy.Replace("coaching/scenarios.yaml", "audience: labor-unions", "audience: labour-unions");
        AssertProblem(Lint(copy), "coaching/scenarios.yaml", line, "Unknown audience id 'labour-unions'");
    }

    [Fact]
    public void Load_BrokenFolder_ThrowsValidationExceptionListingFileAndLine()
    {
        using var copy = new LibraryCopy();
        var line = copy.Replace("coaching/goal.yaml", "    source: [amsa-creating-allies]", "    source: [nope]");
        var ex = Assert.Throws<ContentValidationException>(() => ContentLoader.LoadFolder(copy.Folder, overlayShipped: false));
        Assert.Contains($"goal.yaml:{line}:", ex.Message);
        Assert.Single(ex.Problems);
    }

    [Fact]
    public void Lint_MissingFolder_ReportsIt()
    {
        var problems = ContentLinter.Lint(Path.Combine(Path.GetTempPath(), "no-such-allybot-folder"));
        Assert.Contains(problems, p => p.Message.Contains("does not exist", StringComparison.Ordinal));
    }
}
