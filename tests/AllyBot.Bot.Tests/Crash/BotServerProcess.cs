using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AllyBot.Bot.Tests.Infrastructure;

namespace AllyBot.Bot.Tests.Crash;

/// <summary>
/// The real built bot (<c>dotnet bot/bin/…/AllyBot.Bot.dll</c>) as a web host on a free loopback port and a
/// SQLite file, started as its own process so it can be killed with SIGKILL like a crashed server.
/// </summary>
public sealed class BotServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BotServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    /// <summary>Starts the bot on <paramref name="databasePath"/> and returns once <c>/healthz</c> answers.</summary>
    public static async Task<BotServerProcess> StartAsync(string workingDirectory, string databasePath)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BotProcess.BotDllPath());
        start.ArgumentList.Add($"--urls={address.ToString().TrimEnd('/')}");
        foreach (var name in new[] { "ASPNETCORE_URLS", "URLS", "Content__Path" })
            start.Environment.Remove(name);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__Provider"] = "sqlite";
        start.Environment["Storage__ConnectionString"] = $"Data Source={databasePath}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var process = Process.Start(start)!;
        // Drain the pipes so a chatty host never blocks on a full buffer.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new BotServerProcess(process, address);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    /// <summary>SIGKILL: no shutdown, no flush, whatever the host was doing.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        Http.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The bot exited with {_process.ExitCode} before it was healthy.");
            try
            {
                using var response = await Http.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The bot did not become healthy within 60 s.");
            await Task.Delay(50);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
