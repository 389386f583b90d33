using System.Buffers.Text;
using System.Net;
using System.Text.Json;

namespace AllyBot.Bot.Tests.Channels.DirectLine;

/// <summary>
/// A browser visiting the chapter page, as far as the widget token endpoint sees it: it keeps the visitor cookie
/// the bot sets (or one the test forges) and sends it back, like a browser's cookie jar for the bot's site.
/// </summary>
public sealed class WidgetVisitor(DirectLineTestHost host) : IDisposable
{
    public const string CookieName = "allybot_visitor";
    private readonly HttpClient http = new(new HttpClientHandler { UseCookies = false }) { BaseAddress = host.BaseAddress };

    /// <summary>The cookie value the visitor sends next (what the bot last set, or what the test put there).</summary>
    public string? Cookie { get; set; }

    /// <summary>The whole <c>Set-Cookie</c> header of the last answer, attributes included.</summary>
    public string? LastSetCookie { get; private set; }

    public async Task<WidgetToken> GetTokenAsync(string? conversationId = null, string? origin = null)
    {
        var path = conversationId is null ? "/api/directline/token" : $"/api/directline/token?conversationId={Uri.EscapeDataString(conversationId)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (Cookie is not null)
            request.Headers.Add("Cookie", $"{CookieName}={Cookie}");
        if (origin is not null)
            request.Headers.Add("Origin", origin);

        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        LastSetCookie = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Single(v => v.StartsWith(CookieName + "=", StringComparison.Ordinal)) : null;
        if (LastSetCookie is not null)
            Cookie = LastSetCookie[(CookieName.Length + 1)..].Split(';')[0];

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var token = body.RootElement.GetProperty("token").GetString()!;
        return new WidgetToken(body.RootElement.GetProperty("conversationId").GetString()!, token, UserOf(token));
    }

    /// <summary>The user id a token carries (its <c>user</c> claim, which Web Chat reads too).</summary>
    public static string UserOf(string token)
    {
        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]));
        return payload.RootElement.GetProperty("user").GetString()!;
    }

    public void Dispose() => http.Dispose();
}

public sealed record WidgetToken(string ConversationId, string Token, string UserId);
