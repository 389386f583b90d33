using System.Buffers;

namespace AllyBot.Bot.Hosting.Http;

/// <summary>
/// Reads a request body up to a size limit, counting while it reads: a body over the limit is refused
/// after at most limit + one chunk has been read, whether or not the client sent Content-Length.
/// Shared by every HTTP channel edge (Bot Framework, Direct Line, Slack).
/// </summary>
public static class RequestBodyReader
{
    private const int ChunkSize = 16 * 1024;

    /// <summary>The body's bytes, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return null;

        var capacity = (int)Math.Min(request.ContentLength ?? ChunkSize, maxBytes);
        using var body = new MemoryStream(capacity);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                if (body.Length + read > maxBytes)
                    return null;
                body.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return body.ToArray();
    }
}
