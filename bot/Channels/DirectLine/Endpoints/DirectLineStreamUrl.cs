using System.Globalization;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// Builds the pre-authorised WebSocket URL of a conversation: <c>ws(s)://host/v3/directline/conversations/{id}/stream?t=…</c>.
/// The <c>t</c> token only opens the stream and expires after <see cref="DirectLineOptions.StreamUrlLifetime"/>.
/// </summary>
internal static class DirectLineStreamUrl
{
    public static string Build(HttpRequest request, string conversationId, string streamToken, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{DirectLineRoutes.Prefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={streamToken}";
        return watermark is { } w ? $"{url}&watermark={w.ToString(CultureInfo.InvariantCulture)}" : url;
    }
}
