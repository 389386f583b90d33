using AllyBot.Content.Tests.Validation;
using AllyBot.Content.Validation;
using Xunit.Abstractions;

namespace AllyBot.Content.Tests.Drafting;

/// What `content lint` says about the drafting parts of the library: story topics, pitch parts, template
/// variables, and pitches that break the pitch rules.
public sealed class DraftingLintTests(ITestOutputHelper output)
{
    private IReadOnlyList<ContentProblem> Lint(LibraryCopy copy)
    {
        var problems = ContentLinter.Lint(copy.Folder, overlayShipped: false);
        output.WriteLine(ContentLinter.Format(problems));
        return problems;
    }

    [Fact]
    public void Lint_UnknownStoryTopic_ReportsTheAudienceLine()
    {
        using var copy = new LibraryCopy();
        var line = copy.Replace("audiences/media.yaml", "story-topics: [asthma]", "story-topics: [asthmaa]");
        Assert.Contains(Lint(copy), p => p.File.EndsWith("audiences/media.yaml", StringComparison.Ordinal) && p.Line == line
            && p.Message.Contains("Unknown story topic 'asthmaa'", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_AudienceWithoutStoryTopics_IsFineAndGetsNoHook()
    {
        using var copy = new LibraryCopy();
        copy.Replace("audiences/media.yaml", "story-topics: [asthma]\n", "");
        Assert.Empty(Lint(copy));
    }

    [Fact]
    public void Lint_PartForAnUnknownAudience_ReportsTheTemplate()
    {
        using var copy = new LibraryCopy();
        var line = copy.Replace("templates/audiences/media.yaml", "audiences: [media]", "audiences: [newspapers]");
        Assert.Contains(Lint(copy), p => p.File.EndsWith("templates/audiences/media.yaml", StringComparison.Ordinal) && p.Line == line
            && p.Message.Contains("Unknown audience id 'newspapers'", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_PartForAnUnknownStance_Reported()
    {
        using var copy = new LibraryCopy();
        copy.Replace("templates/audiences/media.yaml", "    audiences: [media]\n", "    audiences: [media]\n    stances: [lukewarm]\n");
        Assert.Contains(Lint(copy), p => p.Message.Contains("Unknown stance 'lukewarm'", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_PitchTemplateUsingAPrivateNote_DoesNotRender()
    {
        using var copy = new LibraryCopy();
        var line = copy.Replace("templates/pitch-common-values.yaml", "{{ part.their_gain }}", "{{ part.their_gain }} {{ private.motives[0] }}");
        Assert.Contains(Lint(copy), p => p.File.EndsWith("templates/pitch-common-values.yaml", StringComparison.Ordinal) && p.Line == line
            && p.Message.Contains("does not render", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_PartWithAnUnknownVariable_ReportsThePartsLine()
    {
        using var copy = new LibraryCopy();
        var line = copy.Replace("templates/audiences/labor-unions.yaml", "{{ ally.self_interest }}", "{{ ally.self_intrest }}");
        Assert.Contains(Lint(copy), p => p.File.EndsWith("templates/audiences/labor-unions.yaml", StringComparison.Ordinal) && p.Line == line
            && p.Message.Contains("labor-unions-their-gain", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("templates/audiences/labor-unions.yaml", "not handed down.", "not handed down…", "ellipsis")]
    [InlineData("templates/audiences/labor-unions.yaml", "not handed down.", "not handed down and handed down.", "doubled-phrase")]
    [InlineData("templates/audiences/labor-unions.yaml", "not handed down.", "not handed down by management's perspective.", "word-to-avoid")]
    public void Lint_PartThatBreaksAPitchRule_ReportedAtTheSample(string file, string oldText, string newText, string rule)
    {
        using var copy = new LibraryCopy();
        copy.Replace(file, oldText, newText);
        Assert.Contains(Lint(copy), p => p.Message.Contains($"breaks a pitch rule ({rule})", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_PitchPartWithoutAPartName_Reported()
    {
        using var copy = new LibraryCopy();
        copy.Replace("templates/audiences/media.yaml", "    part: why-you\n", "");
        Assert.Contains(Lint(copy), p => p.Message.Contains("missing required field 'part'", StringComparison.Ordinal));
    }
}
