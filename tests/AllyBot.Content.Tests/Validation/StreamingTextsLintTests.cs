using AllyBot.Content.Loading;
using AllyBot.Content.Model;
using AllyBot.Content.Validation;

namespace AllyBot.Content.Tests.Validation;

/// The streaming texts the channels name by id (StreamingIds) are checked by content lint.
public sealed class StreamingTextsLintTests
{
    [Fact]
    public void ShippedLibrary_HasEveryStreamingText()
    {
        var library = ContentLoader.Load();

        Assert.All(StreamingIds.Texts, key => Assert.False(string.IsNullOrWhiteSpace(library.Text(StreamingIds.Step, key))));
    }

    [Fact]
    public void Lint_StreamingTextRemoved_ReportsTheMissingText()
    {
        using var copy = new LibraryCopy();
        copy.Replace("coaching/streaming.yaml", $"  {StreamingIds.CheckedVersionText}:", "  something-else:");

        var problems = ContentLinter.Lint(copy.Folder, overlayShipped: false);

        Assert.Contains(problems, p => p.Message.Contains($"The text '{StreamingIds.CheckedVersionText}' of step 'streaming' is missing", StringComparison.Ordinal));
    }
}
