using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// The effective Direct Line secret (configured, or random for this process) and the token signing key
/// derived from it, so that instances sharing a secret also accept each other's tokens.
/// </summary>
public sealed class DirectLineSecret
{
    private static readonly byte[] SigningKeyLabel = "AllyBot Direct Line token signing key v1"u8.ToArray();
    private readonly byte[] secretBytes;

    public DirectLineSecret(IOptions<DirectLineOptions> options)
    {
        var configured = options.Value.Secret;
        IsConfigured = !string.IsNullOrWhiteSpace(configured);
        var secret = IsConfigured ? configured!.Trim() : Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        secretBytes = Encoding.UTF8.GetBytes(secret);
        SigningKey = HMACSHA256.HashData(secretBytes, SigningKeyLabel);
        Value = secret;
    }

    /// <summary>False when the secret was generated at start (local use).</summary>
    public bool IsConfigured { get; }

    /// <summary>The secret itself, for in-process callers that mint tokens (the widget token endpoint). Never log it.</summary>
    internal string Value { get; }

    internal byte[] SigningKey { get; }

    /// <summary>A key for another purpose (e.g. the visitor cookie), derived from the secret so it never signs tokens.</summary>
    internal byte[] DeriveKey(ReadOnlySpan<byte> label) => HMACSHA256.HashData(secretBytes, label);

    /// <summary>Constant-time comparison, so response timing tells nothing about the secret.</summary>
    public bool Matches(string candidate)
    {
        var candidateHash = SHA256.HashData(Encoding.UTF8.GetBytes(candidate));
        var secretHash = SHA256.HashData(secretBytes);
        return CryptographicOperations.FixedTimeEquals(candidateHash, secretHash);
    }

    public override string ToString() => "DirectLineSecret(***)";
}
