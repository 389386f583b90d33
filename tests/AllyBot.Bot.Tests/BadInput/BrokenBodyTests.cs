using System.Text;
using AllyBot.Bot.Tests.Limits;

namespace AllyBot.Bot.Tests.BadInput;

/// <summary>
/// Bodies whose framing is broken (chunked encoding, a Content-Length longer than what arrives) or whose bytes
/// are not UTF-8, sent over a raw socket to every POST endpoint that reads a body: each gets 400, 408 or 413
/// with problem details, never 500, and the host stays healthy.
/// </summary>
public sealed class BrokenBodyTests(EdgeHostFixture fixture) : IClassFixture<EdgeHostFixture>
{
    private EdgeHost Host => fixture.Host;

    public static TheoryData<string, string> EndpointsAndFaults()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in EdgeEndpoints.ReadingABody)
            foreach (var fault in Faults.Keys)
                data.Add(endpoint, fault);
        return data;
    }

    private static readonly Dictionary<string, (string Headers, byte[] Body)> Faults = new()
    {
        ["chunk size not hex"] = ("Transfer-Encoding: chunked\r\n", Ascii("zz\r\n{}\r\n0\r\n\r\n")),
        ["chunk size ffffffffffffffff"] = ("Transfer-Encoding: chunked\r\n", Ascii("ffffffffffffffff\r\n{}\r\n0\r\n\r\n")),
        ["chunk without its CRLF"] = ("Transfer-Encoding: chunked\r\n", Ascii("2\r\n{}XX0\r\n\r\n")),
    };

    [Theory]
    [MemberData(nameof(EndpointsAndFaults))]
    public async Task BrokenFraming_400ProblemDetails(string endpoint, string fault)
    {
        var (headers, body) = Faults[fault];
        var path = EdgeEndpoints.Path(endpoint, fixture.ConversationId);

        var response = await RawHttp.SendAsync(Host.Address, RawHttp.Request("POST", path, EdgeEndpoints.Headers(endpoint, body) + headers, body));

        Assert.True(response.Status is 400 or 413, $"{endpoint}, {fault}: {response}\n{string.Join("\n", Host.Errors())}");
        Assert.True(response.IsProblemDetails, $"{endpoint}, {fault}: not problem details: {response}");
        Assert.True(await Host.IsHealthyAsync());
    }

    [Fact]
    public async Task BodyShorterThanAnnounced_408ProblemDetailsOnceTheGracePeriodIsOver()
    {
        // The client stops sending but keeps the connection open: the minimum data rate ends the wait.
        var cutShort = new (string Fault, string Headers, byte[] Body)[]
        {
            ("Content-Length longer than the body", "Content-Length: 400\r\n", Ascii("{\"type\":\"message\"}")),
            ("chunk cut short", "Transfer-Encoding: chunked\r\n", Ascii("100\r\n{\"type\":\"mess")),
        };
        var sends = EdgeEndpoints.ReadingABody.SelectMany(endpoint => cutShort.Select(async c =>
        {
            var path = EdgeEndpoints.Path(endpoint, fixture.ConversationId);
            var response = await RawHttp.SendAsync(Host.Address, RawHttp.Request("POST", path, EdgeEndpoints.Headers(endpoint, c.Body) + c.Headers, c.Body));
            return (endpoint, c.Fault, response);
        }));

        foreach (var (endpoint, fault, response) in await Task.WhenAll(sends))
        {
            Assert.True(response.Status == 408, $"{endpoint}, {fault}: {response}\n{string.Join("\n", Host.Errors())}");
            Assert.True(response.IsProblemDetails, $"{endpoint}, {fault}: not problem details: {response}");
        }
        Assert.True(await Host.IsHealthyAsync());
    }

    public static TheoryData<string, string> InvalidUtf8Bodies() => new()
    {
        { "messages", """{"type":"message","text":"#","conversation":{"id":"c-utf8"},"from":{"id":"u"},"channelId":"test","deliveryMode":"expectReplies"}""" },
        { "messages", """{"type":"message","text":"hi","value":{"k":"#"},"conversation":{"id":"c-utf8"},"from":{"id":"u"},"channelId":"test","deliveryMode":"expectReplies"}""" },
        { "messages", """{"type":"message","text":"hi","channelData":{"#":1},"conversation":{"id":"c-utf8"},"from":{"id":"u"},"channelId":"test","deliveryMode":"expectReplies"}""" },
        { "tokens/generate", """{"user":{"id":"dl_#","name":"#"}}""" },
        { "tokens/generate", """{"user":{"id":"dl_x","extra":{"k":"#"}},"locale":"en"}""" },
        { "conversations", """{"user":{"id":"dl_x","name":"#"},"locale":"#"}""" },
        { "conversations", """{"user":{"id":"dl_x","extra":["#"]}}""" },
        { "activities", """{"type":"message","text":"#"}""" },
        { "activities", """{"type":"message","text":"hi","value":{"k":"#"}}""" },
        { "activities", """{"type":"message","text":"hi","channelData":{"clientActivityID":"#"}}""" },
        { "slack/events", """{"type":"event_callback","event_id":"Ev#","team_id":"T1","event":{"type":"message","channel_type":"im","user":"U1","text":"#","ts":"1.2","channel":"D1"}}""" },
        { "slack/interactions", "payload={\"type\":\"block_actions\",\"actions\":[{\"type\":\"button\",\"value\":\"#\"}]}" },
        { "slack/commands", "command=/allybot&team_id=T1&user_id=U1&text=#" },
    };

    [Theory]
    [MemberData(nameof(InvalidUtf8Bodies))]
    public async Task InvalidUtf8_400ProblemDetails(string endpoint, string template)
    {
        // '#' stands for a byte sequence that is not UTF-8: a lone continuation byte, then an overlong encoding.
        var body = Encoding.UTF8.GetBytes(template).SelectMany(b => b == (byte)'#' ? new byte[] { 0x80, 0xC0, 0xAF } : [b]).ToArray();
        var path = EdgeEndpoints.Path(endpoint, fixture.ConversationId);

        var response = await RawHttp.SendAsync(Host.Address, RawHttp.Request("POST", path, EdgeEndpoints.Headers(endpoint, body) + $"Content-Length: {body.Length}\r\n", body));

        Assert.True(response.Status == 400, $"{endpoint}: {response}\n{string.Join("\n", Host.Errors())}");
        Assert.True(response.IsProblemDetails, $"{endpoint}: not problem details: {response}");
        Assert.True(await Host.IsHealthyAsync());
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
