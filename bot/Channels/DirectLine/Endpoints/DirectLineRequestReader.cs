using System.Text.Json;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>Reads a JSON body no larger than the configured limit, answering 4xx (never 500) for anything else.</summary>
internal static class DirectLineRequestReader
{
    public static async Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(HttpRequest request, int maxBytes, bool optional, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, DirectLineProblems.TooLarge(maxBytes));
        }

        var body = await ReadBoundedAsync(request.Body, maxBytes, cancellationToken);
        if (body is null)
        {
            return (null, DirectLineProblems.TooLarge(maxBytes));
        }

        if (body.Length == 0 || body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return optional ? (null, null) : (null, DirectLineProblems.BadRequest("The request body is empty; send a JSON object."));
        }

        if (request.ContentType is { } contentType && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, DirectLineProblems.UnsupportedMediaType());
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(body, BuilderJson.Options);
            return value is null
                ? (null, DirectLineProblems.BadRequest("The request body must be a JSON object."))
                : (value, null);
        }
        catch (JsonException e)
        {
            // The position helps the caller; the body itself (user text) is never echoed or logged.
            return (null, DirectLineProblems.BadRequest($"The request body is not valid JSON for this call (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})."));
        }
    }

    /// <summary>The whole body, or null when it is longer than <paramref name="maxBytes"/> (chunked bodies have no Content-Length).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
