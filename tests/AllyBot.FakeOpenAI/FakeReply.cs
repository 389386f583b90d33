using System.Text.Json;

namespace AllyBot.FakeOpenAI;

/// What the fake answers to one chat completions request. Content is a normal completion (streamed as SSE when
/// the request asks for a stream); Error is an HTTP error with a JSON body and headers. Delay holds the answer
/// back first (a slow model); a client that gives up cancels the wait.
public abstract record FakeReply
{
    public TimeSpan Delay { get; init; }

    public sealed record Content(string Text, string FinishReason = "stop") : FakeReply;

    public sealed record Error(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null) : FakeReply;

    public static FakeReply Json(object value) => new Content(JsonSerializer.Serialize(value));

    public static FakeReply Of(string text) => new Content(text);

    /// 429 Too Many Requests with Azure's retry-after-ms header.
    public static FakeReply RateLimited(int retryAfterMs) => new Error(429,
        """{"error":{"code":"429","message":"Requests to the ChatCompletions_Create Operation have exceeded the rate limit of your current tier. Please retry after a moment."}}""",
        new Dictionary<string, string> { ["retry-after-ms"] = retryAfterMs.ToString(System.Globalization.CultureInfo.InvariantCulture), ["retry-after"] = Math.Max(1, retryAfterMs / 1000).ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public static FakeReply ServerError() => new Error(500, """{"error":{"code":"InternalServerError","message":"The server had an error while processing your request."}}""");

    /// Azure's 400 when the prompt trips the content filter.
    public static FakeReply ContentFilterError() => new Error(400, """
        {"error":{"message":"The response was filtered due to the prompt triggering Azure OpenAI's content management policy.","type":null,"param":"prompt","code":"content_filter","status":400,
        "innererror":{"code":"ResponsibleAIPolicyViolation","content_filter_result":{"hate":{"filtered":true,"severity":"high"},"self_harm":{"filtered":false,"severity":"safe"},"sexual":{"filtered":false,"severity":"safe"},"violence":{"filtered":false,"severity":"safe"}}}}}
        """);

    /// A completion the content filter cut off: finish_reason "content_filter" and no usable content.
    public static FakeReply ContentFilterFinish() => new Content("", "content_filter");

    public static FakeReply InvalidJson() => new Content("""{"subject": "Working together", "short": "Hi there, we'd love""");

    public FakeReply After(TimeSpan delay) => this with { Delay = delay };
}
