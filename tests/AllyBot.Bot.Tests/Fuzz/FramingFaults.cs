using System.Text;
using CsCheck;

namespace AllyBot.Bot.Tests.Fuzz;

/// <summary>One raw request: what it is (for the report) and its bytes.</summary>
internal sealed record RawRequest(string Description, byte[] Bytes)
{
    public override string ToString() => Description;
}

/// <summary>
/// Raw HTTP/1.1 requests with broken framing for any endpoint: chunk sizes that are not hex, do not fit in a
/// number or do not match their data; Content-Length values that lie, are negative or are not numbers; both
/// framings at once; huge or too many headers; header bytes that are not allowed; odd request lines.
/// </summary>
internal static class FramingFaults
{
    private static readonly Gen<string> MalformedChunkSizes =
        Gen.OneOf("ffffffffffffffff", "10000000000000000", "-1", "zz", " 1", "0x10", "", "7fffffffffffffff", new string('0', 100) + "1", "1\n", "g");

    /// <summary>
    /// A framing fault for a request to <paramref name="path"/> with these header lines (content type, credentials)
    /// and body. <paramref name="keepsConnectionWaiting"/> faults leave the server waiting for bytes that never come.
    /// </summary>
    public static Gen<RawRequest> For(string path, string headers, byte[] body, bool keepsConnectionWaiting)
    {
        var faults = new List<(int, IGen<RawRequest>)>
        {
            (4, Gen.Select(MalformedChunkSizes, Gen.Int[0, 64], (size, take) => Request($"chunk size '{size}'", "POST", path,
                headers + "Transfer-Encoding: chunked\r\n", [.. Ascii(size + "\r\n"), .. body[..Math.Min(take, body.Length)], .. Ascii("\r\n0\r\n\r\n")]))),
            (1, Gen.Int[1, 9].Select(shorter => Request($"chunk data {shorter} bytes longer than its size", "POST", path,
                headers + "Transfer-Encoding: chunked\r\n", [.. Ascii($"{Math.Max(0, body.Length - shorter):x}\r\n"), .. body, .. Ascii("\r\n0\r\n\r\n")]))),
            (2, Gen.Int[1, 5].Select(shorter => Request($"Content-Length {shorter} short of the body", "POST", path,
                headers + $"Content-Length: {Math.Max(0, body.Length - shorter)}\r\n", body))),
            (2, Gen.OneOf("-1", "abc", "99999999999999999999", "1, 2", "0x10", "", " ").Select(length => Request($"Content-Length '{length}'", "POST", path,
                headers + $"Content-Length: {length}\r\n", body))),
            (1, Gen.Const(Request("both Content-Length and chunked", "POST", path,
                headers + $"Content-Length: {body.Length}\r\nTransfer-Encoding: chunked\r\n", [.. Ascii($"{body.Length:x}\r\n"), .. body, .. Ascii("\r\n0\r\n\r\n")]))),
            (2, Gen.Int[8_000, 80_000].Select(size => Request($"a {size}-byte header", "POST", path,
                headers + $"X-Big: {new string('h', size)}\r\nContent-Length: {body.Length}\r\n", body))),
            (1, Gen.Int[90, 300].Select(count => Request($"{count} headers", "POST", path,
                headers + string.Concat(Enumerable.Range(0, count).Select(i => $"X-H{i}: {i}\r\n")) + $"Content-Length: {body.Length}\r\n", body))),
            (1, Gen.Byte.Where(b => (b < 0x20 && b != 9) || b >= 0x7F).Select(b => Request($"header byte 0x{b:x2}", "POST", path,
                headers + $"X-Odd: a{(char)b}b\r\nContent-Length: {body.Length}\r\n", body))),
            (1, Gen.OneOf("PATCH", "BREW", "GET", "PoSt", "POST /x", "").Select(method => Request($"method '{method}'", method, path,
                headers + $"Content-Length: {body.Length}\r\n", body))),
            (1, Gen.Int[2_000, 20_000].Select(length => Request($"a {length}-character query", "POST", path + "?" + new string('q', length),
                headers + $"Content-Length: {body.Length}\r\n", body))),
        };
        if (keepsConnectionWaiting)
        {
            faults.Add((1, Gen.OneOf(
                Gen.Int[1, 100].Select(extra => Request($"Content-Length {extra} beyond the body", "POST", path,
                    headers + $"Content-Length: {body.Length + extra}\r\n", body)),
                Gen.Const(Request("chunked without its last chunk", "POST", path,
                    headers + "Transfer-Encoding: chunked\r\n", [.. Ascii($"{body.Length:x}\r\n"), .. body, .. Ascii("\r\n")])),
                Gen.Int[1, 100].Select(extra => Request($"chunk size {extra} beyond its data", "POST", path,
                    headers + "Transfer-Encoding: chunked\r\n", [.. Ascii($"{body.Length + extra:x}\r\n"), .. body])))));
        }
        return Gen.Frequency(faults.ToArray());
    }

    private static RawRequest Request(string description, string method, string path, string headers, byte[] body) =>
        new($"{method} {(path.Length > 80 ? path[..80] + "…" : path)}: {description}",
            [.. Ascii($"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{headers}\r\n"), .. body]);

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);
}
