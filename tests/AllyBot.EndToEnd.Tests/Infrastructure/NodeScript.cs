using System.Diagnostics;
using System.Text;

namespace AllyBot.EndToEnd.Tests.Infrastructure;

/// <summary>What a Node script printed and how it ended.</summary>
public sealed record NodeResult(int ExitCode, string StandardOutput, string StandardError, bool TimedOut)
{
    /// <summary>The JSON after the last line starting with <paramref name="prefix"/> (scripts print e.g. "RESULT {...}").</summary>
    public string? LastLine(string prefix) => StandardOutput
        .Split('\n', StringSplitOptions.TrimEntries)
        .LastOrDefault(line => line.StartsWith(prefix + " ", StringComparison.Ordinal))?[(prefix.Length + 1)..];

    public override string ToString() =>
        $"node exited {(TimedOut ? "(timed out)" : ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture))}\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}

/// <summary>
/// Runs a script from tests/js (Microsoft's and Slack's official JS clients) with the system <c>node</c>, with a
/// time limit after which the whole process tree is killed.
/// </summary>
public static class NodeScript
{
    public static async Task<NodeResult> RunAsync(
        string scriptRelativeToJs,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var script = Path.Combine(RepositoryPaths.JsClients, scriptRelativeToJs);
        if (!Directory.Exists(Path.Combine(RepositoryPaths.JsClients, "node_modules")))
        {
            throw new InvalidOperationException("tests/js/node_modules is missing: run tests/install-prerequisites.sh (test.sh does).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.GetDirectoryName(script)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        var errors = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (errors) errors.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var limit = new CancellationTokenSource(timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        // WaitForExit without a timeout flushes the redirected streams.
        process.WaitForExit();
        lock (output)
        lock (errors)
        {
            return new NodeResult(timedOut ? -1 : process.ExitCode, output.ToString(), errors.ToString(), timedOut);
        }
    }
}
