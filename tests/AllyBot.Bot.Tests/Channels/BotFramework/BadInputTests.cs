using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Tests.Channels.BotFramework;

/// <summary>Bad requests to /api/messages get 4xx problem details, never 500, and the host keeps serving.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private BotHostFactory _host = null!;
    private BotClient _bot = null!;

    public Task InitializeAsync()
    {
        _host = new BotHostFactory(_folder.File("bot.db"), new Dictionary<string, string?> { ["BotHost:MaxRequestBodyBytes"] = "4096" });
        _bot = new BotClient(_host.StartAndCreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    public static TheoryData<string, string, HttpStatusCode, string> BadBodies => new()
    {
        { "malformed JSON", """{"type":"message", "conversation": {"id": "c"} """, HttpStatusCode.BadRequest, "Malformed JSON" },
        { "not an object", """["type","message"]""", HttpStatusCode.BadRequest, "Malformed JSON" },
        { "wrong field type", """{"type": 5, "conversation": {"id": "c"}}""", HttpStatusCode.BadRequest, "Malformed JSON" },
        { "JSON null", "null", HttpStatusCode.BadRequest, "Malformed JSON" },
        { "empty body", "", HttpStatusCode.BadRequest, "Empty request body" },
        { "missing type", """{"conversation": {"id": "c"}, "text": "hi", "deliveryMode": "expectReplies"}""", HttpStatusCode.BadRequest, "Invalid activity" },
        { "missing conversation", """{"type": "message", "text": "hi", "deliveryMode": "expectReplies"}""", HttpStatusCode.BadRequest, "Invalid activity" },
        { "missing conversation id", """{"type": "message", "conversation": {}, "deliveryMode": "expectReplies"}""", HttpStatusCode.BadRequest, "Invalid activity" },
        { "no serviceUrl for normal delivery", """{"type": "message", "conversation": {"id": "c"}}""", HttpStatusCode.BadRequest, "Invalid activity" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_BadBody_4xxProblemDetailsAndHostStillServes(string why, string body, HttpStatusCode expected, string title)
    {
        using var response = await _bot.PostRawAsync(body);

        await AssertProblemAsync(response, expected, title, why);
        await AssertStillServesAsync();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Post_WrongContentType_415ProblemDetails(string contentType)
    {
        using var response = await _bot.PostRawAsync(BuilderJson.Serialize(Activities.Message("c", "hi")), contentType);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "Unsupported content type", contentType);
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task Post_NoContentType_415ProblemDetails()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(BuilderJson.Serialize(Activities.Message("c", "hi"))));
        using var response = await _bot.Http.PostAsync("/api/messages", content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "Unsupported content type", "no content type");
    }

    [Fact]
    public async Task Post_BodyOverLimitWithContentLength_413ProblemDetails()
    {
        using var response = await _bot.PostAsync(Activities.Message("c", new string('x', 5000)));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "Request body too large", "content-length");
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task Post_BodyOverLimitChunked_413ProblemDetails()
    {
        // No Content-Length: the limit must be enforced while reading.
        var json = BuilderJson.Serialize(Activities.Message("c", new string('x', 50_000)));
        using var content = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _bot.Http.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "Request body too large", "chunked");
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task Get_Messages_405ProblemDetails()
    {
        using var response = await _bot.Http.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_ManyBadRequestsInParallel_NoneIs500()
    {
        var bodies = BadBodies.Select(row => (string)row[1]).ToList();
        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => _bot.PostRawAsync(bodies[i % bodies.Count])));

        Assert.All(responses, r => Assert.InRange((int)r.StatusCode, 400, 499));
        foreach (var r in responses)
            r.Dispose();
        await AssertStillServesAsync();
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected, string title, string because)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{because}: expected {(int)expected}, got {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal((int)expected, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    private async Task AssertStillServesAsync()
    {
        var replies = await _bot.ExchangeAsync(Activities.UserJoined("still-serving-" + Guid.NewGuid().ToString("N")));
        Assert.NotEmpty(replies);
    }

    /// <summary>Hides the length so HttpClient cannot send Content-Length.</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
