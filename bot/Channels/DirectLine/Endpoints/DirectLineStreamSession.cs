using System.Net.WebSockets;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// One open stream: sends the feed after the client's watermark, then every new activity as an ActivitySet
/// frame (typing included, with the current watermark), and an empty frame whenever it has been quiet for the
/// keep-alive interval. Clients' frames (DirectLineJS sends "" every 20 s) are read and ignored.
/// </summary>
internal sealed class DirectLineStreamSession(
    WebSocket socket,
    IDirectLineFeedSubscription subscription,
    IDirectLineConversationStore store,
    string conversationId,
    TimeSpan keepAlive,
    ILogger<DirectLineStreamSession> logger)
{
    private long watermark;

    public async Task RunAsync(long? afterWatermark, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiving = ReceiveUntilClosedAsync(stop);
        var reason = "conversation ended";
        try
        {
            watermark = afterWatermark ?? 0;
            if (await SendNewActivitiesAsync(stop.Token))
            {
                await PumpAsync(stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            reason = cancellationToken.IsCancellationRequested ? "server stopping" : reason;
        }
        catch (WebSocketException e)
        {
            logger.LogDebug(e, "A Direct Line stream dropped");
        }
        finally
        {
            await CloseAsync(reason);
            // Give the client a moment to answer the close frame; cancelling a receive aborts the socket.
            if (await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None)) != receiving)
            {
                await stop.CancelAsync();
            }

            await receiving;
        }
    }

    /// <summary>Forwards signals until the conversation ends or the client leaves.</summary>
    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(keepAlive);
            try
            {
                if (!await subscription.Signals.WaitToReadAsync(quiet.Token))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await SendAsync(ReadOnlyMemory<byte>.Empty, cancellationToken);
                // Also catches anything whose signal was dropped by a full channel.
                if (!await SendNewActivitiesAsync(cancellationToken))
                {
                    return;
                }

                continue;
            }

            while (subscription.Signals.TryRead(out var signal))
            {
                var alive = signal.TransientActivity is { } transient
                    ? await SendTransientAsync(transient, cancellationToken)
                    : await SendNewActivitiesAsync(cancellationToken, upTo: signal.Watermark);
                if (!alive)
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Sends what the feed holds after the last watermark sent, up to <paramref name="upTo"/> when given (so a
    /// typing signal that came in between is sent in its place); false when the conversation is gone.
    /// </summary>
    private async Task<bool> SendNewActivitiesAsync(CancellationToken cancellationToken, long? upTo = null)
    {
        var page = await store.GetActivitiesAsync(conversationId, watermark, cancellationToken);
        if (page is null)
        {
            return false;
        }

        var limit = upTo ?? page.Watermark;
        var activities = page.Activities.Where(a => a.Watermark <= limit).ToList();
        if (activities.Count > 0)
        {
            await SendAsync(DirectLineActivitySet.ToUtf8(activities.Select(a => a.Activity), activities[^1].Watermark), cancellationToken);
        }

        watermark = Math.Max(watermark, Math.Min(limit, page.Watermark));
        return true;
    }

    private async Task<bool> SendTransientAsync(string activity, CancellationToken cancellationToken)
    {
        await SendAsync(DirectLineActivitySet.ToUtf8([activity], watermark), cancellationToken);
        return true;
    }

    private Task SendAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken) =>
        socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).AsTask();

    private async Task ReceiveUntilClosedAsync(CancellationTokenSource stop)
    {
        var buffer = new byte[4 * 1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client left, or we are closing; either way the send side stops below.
        }

        await stop.CancelAsync();
    }

    private async Task CloseAsync(string reason)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            logger.LogDebug(e, "Closing a Direct Line stream failed");
        }
    }
}
