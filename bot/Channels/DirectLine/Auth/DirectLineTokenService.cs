using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// Mints and checks Direct Line tokens: compact JWTs signed with HMAC-SHA256 (HS256) over the conversation id,
/// the user id, the scope and the expiry. JWT because Web Chat and DirectLineJS decode the token's <c>user</c>
/// claim to learn the user id, so the welcome and every post agree on who the user is.
/// </summary>
public sealed class DirectLineTokenService(DirectLineSecret secret, TimeProvider time, IOptions<DirectLineOptions> options)
{
    private const string Issuer = "allybot-directline";
    private static readonly string EncodedHeader = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    public DirectLineIssuedToken Issue(string conversationId, string? userId) =>
        Issue(conversationId, userId, DirectLineTokenScope.Conversation, options.Value.TokenLifetime);

    /// <summary>A short-lived token for the stream URL: it opens the WebSocket and nothing else.</summary>
    public DirectLineIssuedToken IssueStream(string conversationId, string? userId) =>
        Issue(conversationId, userId, DirectLineTokenScope.Stream, options.Value.StreamUrlLifetime);

    public DirectLineTokenValidation Validate(string token, DirectLineTokenScope expectedScope)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != EncodedHeader)
        {
            return new(DirectLineTokenStatus.Malformed, null);
        }

        if (!Base64Url.IsValid(parts[2]) || !SignatureMatches($"{parts[0]}.{parts[1]}", parts[2]))
        {
            return new(DirectLineTokenStatus.BadSignature, null);
        }

        var claims = ReadPayload(parts[1]);
        if (claims is null)
        {
            return new(DirectLineTokenStatus.Malformed, null);
        }

        if (claims.Scope != expectedScope)
        {
            return new(DirectLineTokenStatus.WrongScope, claims);
        }

        return claims.ExpiresAt <= time.GetUtcNow()
            ? new(DirectLineTokenStatus.Expired, claims)
            : new(DirectLineTokenStatus.Valid, claims);
    }

    private DirectLineIssuedToken Issue(string conversationId, string? userId, DirectLineTokenScope scope, TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        // Whole seconds, as JWT times are; the expiry is what the token says, not a finer in-memory value.
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds() + (long)lifetime.TotalSeconds);
        var claims = new DirectLineTokenClaims(conversationId, userId, scope, expiresAt);
        var payload = Base64Url.EncodeToString(WritePayload(claims, now));
        var unsigned = $"{EncodedHeader}.{payload}";
        var token = $"{unsigned}.{Sign(unsigned)}";
        return new DirectLineIssuedToken(token, claims, (int)lifetime.TotalSeconds);
    }

    private static byte[] WritePayload(DirectLineTokenClaims claims, DateTimeOffset now)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("iss", Issuer);
            writer.WriteString("conv", claims.ConversationId);
            if (claims.UserId is not null)
            {
                writer.WriteString("user", claims.UserId);
            }

            writer.WriteString("scp", claims.Scope == DirectLineTokenScope.Stream ? "stream" : "conversation");
            writer.WriteNumber("iat", now.ToUnixTimeSeconds());
            writer.WriteNumber("nbf", now.ToUnixTimeSeconds());
            writer.WriteNumber("exp", claims.ExpiresAt.ToUnixTimeSeconds());
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static DirectLineTokenClaims? ReadPayload(string encodedPayload)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(encodedPayload));
            var root = document.RootElement;
            if (root.GetProperty("iss").GetString() != Issuer)
            {
                return null;
            }

            var scope = root.GetProperty("scp").GetString() switch
            {
                "conversation" => DirectLineTokenScope.Conversation,
                "stream" => DirectLineTokenScope.Stream,
                _ => (DirectLineTokenScope?)null,
            };
            var conversationId = root.GetProperty("conv").GetString();
            if (scope is null || string.IsNullOrEmpty(conversationId))
            {
                return null;
            }

            var userId = root.TryGetProperty("user", out var user) ? user.GetString() : null;
            var expiresAt = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("exp").GetInt64());
            return new DirectLineTokenClaims(conversationId, userId, scope.Value, expiresAt);
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private string Sign(string unsigned) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(secret.SigningKey, Encoding.UTF8.GetBytes(unsigned)));

    private bool SignatureMatches(string unsigned, string signature)
    {
        var expected = HMACSHA256.HashData(secret.SigningKey, Encoding.UTF8.GetBytes(unsigned));
        var actual = Base64Url.DecodeFromChars(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
