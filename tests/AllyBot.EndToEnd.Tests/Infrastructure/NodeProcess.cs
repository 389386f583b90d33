using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace AllyBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A long-running Node program from tests/js (e.g. a client tool that serves a UI, such as the Agents
/// Playground), started in the background; wait for a line of its output, and dispose to kill its process tree.
/// For scripts that run to completion, use <see cref="NodeScript.RunAsync"/>.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly List<(Regex Pattern, TaskCompletionSource<Match> Seen)> waiters = [];

    private NodeProcess(Process process) => this.process = process;

    /// <summary>Everything written to stdout and stderr so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static NodeProcess Start(string scriptRelativeToJs, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var script = Path.Combine(RepositoryPaths.JsClients, scriptRelativeToJs);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(script)!,
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

        var node = new NodeProcess(new Process { StartInfo = start });
        node.process.OutputDataReceived += (_, e) => node.Append(e.Data);
        node.process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        node.process.Start();
        node.process.BeginOutputReadLine();
        node.process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Waits for an output line matching <paramref name="pattern"/> (also one already printed).</summary>
    public async Task<Match> WaitForOutputAsync(string pattern, TimeSpan timeout)
    {
        var regex = new Regex(pattern);
        var seen = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (output)
        {
            var earlier = regex.Match(output.ToString());
            if (earlier.Success)
            {
                return earlier;
            }

            waiters.Add((regex, seen));
        }

        var finished = await Task.WhenAny(seen.Task, Task.Delay(timeout), process.WaitForExitAsync());
        return finished == seen.Task
            ? await seen.Task
            : throw new TimeoutException($"No output matching /{pattern}/ within {timeout} (exited: {process.HasExited}).\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
            foreach (var waiter in waiters.ToList())
            {
                var match = waiter.Pattern.Match(line);
                if (match.Success)
                {
                    waiters.Remove(waiter);
                    waiter.Seen.TrySetResult(match);
                }
            }
        }
    }
}
