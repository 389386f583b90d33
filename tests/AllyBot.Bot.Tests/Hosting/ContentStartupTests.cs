using AllyBot.Bot.Tests.Infrastructure;

namespace AllyBot.Bot.Tests.Hosting;

/// <summary>The library loads at start-up; a chapter's broken folder stops the bot with a message naming the file and line.</summary>
public sealed class ContentStartupTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Start_BrokenContentFolder_RefusesToStartNamingFileAndLine()
    {
        var library = ContentFolders.CopyShippedLibrary(_folder.Path);
        ContentFolders.BreakLaborUnionsProfile(library);

        var result = await BotProcess.RunAsync(_folder.Path, "", "chat", $"--Content:Path={library}");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("AllyBot cannot start", result.Error);
        Assert.Matches(@"labor-unions\.yaml:\d+", result.Error);
        Assert.Contains("no-such-source", result.Error);
        Assert.Equal("", result.Output);
    }
}
