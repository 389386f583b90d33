using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using AllyBot.Bot.Channels.DirectLine;
using Microsoft.Extensions.Options;

namespace AllyBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineTokenServiceTests
{
    private readonly ManualTimeProvider clock = new();

    [Fact]
    public void Validate_FreshToken_ReturnsItsClaims()
    {
        var tokens = Service("secret-a");
        var issued = tokens.Issue("conv-1", "dl_user");

        var validation = tokens.Validate(issued.Token, DirectLineTokenScope.Conversation);

        Assert.Equal(DirectLineTokenStatus.Valid, validation.Status);
        Assert.Equal("conv-1", validation.Claims!.ConversationId);
        Assert.Equal("dl_user", validation.Claims.UserId);
        Assert.Equal(1800, issued.ExpiresInSeconds);
        Assert.Equal(clock.GetUtcNow().AddSeconds(1800), validation.Claims.ExpiresAt);
    }

    [Fact]
    public void Issue_Always_IsAJwtWhoseUserClaimClientsCanDecode()
    {
        // Web Chat and DirectLineJS decode the payload (without verifying it) to learn the user id.
        var issued = Service("secret-a").Issue("conv-1", "dl_user");

        var parts = issued.Token.Split('.');
        Assert.Equal(3, parts.Length);
        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        Assert.Equal("HS256", header.RootElement.GetProperty("alg").GetString());
        Assert.Equal("dl_user", payload.RootElement.GetProperty("user").GetString());
        Assert.Equal("conv-1", payload.RootElement.GetProperty("conv").GetString());
    }

    [Fact]
    public void Validate_AtExpiry_IsExpired()
    {
        var tokens = Service("secret-a");
        var issued = tokens.Issue("conv-1", "dl_user");

        clock.Advance(TimeSpan.FromSeconds(1799));
        Assert.True(tokens.Validate(issued.Token, DirectLineTokenScope.Conversation).IsValid);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(DirectLineTokenStatus.Expired, tokens.Validate(issued.Token, DirectLineTokenScope.Conversation).Status);
    }

    [Fact]
    public void Validate_PayloadSwappedForAnotherConversation_IsBadSignature()
    {
        var tokens = Service("secret-a");
        var parts = tokens.Issue("conv-1", "dl_user").Token.Split('.');
        var forgedPayload = Base64Url.DecodeFromChars(parts[1]);
        var text = Encoding.UTF8.GetString(forgedPayload).Replace("conv-1", "conv-2", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text))}.{parts[2]}";

        Assert.Equal(DirectLineTokenStatus.BadSignature, tokens.Validate(forged, DirectLineTokenScope.Conversation).Status);
    }

    [Fact]
    public void Validate_TokenSignedWithAnotherSecret_IsBadSignature()
    {
        var other = Service("secret-b").Issue("conv-1", "dl_user");

        Assert.Equal(DirectLineTokenStatus.BadSignature, Service("secret-a").Validate(other.Token, DirectLineTokenScope.Conversation).Status);
    }

    [Fact]
    public void Validate_SameConfiguredSecret_AcceptsTokensOfAnotherInstance()
    {
        var issued = Service("shared-secret").Issue("conv-1", "dl_user");

        Assert.True(Service("shared-secret").Validate(issued.Token, DirectLineTokenScope.Conversation).IsValid);
    }

    [Fact]
    public void Validate_StreamTokenUsedAsBearer_IsWrongScope()
    {
        var tokens = Service("secret-a");
        var stream = tokens.IssueStream("conv-1", "dl_user");

        Assert.Equal(DirectLineTokenStatus.WrongScope, tokens.Validate(stream.Token, DirectLineTokenScope.Conversation).Status);
        Assert.True(tokens.Validate(stream.Token, DirectLineTokenScope.Stream).IsValid);
        Assert.Equal(60, stream.ExpiresInSeconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("a.b")]
    [InlineData("a.b.c.d")]
    [InlineData("eyJhbGciOiJub25lIn0.e30.")]
    public void Validate_Garbage_IsRejected(string token)
    {
        var validation = Service("secret-a").Validate(token, DirectLineTokenScope.Conversation);

        Assert.False(validation.IsValid);
        Assert.Null(validation.Claims);
    }

    [Fact]
    public void Secret_Unset_IsRandomPerInstanceAndMatchesOnlyItself()
    {
        var first = new DirectLineSecret(Options.Create(new DirectLineOptions()));
        var second = new DirectLineSecret(Options.Create(new DirectLineOptions()));

        Assert.False(first.IsConfigured);
        Assert.True(first.Matches(first.Value));
        Assert.False(first.Matches(second.Value));
        Assert.DoesNotContain(first.Value, first.ToString(), StringComparison.Ordinal);
    }

    private DirectLineTokenService Service(string secret)
    {
        var options = Options.Create(new DirectLineOptions { Secret = secret });
        return new DirectLineTokenService(new DirectLineSecret(options), clock, options);
    }
}
