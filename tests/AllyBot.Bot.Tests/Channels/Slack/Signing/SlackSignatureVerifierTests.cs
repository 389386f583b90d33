using System.Text;
using AllyBot.Bot.Channels.Slack.Signing;
using AllyBot.Bot.Tests.Channels.Slack.Support;

namespace AllyBot.Bot.Tests.Channels.Slack.Signing;

public sealed class SlackSignatureVerifierTests
{
    // Slack's worked example (https://api.slack.com/authentication/verifying-requests-from-slack).
    internal const string DocsSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    internal const string DocsTimestamp = "1531420618";
    internal const string DocsSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    internal const string DocsBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private static readonly DateTimeOffset DocsNow = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    private static SlackSignatureCheck Verify(DateTimeOffset now, string secret, string? timestamp, string? signature, string body) =>
        new SlackSignatureVerifier(new FixedTimeProvider(now)).Verify(secret, timestamp, signature, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Compute_SlackDocsExample_MatchesPublishedSignature()
    {
        Assert.Equal(DocsSignature, SlackSignatureVerifier.Compute(DocsSecret, DocsTimestamp, Encoding.UTF8.GetBytes(DocsBody)));
    }

    [Fact]
    public void Verify_SlackDocsExample_Valid()
    {
        Assert.Equal(SlackSignatureCheck.Valid, Verify(DocsNow.AddSeconds(299), DocsSecret, DocsTimestamp, DocsSignature, DocsBody));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    [InlineData(86400)]
    public void Verify_TimestampOutsideFiveMinutes_Stale(int secondsFromRequest)
    {
        Assert.Equal(SlackSignatureCheck.StaleTimestamp, Verify(DocsNow.AddSeconds(secondsFromRequest), DocsSecret, DocsTimestamp, DocsSignature, DocsBody));
    }

    [Fact]
    public void Verify_TamperedBody_Mismatch()
    {
        Assert.Equal(SlackSignatureCheck.Mismatch, Verify(DocsNow, DocsSecret, DocsTimestamp, DocsSignature, DocsBody.Replace("roadrunner", "coyote")));
    }

    [Fact]
    public void Verify_WrongSecret_Mismatch()
    {
        Assert.Equal(SlackSignatureCheck.Mismatch, Verify(DocsNow, "another-secret", DocsTimestamp, DocsSignature, DocsBody));
    }

    [Theory]
    [InlineData(null, DocsSignature, SlackSignatureCheck.MissingHeaders)]
    [InlineData(DocsTimestamp, null, SlackSignatureCheck.MissingHeaders)]
    [InlineData("", DocsSignature, SlackSignatureCheck.MissingHeaders)]
    [InlineData("1531420618.5", DocsSignature, SlackSignatureCheck.MalformedTimestamp)]
    [InlineData("-1531420618", DocsSignature, SlackSignatureCheck.MalformedTimestamp)]
    [InlineData(" 1531420618", DocsSignature, SlackSignatureCheck.MalformedTimestamp)]
    [InlineData("99999999999999999999", DocsSignature, SlackSignatureCheck.MalformedTimestamp)]
    [InlineData(DocsTimestamp, "a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SlackSignatureCheck.Mismatch)]
    [InlineData(DocsTimestamp, "V0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SlackSignatureCheck.Mismatch)]
    [InlineData(DocsTimestamp, "v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503", SlackSignatureCheck.Mismatch)]
    [InlineData(DocsTimestamp, "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503=", SlackSignatureCheck.Mismatch)]
    [InlineData(DocsTimestamp, "v0=", SlackSignatureCheck.Mismatch)]
    public void Verify_MalformedHeaders_Rejected(string? timestamp, string? signature, SlackSignatureCheck expected)
    {
        Assert.Equal(expected, Verify(DocsNow, DocsSecret, timestamp, signature, DocsBody));
    }
}
