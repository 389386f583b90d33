using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace AllyBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineStreamTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly DirectLineTestHost host = new(new Dictionary<string, string?> { ["DirectLine:KeepAliveInterval"] = "00:00:00.300" });

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Stream_Opened_SendsTheBacklogThenNewActivitiesWithTyping()
    {
        var conversation = await host.StartConversationAsync();
        using var socket = await ConnectAsync(conversation.StreamUrl);

        var backlog = await ReceiveActivitySetAsync(socket);
        await host.PostMessageAsync(conversation, "typing please", clientActivityId: "c-7");
        var echo = await ReceiveActivitySetAsync(socket);
        var typing = await ReceiveActivitySetAsync(socket);
        var reply = await ReceiveActivitySetAsync(socket);

        Assert.StartsWith(ProtocolTestBot.Welcome, Text(backlog, 0), StringComparison.Ordinal);
        Assert.Equal("1", backlog.GetProperty("watermark").GetString());
        Assert.Equal("c-7", echo.GetProperty("activities")[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("2", echo.GetProperty("watermark").GetString());
        Assert.Equal("typing", typing.GetProperty("activities")[0].GetProperty("type").GetString());
        Assert.Equal("bot", typing.GetProperty("activities")[0].GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("2", typing.GetProperty("watermark").GetString());
        Assert.Equal("Done typing.", Text(reply, 0));
        Assert.Equal("3", reply.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task Stream_FromReconnectWithWatermark_ReplaysOnlyLaterActivities()
    {
        var conversation = await host.StartConversationAsync();
        await host.PostMessageAsync(conversation, "one");
        var (_, reconnected) = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}?watermark=2", conversation.Token);

        using var socket = await ConnectAsync(reconnected.GetProperty("streamUrl").GetString()!);
        var replay = await ReceiveActivitySetAsync(socket);

        Assert.Equal(1, replay.GetProperty("activities").GetArrayLength());
        Assert.Equal("You said: one", Text(replay, 0));
        Assert.Equal("3", replay.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task Stream_WhenQuiet_SendsEmptyKeepAliveFrames()
    {
        var conversation = await host.StartConversationAsync();
        using var socket = await ConnectAsync(conversation.StreamUrl);
        await ReceiveActivitySetAsync(socket);

        var frame = await ReceiveFrameAsync(socket);

        Assert.Equal(string.Empty, frame);
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task Stream_ClientClosing_IsAnsweredWithAClose()
    {
        var conversation = await host.StartConversationAsync();
        using var socket = await ConnectAsync(conversation.StreamUrl);
        await ReceiveActivitySetAsync(socket);

        using var timeout = new CancellationTokenSource(Patience);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);

        Assert.Equal(WebSocketState.Closed, socket.State);
    }

    [Fact]
    public async Task Stream_TokenOfAnotherConversation_Is403BeforeUpgrading()
    {
        var mine = await host.StartConversationAsync();
        var theirs = await host.StartConversationAsync();
        var streamToken = new Uri(mine.StreamUrl).Query.Split("t=")[1];
        var forged = $"ws://{host.BaseAddress.Authority}/v3/directline/conversations/{theirs.Id}/stream?t={streamToken}";

        var status = await HandshakeStatusAsync(forged);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Stream_ConversationTokenInsteadOfStreamToken_Is403()
    {
        var conversation = await host.StartConversationAsync();

        var status = await HandshakeStatusAsync($"ws://{host.BaseAddress.Authority}/v3/directline/conversations/{conversation.Id}/stream?t={conversation.Token}");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Stream_UrlOlderThanAMinute_Is403()
    {
        var conversation = await host.StartConversationAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(HttpStatusCode.Forbidden, await HandshakeStatusAsync(conversation.StreamUrl));
    }

    [Fact]
    public async Task Stream_PlainHttpGet_Is400()
    {
        var conversation = await host.StartConversationAsync();
        var url = conversation.StreamUrl.Replace("ws://", "http://", StringComparison.Ordinal);

        var (response, body) = await host.SendAsync(HttpMethod.Get, url, bearer: null);

        DirectLineTokenEndpointTests.AssertProblem(response, body, HttpStatusCode.BadRequest);
    }

    private static async Task<ClientWebSocket> ConnectAsync(string url)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(new Uri(url), timeout.Token);
        return socket;
    }

    private static async Task<HttpStatusCode> HandshakeStatusAsync(string url)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        using var timeout = new CancellationTokenSource(Patience);
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(url), timeout.Token));
        return socket.HttpStatusCode;
    }

    /// <summary>The next non-empty frame, parsed (keep-alive frames are skipped, as clients do).</summary>
    private static async Task<JsonElement> ReceiveActivitySetAsync(ClientWebSocket socket)
    {
        while (true)
        {
            var frame = await ReceiveFrameAsync(socket);
            if (frame.Length > 0)
            {
                return JsonDocument.Parse(frame).RootElement.Clone();
            }
        }
    }

    private static async Task<string> ReceiveFrameAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, timeout.Token);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            buffer.Write(chunk, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(buffer.ToArray());
            }
        }
    }

    private static string? Text(JsonElement set, int index) => set.GetProperty("activities")[index].GetProperty("text").GetString();
}
