using AllyBot.Bot.Cli;
using AllyBot.Bot.Tests.Infrastructure;

namespace AllyBot.Bot.Tests.Reliability;

/// <summary>
/// A chapter overlay (<c>Content:Path</c>) that gives a command, a stance or a role an id the bot does not
/// handle is refused by <c>content lint</c> and by the bot at start-up, naming the file and line, instead of
/// reaching code that would treat it as something else (an unknown command used to mean "delete my data").
/// </summary>
public sealed class UnknownIdOverlayTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string, string, string> Overlays() => new()
    {
        { "interruptions", "commands", "pause", "the commands" },
        { "allies", "stance", "ally-ish", "the stances" },
        { "welcome", "who-are-you", "faith-leader", "the roles" },
    };

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ContentLint_OverlayWithAnUnknownId_ExitsOneNamingFileLineAndId(string step, string question, string id, string what)
    {
        var overlay = OverlayAdding(step, question, id);

        var command = ContentCommand.TryParse(["content", "lint", overlay])!;
        using var output = new StringWriter();
        var code = command.Run(configuredPath: null, output, TextWriter.Null);

        Assert.Equal(1, code);
        Assert.Matches($@"{step}\.yaml:\d+: Question '{question}' has the choice '{id}', which the bot does not handle as one of {what}\.", output.ToString());
    }

    [Fact]
    public async Task Bot_StartedOnAnOverlayWithAnUnknownCommand_RefusesToStartAndSaysWhy()
    {
        var overlay = OverlayAdding("interruptions", "commands", "pause");

        var result = await BotProcess.RunAsync(_folder.Path, "", $"--Content:Path={overlay}", "--urls=http://127.0.0.1:0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("AllyBot cannot start", result.Error);
        Assert.Contains("'pause'", result.Error);
    }

    /// <summary>A one-file overlay: the shipped question with one more choice.</summary>
    private string OverlayAdding(string step, string question, string id)
    {
        var shipped = File.ReadAllLines(RepositoryPaths.Combine("content", "library", "coaching", $"{step}.yaml"));
        var start = Array.FindIndex(shipped, line => line == $"  - id: {question}");
        var end = Array.FindIndex(shipped, start + 1, line => line.StartsWith("  - id: ", StringComparison.Ordinal) || !line.StartsWith(' '));
        var lines = shipped[start..(end < 0 ? shipped.Length : end)].ToList();
        lines.Insert(lines.FindIndex(l => l == "    choices:") + 1, $"      - {{ id: {id}, title: \"{id}\", synonyms: [\"{id}\"] }}");
        var folder = Path.Combine(_folder.Path, $"overlay-{step}");
        Directory.CreateDirectory(Path.Combine(folder, "coaching"));
        File.WriteAllLines(Path.Combine(folder, "coaching", $"{step}.yaml"), [$"step: {step}", "questions:", .. lines]);
        return folder;
    }
}
