using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Channels.DirectLine;

/// <summary>
/// Remembers an anonymous web visitor: their <c>dl_</c> user id in an HttpOnly cookie signed with HMAC-SHA256
/// (a key derived from the Direct Line secret), so the widget token endpoint issues every token of that browser
/// for the same user and the plan follows them across reloads and visits. The page cannot read the cookie, and
/// a visitor cannot pick an id: a cookie whose signature does not match is replaced by a fresh id, never read.
/// </summary>
public sealed class DirectLineVisitorCookie
{
    public const string ValidationMessage = "DirectLine:VisitorCookie needs a cookie name, a positive MaxAge and SameSite Lax or Strict.";
    private const string Version = "v1";
    private static readonly byte[] KeyLabel = "AllyBot Direct Line visitor cookie key v1"u8.ToArray();
    private readonly byte[] key;
    private readonly DirectLineVisitorCookieOptions options;

    public DirectLineVisitorCookie(DirectLineSecret secret, IOptions<DirectLineOptions> options)
    {
        key = secret.DeriveKey(KeyLabel);
        this.options = options.Value.VisitorCookie;
    }

    public static bool IsValid(DirectLineOptions options) =>
        options.VisitorCookie is { } cookie &&
        !string.IsNullOrWhiteSpace(cookie.Name) &&
        cookie.MaxAge > TimeSpan.Zero &&
        cookie.SameSite is SameSiteMode.Lax or SameSiteMode.Strict;

    /// <summary>
    /// The visitor's user id from a valid cookie, or a new one when there is none or it was tampered with; either
    /// way the cookie is (re)set, so its lifetime starts again with every visit.
    /// </summary>
    public string ReadOrIssue(HttpContext context)
    {
        var userId = Read(context.Request.Cookies[options.Name]) ?? DirectLineIds.NewUserId();
        context.Response.Cookies.Append(options.Name, Protect(userId), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = options.SameSite,
            MaxAge = options.MaxAge,
            Path = "/",
            IsEssential = true,
        });
        return userId;
    }

    /// <summary>The user id a cookie value carries, or null unless its signature is ours.</summary>
    internal string? Read(string? value)
    {
        var parts = value?.Split('.');
        if (parts is not [Version, var userId, var signature] || !DirectLineIds.IsAnonymousUserId(userId) || !Base64Url.IsValid(signature))
            return null;

        var actual = Base64Url.DecodeFromChars(signature);
        return CryptographicOperations.FixedTimeEquals(Sign(userId), actual) ? userId : null;
    }

    internal string Protect(string userId) => $"{Version}.{userId}.{Base64Url.EncodeToString(Sign(userId))}";

    private byte[] Sign(string userId) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{Version}.{userId}"));
}
