using System.Net.Sockets;
using System.Text;

namespace AllyBot.Bot.Tests.Limits;

/// <summary>Kestrel's limits from <c>BotHost:Limits</c>: slow or idle clients are closed, the connection count is capped, huge headers are refused.</summary>
public sealed class ConnectionLimitsTests
{
    [Fact]
    public async Task SlowHeaders_ConnectionClosedAfterTheHeaderTimeout()
    {
        await using var host = await EdgeHost.StartAsync(new Dictionary<string, string?> { ["BotHost:Limits:RequestHeadersTimeout"] = "00:00:01" });

        // Headers begun, never finished: the server must close the connection on its own.
        var response = await RawHttp.SendAsync(host.Address, Encoding.ASCII.GetBytes("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1"), timeout: TimeSpan.FromSeconds(15));

        Assert.True(response.Status is null or 408, response.ToString());
        Assert.True(await host.IsHealthyAsync());
    }

    [Fact]
    public async Task Connections_OverTheCap_Closed_AndServedAgainOnceOthersLeave()
    {
        await using var host = await EdgeHost.StartAsync(new Dictionary<string, string?> { ["BotHost:Limits:MaxConcurrentConnections"] = "3" });
        var idle = new List<TcpClient>();
        for (var i = 0; i < 3; i++)
        {
            var client = new TcpClient();
            await client.ConnectAsync(host.Address.Host, host.Address.Port);
            await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes("GET /healthz HTTP/1.1\r\n"));
            idle.Add(client);
        }

        // One more: accepted by the OS, then closed by Kestrel without an answer.
        var refused = await RawHttp.SendAsync(host.Address, RawHttp.Request("GET", "/healthz", "", []), timeout: TimeSpan.FromSeconds(15));
        Assert.Null(refused.Status);

        idle.ForEach(c => c.Dispose());
        var served = await ServedWithinAsync(host, TimeSpan.FromSeconds(10));
        Assert.True(served, "the host did not serve again after the idle connections left");
    }

    [Fact]
    public async Task HugeHeaders_431()
    {
        await using var host = await EdgeHost.StartAsync();

        var response = await RawHttp.SendAsync(host.Address, RawHttp.Request("GET", "/healthz", $"X-Huge: {new string('h', 40_000)}\r\n", []));

        Assert.Equal(431, response.Status);
        Assert.True(await host.IsHealthyAsync());
    }

    /// <summary>Kestrel frees a connection's place shortly after the socket closes: ask until it answers (bounded).</summary>
    private static async Task<bool> ServedWithinAsync(EdgeHost host, TimeSpan limit)
    {
        using var deadline = new CancellationTokenSource(limit);
        while (!deadline.IsCancellationRequested)
        {
            var response = await RawHttp.SendAsync(host.Address, RawHttp.Request("GET", "/healthz", "", []), timeout: limit);
            if (response.Status == 200)
                return true;
            await Task.Yield();
        }
        return false;
    }
}
