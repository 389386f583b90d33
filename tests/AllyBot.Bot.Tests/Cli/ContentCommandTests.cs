using AllyBot.Bot.Cli;
using AllyBot.Bot.Tests.Infrastructure;

namespace AllyBot.Bot.Tests.Cli;

/// <summary><c>content lint</c> and <c>content match</c> as a chapter runs them.</summary>
public sealed class ContentCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Lint_ShippedLibrary_ExitsZero()
    {
        var (code, output, _) = Run("content", "lint");

        Assert.Equal(0, code);
        Assert.Contains("no problems", output);
    }

    [Fact]
    public void Lint_CopyOfTheShippedLibrary_ExitsZero()
    {
        var copy = ContentFolders.CopyShippedLibrary(_folder.Path);

        var (code, _, _) = Run("content", "lint", copy, "--standalone");

        Assert.Equal(0, code);
    }

    [Fact]
    public void Lint_BrokenCopy_ExitsOneNamingFileAndLine()
    {
        var copy = ContentFolders.CopyShippedLibrary(_folder.Path);
        ContentFolders.BreakLaborUnionsProfile(copy);

        var (code, output, _) = Run("content", "lint", copy, "--standalone");

        Assert.Equal(1, code);
        Assert.Contains("labor-unions.yaml", output);
        Assert.Matches(@"labor-unions\.yaml:\d+", output);
    }

    [Fact]
    public void Lint_MissingFolder_ExitsOne()
    {
        var (code, output, _) = Run("content", "lint", _folder.File("nothing-here"));

        Assert.Equal(1, code);
        Assert.Contains("no such folder", output);
    }

    [Theory]
    [InlineData("the Sierra Club chapter", "environmental-groups")]
    [InlineData("SEIU local 1199", "labor-unions")]
    [InlineData("Councilmember Ortiz", "elected-officials")]
    public void Match_FreeText_PrintsBestProfileFirst(string text, string expected)
    {
        var (code, output, _) = Run("content", "match", text);

        Assert.Equal(0, code);
        var firstMatch = output.Split('\n').Skip(1).First().Trim();
        Assert.Contains(expected, firstMatch);
    }

    [Fact]
    public void Match_ChapterFolderAddsAnAudience_MatchesIt()
    {
        var overlay = Path.Combine(_folder.Path, "chapter", "audiences");
        Directory.CreateDirectory(overlay);
        var profile = File.ReadAllText(RepositoryPaths.Combine("content", "library", "audiences", "faith-communities.yaml"))
            .Replace("id: faith-communities", "id: mutual-aid-networks")
            .Replace("name: faith communities", "name: mutual aid networks")
            .Replace("aliases:\n", "aliases:\n- mutual aid network\n- mutual aid\n");
        File.WriteAllText(Path.Combine(overlay, "mutual-aid-networks.yaml"), profile);
        var command = ContentCommand.TryParse(["content", "match", "the neighborhood mutual aid network"])!;
        using var output = new StringWriter();

        var code = command.Run(configuredPath: Path.GetDirectoryName(overlay), output, TextWriter.Null);

        Assert.Equal(0, code);
        Assert.Contains("mutual-aid-networks", output.ToString().Split('\n')[1]);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("content", "match")]
    [InlineData("content", "frobnicate")]
    public void Run_WithoutAValidAction_PrintsUsageAndExitsTwo(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Contains("usage", error);
    }

    [Fact]
    public void TryParse_OtherCommands_ReturnsNull()
    {
        Assert.Null(ContentCommand.TryParse(["chat"]));
        Assert.Null(ContentCommand.TryParse([]));
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var command = ContentCommand.TryParse(args)!;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = command.Run(configuredPath: null, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
