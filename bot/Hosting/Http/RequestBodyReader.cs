using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AllyBot.Bot.Hosting.Http;

/// <summary>
/// The one bounded request-body reader of every HTTP edge (Bot Framework, Direct Line, Slack). Counts while it
/// reads, so a body over the limit is refused after at most limit + one chunk, with or without Content-Length.
/// Broken framing (bad chunked encoding, a body shorter than its Content-Length), a body that arrives too slowly,
/// a client that goes away and text that is not UTF-8 all become 4xx problems (400, 408, 413, 415), never
/// exceptions. Each edge passes the limit from its own options section.
/// </summary>
public static class RequestBodyReader
{
    private const int ChunkSize = 16 * 1024;

    /// <summary>
    /// The body's bytes (empty when there is none), or the problem: 413 over <paramref name="maxBytes"/>, 408 when it
    /// arrives too slowly, 400 when it cannot be read. A body still unread after <see cref="BotHostLimits.RequestBodyTimeout"/>
    /// has its connection dropped.
    /// </summary>
    public static async Task<RequestRead<byte[]>> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return RequestRead<byte[]>.Fail(RequestProblems.TooLarge(maxBytes));

        var capacity = (int)Math.Min(request.ContentLength ?? ChunkSize, maxBytes);
        using var body = new MemoryStream(capacity);
        // Past the deadline the connection is dropped rather than the read cancelled: Kestrel cannot drain a body
        // whose read was cancelled, and a client that stalls this long is not waiting for an answer.
        using var deadline = new CancellationTokenSource(BodyTimeout(request));
        await using var drop = deadline.Token.Register(request.HttpContext.Abort);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                if (body.Length + read > maxBytes)
                    return RequestRead<byte[]>.Fail(RequestProblems.TooLarge(maxBytes));
                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's framing errors (400), its minimum data rate (408) and its own size limit (413).
            return RequestRead<byte[]>.Fail(RequestProblems.UnreadableBody(ex.StatusCode));
        }
        catch (IOException)
        {
            // A chunk size that does not fit in a number, or the connection reset mid-body.
            return RequestRead<byte[]>.Fail(RequestProblems.UnreadableBody(StatusCodes.Status400BadRequest));
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested || request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away, or was dropped past the deadline: nobody will see this answer, but nothing is
            // logged as a server error either.
            return RequestRead<byte[]>.Fail(RequestProblems.UnreadableBody(StatusCodes.Status400BadRequest));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return RequestRead<byte[]>.Ok(body.ToArray());
    }

    private static TimeSpan BodyTimeout(HttpRequest request) =>
        request.HttpContext.RequestServices.GetService<IOptions<BotHostOptions>>()?.Value.Limits.RequestBodyTimeout is { } timeout && timeout > TimeSpan.Zero
            ? timeout
            : new BotHostLimits().RequestBodyTimeout;

    /// <summary>
    /// Reads a JSON body into <typeparamref name="T"/>: 415 unless the Content-Type is JSON (UTF-8), then
    /// <see cref="ReadAsync"/>, then <see cref="ParseJson{T}"/>. An empty body is a 400, or a null value when
    /// <paramref name="optional"/>.
    /// </summary>
    public static async Task<RequestRead<T>> ReadJsonAsync<T>(HttpRequest request, int maxBytes, JsonSerializerOptions options, bool optional, CancellationToken cancellationToken)
        where T : class
    {
        var hasContentType = !string.IsNullOrEmpty(request.ContentType);
        if ((hasContentType || !optional) && !IsJson(request.ContentType))
            return RequestRead<T>.Fail(RequestProblems.UnsupportedMediaType(request.ContentType));

        var body = await ReadAsync(request, maxBytes, cancellationToken);
        if (!body.Succeeded)
            return body.FailAs<T>();
        if (body.Value.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
            return optional ? RequestRead<T>.Ok(null) : RequestRead<T>.Fail(RequestProblems.EmptyBody());
        if (!hasContentType)
            return RequestRead<T>.Fail(RequestProblems.UnsupportedMediaType(request.ContentType));
        return ParseJson<T>(body.Value, options);
    }

    /// <summary>
    /// Parses bytes already read (and, where the channel signs requests, verified) as JSON: 400 for text that is
    /// not Unicode (<see cref="JsonText"/>), malformed JSON, a value of the wrong shape, or JSON <c>null</c>.
    /// </summary>
    public static RequestRead<T> ParseJson<T>(ReadOnlySpan<byte> body, JsonSerializerOptions options)
        where T : class
    {
        if (!JsonText.IsValidUnicode(body))
            return RequestRead<T>.Fail(RequestProblems.NotUnicode());
        try
        {
            return JsonSerializer.Deserialize<T>(body, options) is { } value
                ? RequestRead<T>.Ok(value)
                : RequestRead<T>.Fail(RequestProblems.MalformedJson("the body is JSON null"));
        }
        catch (JsonException ex)
        {
            // The position helps the caller; the body itself (a person's message) is never echoed or logged.
            return RequestRead<T>.Fail(RequestProblems.MalformedJson(
                $"at path {ex.Path ?? "$"}, line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}"));
        }
    }

    /// <summary>Parses an <c>application/x-www-form-urlencoded</c> body already read: 400 unless it is UTF-8 form data.</summary>
    public static RequestRead<IFormCollection> ParseForm(byte[] body)
    {
        if (!Utf8.IsValid(body))
            return RequestRead<IFormCollection>.Fail(RequestProblems.NotUnicode());
        try
        {
            using var reader = new FormReader(System.Text.Encoding.UTF8.GetString(body));
            return RequestRead<IFormCollection>.Ok(new FormCollection(reader.ReadForm()));
        }
        catch (InvalidDataException)
        {
            // More fields, or longer keys or values, than FormReader allows.
            return RequestRead<IFormCollection>.Fail(RequestProblems.BadRequest("Malformed form data", "The request body is not form data this endpoint can read."));
        }
    }

    /// <summary>application/json or any +json type; a charset, if given, must be UTF-8.</summary>
    public static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
            return false;
        var isJson = mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
        var charset = mediaType.Charset;
        var isUtf8 = !charset.HasValue
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
        return isJson && isUtf8;
    }
}
