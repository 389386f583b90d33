using AllyBot.Bot.Tests.Infrastructure;
using System.Diagnostics;

namespace AllyBot.Bot.Tests.Channels.Slack.Support;

/// <summary>Runs a Node script of tests/js with JSON on stdin and returns its stdout (fails the test on a non-zero exit).</summary>
public static class NodeScript
{
    public static async Task<string> RunAsync(string scriptRelativeToTestsJs, string stdin, TimeSpan? timeout = null)
    {
        var jsRoot = RepositoryPaths.Combine("tests", "js");
        Assert.True(Directory.Exists(Path.Combine(jsRoot, "node_modules")),
            "tests/js/node_modules is missing: run tests/install-prerequisites.sh (or `cd tests/js && npm ci --ignore-scripts`).");

        var start = new ProcessStartInfo("node", Path.Combine(jsRoot, scriptRelativeToTestsJs))
        {
            WorkingDirectory = jsRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();

        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        Assert.True(process.ExitCode == 0, $"node {scriptRelativeToTestsJs} exited with {process.ExitCode}: {await stderr}");
        return await stdout;
    }
}
