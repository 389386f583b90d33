using AllyBot.Content.Generative;
using AllyBot.Content.Model;
using AllyBot.Content.Tests.Validation;
using AllyBot.Content.Validation;

namespace AllyBot.Content.Tests.Generative;

/// The generative prompts, texts and answer topics are content: shipped, overlaid and linted like the rest.
public sealed class GenerativeContentTests
{
    [Fact]
    public void ShippedLibrary_HasEveryPromptAndTextTheCodeNames()
    {
        foreach (var id in GenerativeIds.Prompts)
            Assert.NotEmpty(TestLibrary.Shipped.Prompt(id).Sources);
        foreach (var key in GenerativeIds.Texts)
            Assert.NotEmpty(TestLibrary.Shipped.Text(GenerativeIds.Step, key));
        Assert.NotEmpty(TestLibrary.Shipped.AnswerTopics);
    }

    [Fact]
    public void Lint_MissingPrompt_IsReported()
    {
        using var copy = new LibraryCopy();
        copy.Replace("generative/prompts.yaml", "- id: tone-warmer", "- id: tone-warmest");

        var problems = ContentLinter.Lint(copy.Folder, overlayShipped: false);

        Assert.Contains(problems, p => p.Message.Contains("'tone-warmer' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_AnswerTopicNamingAnUnknownTip_ReportsFileAndLine()
    {
        using var copy = new LibraryCopy();
        var line = copy.Replace("generative/answer-topics.yaml", "contact/not-last-meeting", "contact/no-such-tip");

        var problems = ContentLinter.Lint(copy.Folder, overlayShipped: false);

        Assert.Contains(problems, p => p.File.EndsWith("answer-topics.yaml", StringComparison.Ordinal) && p.Line == line && p.Message.Contains("contact/no-such-tip", StringComparison.Ordinal));
    }

    [Fact]
    public void Overlay_ReplacesAPromptById()
    {
        using var copy = new LibraryCopy(empty: true);
        copy.Write("generative/prompts.yaml", "prompts:\n  - id: tone-warmer\n    text: Be warm and brief.\n    source: [amsa-creating-allies]\n");

        var library = AllyBot.Content.Loading.ContentLoader.LoadFolder(copy.Folder);

        Assert.Equal("Be warm and brief.", library.Prompt(GenerativeIds.WarmerPrompt).Text);
        Assert.Equal(TestLibrary.Shipped.Prompt(GenerativeIds.SystemPrompt).Text, library.Prompt(GenerativeIds.SystemPrompt).Text);
    }

    [Theory]
    [InlineData(null, GenerativeFeatures.All)]
    [InlineData("pitch", GenerativeFeatures.Pitch)]
    [InlineData("Pitch, answers", GenerativeFeatures.Pitch | GenerativeFeatures.Answers)]
    public void Features_Parse(string? text, GenerativeFeatures expected)
    {
        var options = new GenerativeOptions { Features = text };
        Assert.Empty(options.Problems());
        Assert.Equal(expected, options.EnabledFeatures);
    }

    [Theory]
    [InlineData("pitch,poems")]
    [InlineData("none")]
    public void Features_Unknown_IsAProblem(string text) => Assert.NotEmpty(new GenerativeOptions { Features = text }.Problems());

    [Theory]
    [InlineData("{\"subject\":\"Hi\",\"short\":\"Hi Dana,\\nWe're work", "short", "Hi Dana,\nWe're work")]
    [InlineData("{\"short\":\"a \\\"quote\\\" \\u00e9", "short", "a \"quote\" é")]
    [InlineData("{\"short\":\"done\",\"long\":\"Dear", "long", "Dear")]
    [InlineData("{\"short\":\"x\\", "short", "x")]
    public void PartialJson_ReadsWhatHasArrived(string json, string field, string expected) =>
        Assert.Equal(expected, PartialJson.StringField(json, field));

    [Fact]
    public void PartialJson_FieldNotStarted_IsNull() => Assert.Null(PartialJson.StringField("{\"subject\":\"Hi\",", "long"));
}
