using System.Net;
using System.Text;
using System.Text.Json;
using AllyBot.Bot.Tests.Limits;

namespace AllyBot.Bot.Tests.BadInput;

/// <summary>
/// Activities a turn cannot run on are refused at the edge with 400 problem details, instead of running a turn
/// that fails with the apology: no <c>from.id</c> or <c>channelId</c> on /api/messages, and text with an
/// unpaired UTF-16 surrogate escape anywhere (typed fields or free-form <c>value</c>/<c>channelData</c>).
/// </summary>
public sealed class ActivityFieldTests(EdgeHostFixture fixture) : IClassFixture<EdgeHostFixture>
{
    private EdgeHost Host => fixture.Host;

    private const string Fields = """ "type":"message","conversation":{"id":"c-fields"},"deliveryMode":"expectReplies" """;

    public static TheoryData<string, string> MessagesBodies => new()
    {
        { "no from", $$$"""{ {{{Fields}}}, "channelId":"test","text":"hi"}""" },
        { "from without id", $$$"""{ {{{Fields}}}, "channelId":"test","from":{"name":"Ada"},"text":"hi"}""" },
        { "blank from.id", $$$"""{ {{{Fields}}}, "channelId":"test","from":{"id":"  "},"text":"hi"}""" },
        { "no channelId", $$$"""{ {{{Fields}}}, "from":{"id":"u1"},"text":"hi"}""" },
        { "empty channelId", $$$"""{ {{{Fields}}}, "channelId":"","from":{"id":"u1"},"text":"hi"}""" },
        { "lone high surrogate in value", $$$"""{ {{{Fields}}}, "channelId":"test","from":{"id":"u1"},"value":{"k":"\ud800"}}""" },
        { "lone low surrogate in channelData key", $$$"""{ {{{Fields}}}, "channelId":"test","from":{"id":"u1"},"text":"hi","channelData":{"\udc00":1}}""" },
        { "lone surrogate in text", $$$"""{ {{{Fields}}}, "channelId":"test","from":{"id":"u1"},"text":"a\ud83d"}""" },
    };

    [Theory]
    [MemberData(nameof(MessagesBodies))]
    public async Task Messages_UnusableActivity_400(string why, string body)
    {
        using var response = await Host.Http.PostAsync("/api/messages", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await AssertBadRequestAsync(response, why);
    }

    [Theory]
    [InlineData("""{"type":"message","value":{"k":"\ud800"}}""")]
    [InlineData("""{"type":"message","text":"hi","value":["ok","\udfff"]}""")]
    [InlineData("""{"type":"message","text":"\ud800\ud800"}""")]
    [InlineData("""{"type":"message","text":"hi","channelData":{"clientActivityID":"\ude00"}}""")]
    public async Task DirectLine_LoneSurrogate_400AndTheConversationGoesOn(string body)
    {
        var (conversationId, token) = await Host.StartDirectLineConversationAsync();
        var path = $"/v3/directline/conversations/{conversationId}/activities";

        using var response = await Host.PostDirectLineAsync(path, Encoding.UTF8.GetBytes(body), bearer: token);
        await AssertBadRequestAsync(response, body);

        // A paired surrogate (an emoji) is fine.
        using var fine = await Host.PostDirectLineAsync(path, Encoding.UTF8.GetBytes("""{"type":"message","text":"hi \ud83d\ude00"}"""), bearer: token);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    private async Task AssertBadRequestAsync(HttpResponseMessage response, string why)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{why}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrWhiteSpace(JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString()));
        Assert.Empty(Host.ServerErrors());
    }
}
