using System.Text.Json;
using AllyBot.Bot.Hosting.Http;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// The limits on what a client may post besides the body size: <c>text</c> at most
/// <see cref="DirectLineOptions.MaxTextLength"/> characters and <c>channelData</c> at most
/// <see cref="DirectLineOptions.MaxChannelDataBytes"/> bytes of JSON. Everything posted is echoed into the feed,
/// so these bound what one anonymous post can make the host keep.
/// </summary>
internal static class DirectLineInboundLimits
{
    public static IResult? Check(Activity activity, DirectLineOptions options)
    {
        if (activity.Text is { } text && text.Length > options.MaxTextLength)
        {
            return RequestProblems.PartTooLarge("text", options.MaxTextLength, "character");
        }

        if (activity.ChannelData is { } channelData && JsonSizeOf(channelData) > options.MaxChannelDataBytes)
        {
            return RequestProblems.PartTooLarge("channelData", options.MaxChannelDataBytes, "byte");
        }

        return null;
    }

    private static long JsonSizeOf(object value) => value is JsonElement element
        ? System.Text.Encoding.UTF8.GetByteCount(element.GetRawText())
        : JsonSerializer.SerializeToUtf8Bytes(value, BuilderJson.Options).LongLength;
}
