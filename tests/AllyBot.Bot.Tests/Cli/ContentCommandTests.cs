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
        var copy = CopyShippedLibrary();

        var (code, _, _) = Run("content", "lint", copy, "--standalone");

        Assert.Equal(0, code);
    }

    [Fact]
    public void Lint_BrokenCopy_ExitsOneNamingFileAndLine()
    {
        var copy = CopyShippedLibrary();
        var file = Path.Combine(copy, "audiences", "labor-unions.yaml");
        var lines = File.ReadAllLines(file).ToList();
        var idLine = lines.FindIndex(l => l.StartsWith("id:", StringComparison.Ordinal));
        lines.Insert(idLine + 1, "sources: [no-such-source]");
        File.WriteAllLines(file, lines);

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

    private string CopyShippedLibrary()
    {
        var source = RepositoryPaths.Combine("content", "library");
        var target = Path.Combine(_folder.Path, "library");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }
}
