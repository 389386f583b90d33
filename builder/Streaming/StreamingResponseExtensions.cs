using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Streaming;

public static class StreamingResponseExtensions
{
    /// <summary>Ends the stream with a plain text final message; see <see cref="IStreamingResponse.EndStreamAsync"/>.</summary>
    public static Task<ResourceResponse?> EndStreamAsync(this IStreamingResponse stream, string finalText, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(finalText);
        return stream.EndStreamAsync(MessageFactory.Text(finalText), cancellationToken);
    }

    /// <summary>
    /// Queues the part of <paramref name="textSoFar"/> (the whole reply as far as it is known, as a model's
    /// streamed answer gives it) that the stream has not had yet. Text that does not continue what was streamed is
    /// ignored: channels can only add to a streamed reply, and the final message will say what stands.
    /// </summary>
    public static void QueueTextSoFar(this IStreamingResponse stream, string? textSoFar)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (string.IsNullOrEmpty(textSoFar))
            return;
        var streamed = stream.Message;
        if (textSoFar.Length > streamed.Length && textSoFar.StartsWith(streamed, StringComparison.Ordinal))
            stream.QueueTextChunk(textSoFar[streamed.Length..]);
    }
}
