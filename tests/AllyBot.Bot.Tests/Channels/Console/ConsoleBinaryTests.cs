using AllyBot.Bot.Tests.Infrastructure;

namespace AllyBot.Bot.Tests.Channels.Console;

/// <summary>The real built program, as a person runs it: <c>dotnet bot/bin/…/AllyBot.Bot.dll chat</c> with piped stdin.</summary>
public sealed class ConsoleBinaryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ChatCommand_PipedInput_PrintsRepliesOnlyAndExitsZero()
    {
        var (exitCode, output, error) = await BotProcess.RunAsync(_folder.Path, "2\nMaya\nLead-free water in schools\nnot sure\n", "chat", "--user", "piped-tester");

        Assert.True(exitCode == 0, $"exit {exitCode}; stderr: {error}");
        Assert.Equal(
        [
            .. JourneyText.WelcomeLines("piped-tester"),
            .. JourneyText.QuestionLines("welcome", "start"),
            JourneyText.Question("welcome", "your-name"),
            JourneyText.GoalIntro(),
            JourneyText.Question("goal", "largest-goal"),
            JourneyText.Question("goal", "issue"),
            JourneyText.Text("interruptions", "skipped-for-now"),
            JourneyText.Question("goal", "solution"),
        ], output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        // The default store is relative to the working directory, created on first use.
        Assert.True(File.Exists(Path.Combine(_folder.Path, "data", "allybot.db")));
    }
}
