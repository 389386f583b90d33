using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using AllyBot.EndToEnd.Tests.Infrastructure;

namespace AllyBot.EndToEnd.Tests.Teams;

/// <summary>
/// The Microsoft 365 Agents Playground (<c>@microsoft/teams-app-test-tool</c> 0.2.28, pinned in tests/js) as
/// a real process: a Teams-like web client plus a mock Bot Connector at <c>/_connector</c>, talking to the bot
/// over <c>/api/messages</c> with channel <c>msteams</c> and NORMAL delivery (the bot POSTs its replies to the
/// Playground's connector). It runs fully offline; no app id, so the bot's authentication is off. Each session
/// gets its own port and working folder (the Playground writes <c>devTools/</c> logs there).
/// </summary>
public sealed partial class AgentsPlayground : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _workFolder;

    private AgentsPlayground(Process process, string workFolder, int port)
    {
        _process = process;
        _workFolder = workFolder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The Playground's web client, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Url => new($"http://127.0.0.1:{Port}/");

    /// <summary>Everything the Playground printed so far, for failure messages.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <param name="botMessagesEndpoint">The bot's <c>/api/messages</c> URL.</param>
    public static async Task<AgentsPlayground> StartAsync(Uri botMessagesEndpoint)
    {
        var cli = Path.Combine(RepositoryPaths.JsClients, "node_modules", "@microsoft", "teams-app-test-tool", "cli.js");
        if (!File.Exists(cli))
            throw new InvalidOperationException($"{cli} is missing: run tests/install-prerequisites.sh (test.sh does).");

        var port = FreeLoopbackPort();
        var workFolder = Path.Combine(Path.GetTempPath(), "allybot-e2e", "playground-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workFolder);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     cli, "start",
                     "--app-endpoint", botMessagesEndpoint.ToString(),
                     "--channel-id", "msteams",
                     "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     // The bot sends its replies here: loopback by address, so "localhost" never resolves elsewhere.
                     "--service-url", $"http://127.0.0.1:{port}/_connector",
                     "--disable-telemetry",
                 })
            start.ArgumentList.Add(argument);
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none"; // we bring Chromium ourselves

        var process = new Process { StartInfo = start };
        var playground = new AgentsPlayground(process, workFolder, port);
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => playground.OnOutput(e.Data, listening);
        process.ErrorDataReceived += (_, e) => playground.OnOutput(e.Data, listening);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(StartTimeout));
        if (first != listening.Task)
        {
            await playground.DisposeAsync();
            throw new InvalidOperationException($"The Agents Playground did not start listening on {port}:\n{playground.Output}");
        }
        if (await listening.Task != port)
        {
            // It falls back to a random port when the chosen one got taken meanwhile; our --service-url would be wrong.
            await playground.DisposeAsync();
            throw new InvalidOperationException($"The Agents Playground listens on {await listening.Task} instead of {port}:\n{playground.Output}");
        }
        return playground;
    }

    private void OnOutput(string? line, TaskCompletionSource<int> listening)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
        if (ListeningLine().Match(line) is { Success: true } match)
            listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            // Already gone, or never started.
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_workFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
