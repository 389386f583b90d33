using AllyBot.Bot.Channels.DirectLine;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Tests.Channels.DirectLine;

/// <summary>The visitor cookie of the widget token endpoint: one stable, unforgeable anonymous user per browser.</summary>
public sealed class DirectLineVisitorCookieTests : IDisposable
{
    private readonly DirectLineTestHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task FirstVisit_SetsAnHttpOnlyLaxCookieForAYearWhoseIdIsTheTokensUser()
    {
        using var browser = new WidgetVisitor(host);

        var token = await browser.GetTokenAsync();

        var attributes = Attributes(browser.LastSetCookie!);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("path=/", attributes);
        Assert.Contains("max-age=31536000", attributes);
        Assert.DoesNotContain("secure", attributes); // plain http here; see Cookie_OverHttps_IsSecure
        Assert.Matches("^dl_[0-9a-f]{16}$", token.UserId);
        Assert.Equal($"v1.{token.UserId}", string.Join('.', browser.Cookie!.Split('.')[..2]));
    }

    [Fact]
    public async Task LaterVisits_WithTheCookie_GetTokensForTheSameUser()
    {
        using var browser = new WidgetVisitor(host);

        var first = await browser.GetTokenAsync();
        var cookie = browser.Cookie;
        var second = await browser.GetTokenAsync();
        var third = await browser.GetTokenAsync();

        Assert.Equal(first.UserId, second.UserId);
        Assert.Equal(first.UserId, third.UserId);
        Assert.Equal(cookie, browser.Cookie); // set again (its max-age starts over), with the same value
        Assert.NotEqual(first.ConversationId, second.ConversationId); // no conversation asked for: a new one each time
    }

    [Fact]
    public async Task TwoBrowsers_AreTwoUsers()
    {
        using var mine = new WidgetVisitor(host);
        using var theirs = new WidgetVisitor(host);

        Assert.NotEqual((await mine.GetTokenAsync()).UserId, (await theirs.GetTokenAsync()).UserId);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("signature")]
    [InlineData("garbage")]
    public async Task TamperedCookie_GetsAFreshIdNeverTheOneItClaims(string tampered)
    {
        using var victim = new WidgetVisitor(host);
        using var attacker = new WidgetVisitor(host);
        var victimId = (await victim.GetTokenAsync()).UserId;
        await attacker.GetTokenAsync();
        var parts = attacker.Cookie!.Split('.');
        attacker.Cookie = tampered switch
        {
            // Someone else's id with my signature, my id with a changed signature, or no format at all.
            "id" => $"v1.{victimId}.{parts[2]}",
            "signature" => $"v1.{parts[1]}.{parts[2][..^2]}AA",
            _ => victimId,
        };

        var token = await attacker.GetTokenAsync();

        Assert.NotEqual(victimId, token.UserId);
        Assert.NotEqual(parts[1], token.UserId);
        Assert.Equal(token.UserId, attacker.Cookie!.Split('.')[1]); // and a valid cookie for the fresh id
    }

    [Fact]
    public async Task CookieSignedWithAnotherSecret_IsNotAccepted()
    {
        var otherBot = new DirectLineVisitorCookie(
            new DirectLineSecret(Options.Create(new DirectLineOptions { Secret = "another-deployments-secret" })),
            Options.Create(new DirectLineOptions()));
        using var browser = new WidgetVisitor(host) { Cookie = otherBot.Protect("dl_0123456789abcdef") };

        var token = await browser.GetTokenAsync();

        Assert.NotEqual("dl_0123456789abcdef", token.UserId);
    }

    [Fact]
    public void Cookie_OverHttps_IsSecure()
    {
        var cookies = new DirectLineVisitorCookie(new DirectLineSecret(Options.Create(new DirectLineOptions { Secret = "s" })), Options.Create(new DirectLineOptions()));
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";

        cookies.ReadOrIssue(context);

        Assert.Contains("secure", Attributes(context.Response.Headers.SetCookie.ToString()));
    }

    [Fact]
    public async Task Settings_ChangeTheCookiesNameLifetimeAndSameSite()
    {
        using var strict = new DirectLineTestHost(new Dictionary<string, string?>
        {
            ["DirectLine:VisitorCookie:SameSite"] = "Strict",
            ["DirectLine:VisitorCookie:MaxAge"] = "30.00:00:00",
        });

        using var browser = new WidgetVisitor(strict);
        await browser.GetTokenAsync();

        var attributes = Attributes(browser.LastSetCookie!);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("max-age=2592000", attributes);
    }

    [Fact]
    public void SameSiteNone_IsRefusedAtStart()
    {
        using var none = new DirectLineTestHost(new Dictionary<string, string?> { ["DirectLine:VisitorCookie:SameSite"] = "None" });

        var failure = Assert.ThrowsAny<Exception>(() => none.Http);

        Assert.Contains("VisitorCookie", failure.ToString(), StringComparison.Ordinal);
    }

    private static string[] Attributes(string setCookie) =>
        setCookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToArray();
}
