using System.Net.Sockets;
using System.Text;

namespace AllyBot.Bot.Tests.Limits;

/// <summary>What came back on a raw connection: the status (null when the server closed without answering) and the whole response text.</summary>
public sealed record RawResponse(int? Status, string Text)
{
    public bool IsProblemDetails => Text.Contains("Content-Type: application/problem+json", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text.Length <= 600 ? Text : Text[..600] + "…";
}

/// <summary>
/// HTTP/1.1 over a plain TCP socket on loopback, for requests no well-behaved client would send: broken chunked
/// framing, bodies shorter than their Content-Length, oversized headers. Sends the bytes and reads until the server
/// closes the connection (every request says <c>Connection: close</c>). Shutting the sending side makes the body end
/// early for the server, but Kestrel then treats the client as gone and sends no answer.
/// </summary>
public static class RawHttp
{
    public static async Task<RawResponse> SendAsync(Uri server, byte[] request, bool closeSendingSide = false, TimeSpan? timeout = null)
    {
        using var client = new TcpClient();
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        await client.ConnectAsync(server.Host, server.Port, deadline.Token);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(request, deadline.Token);
            if (closeSendingSide)
                client.Client.Shutdown(SocketShutdown.Send);
        }
        catch (IOException)
        {
            // The server may close before reading everything (e.g. headers too large); its answer is still readable.
        }
        return await ReadToCloseAsync(stream, deadline.Token);
    }

    /// <summary>Reads until the server closes the connection (or resets it), then parses the status line.</summary>
    public static async Task<RawResponse> ReadToCloseAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var received = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                received.Write(buffer, 0, read);
        }
        catch (IOException)
        {
            // A reset after the answer: what arrived counts.
        }
        var text = Encoding.UTF8.GetString(received.ToArray());
        return new RawResponse(ParseStatus(text), text);
    }

    /// <summary>A request head (with <c>Connection: close</c>) followed by the body bytes as given.</summary>
    public static byte[] Request(string method, string path, string headers, byte[] body)
    {
        var head = Encoding.ASCII.GetBytes($"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{headers}\r\n");
        return [.. head, .. body];
    }

    private static int? ParseStatus(string text) =>
        text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && text.Length >= 12 && int.TryParse(text.AsSpan(9, 3), out var status)
            ? status
            : null;
}
