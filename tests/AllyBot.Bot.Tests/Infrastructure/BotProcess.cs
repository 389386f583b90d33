using System.Diagnostics;

namespace AllyBot.Bot.Tests.Infrastructure;

/// <summary>Runs the real built program (<c>dotnet bot/bin/…/AllyBot.Bot.dll …</c>) as a person would, with piped input.</summary>
public static class BotProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string workingDirectory, string standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BotDllPath());
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // The program must run on its embedded defaults, whatever the test runner's environment says.
        foreach (var name in new[] { "ASPNETCORE_URLS", "URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "Storage__ConnectionString", "Storage__Provider", "Content__Path" })
            start.Environment.Remove(name);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(standardInput);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    // tests/AllyBot.Bot.Tests/bin/<Configuration>/net10.0/ → bot/bin/<Configuration>/net10.0/AllyBot.Bot.dll
    public static string BotDllPath()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = RepositoryPaths.Combine("bot", "bin", testBin.Parent!.Name, testBin.Name, "AllyBot.Bot.dll");
        Assert.True(File.Exists(dll), $"Build the bot first: {dll} is missing.");
        return dll;
    }
}
