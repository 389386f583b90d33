using System.Diagnostics;
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
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { BotDllPath(), "chat", "--user", "piped-tester" },
            WorkingDirectory = _folder.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in new[] { "ASPNETCORE_URLS", "URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "Storage__ConnectionString", "Storage__Provider" })
            start.Environment.Remove(name);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync("Lead-free water in schools\nthe PTA\n1\n");
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);

        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}; stderr: {await stderr}");
        Assert.Equal(
        [
            "Hi, I'm AllyBot. I help you find allies for your health or social-change goal.",
            "What goal are you working toward?",
            "Who is one potential ally who might share that goal?",
            "Your goal: Lead-free water in schools. One ally: the PTA. Is that right?",
            "  1. Yes",
            "  2. No",
            "Noted: the PTA as an ally for \"Lead-free water in schools\". Send any message to plan another goal.",
        ], output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        // The default store is relative to the working directory, created on first use.
        Assert.True(File.Exists(Path.Combine(_folder.Path, "data", "allybot.db")));
    }

    // tests/AllyBot.Bot.Tests/bin/<Configuration>/net10.0/ → bot/bin/<Configuration>/net10.0/AllyBot.Bot.dll
    private static string BotDllPath()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AllyBot.sln")))
            root = root.Parent;
        Assert.NotNull(root);
        var dll = Path.Combine(root.FullName, "bot", "bin", configuration, framework, "AllyBot.Bot.dll");
        Assert.True(File.Exists(dll), $"Build the bot first: {dll} is missing.");
        return dll;
    }
}
