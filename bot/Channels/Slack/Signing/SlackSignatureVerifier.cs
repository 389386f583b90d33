using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AllyBot.Bot.Channels.Slack.Signing;

/// <summary>What a signature check found. Only <see cref="Valid"/> lets a request in.</summary>
public enum SlackSignatureCheck
{
    Valid,
    MissingHeaders,
    MalformedTimestamp,
    StaleTimestamp,
    Mismatch,
}

/// <summary>
/// Slack's v0 request signing (https://api.slack.com/authentication/verifying-requests-from-slack):
/// <c>X-Slack-Signature: v0=hex(HMAC-SHA256(signingSecret, "v0:{X-Slack-Request-Timestamp}:{raw body}"))</c>,
/// accepted only when the timestamp is within five minutes of now (either way: a timestamp from the future
/// is as suspicious as an old one) and the whole header equals the expected value, compared in constant time.
/// Stricter than <c>@slack/events-api</c>, which ignores future timestamps, parses the timestamp leniently
/// and ignores anything after a second <c>=</c> in the header; the signature vector tests pin both behaviours.
/// </summary>
public sealed class SlackSignatureVerifier(TimeProvider timeProvider)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    /// <summary>How far the request timestamp may be from now. Slack's documented window.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    public SlackSignatureCheck Verify(string signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
            return SlackSignatureCheck.MissingHeaders;
        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SlackSignatureCheck.MalformedTimestamp;

        var now = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > (long)MaxClockSkew.TotalSeconds)
            return SlackSignatureCheck.StaleTimestamp;

        var expected = Encoding.ASCII.GetBytes(Compute(signingSecret, timestamp, body));
        var actual = Encoding.UTF8.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? SlackSignatureCheck.Valid : SlackSignatureCheck.Mismatch;
    }

    /// <summary>The <c>X-Slack-Signature</c> value Slack would send for this body and timestamp.</summary>
    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message);
        return "v0=" + Convert.ToHexStringLower(mac);
    }
}
