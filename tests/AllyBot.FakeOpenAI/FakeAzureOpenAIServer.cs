using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllyBot.FakeOpenAI;

/// A fake Azure OpenAI resource on Kestrel at 127.0.0.1 (a free port): POST
/// /openai/deployments/{deployment}/chat/completions?api-version=… with the api-key header, and the
/// OpenAI-compatible POST /v1/chat/completions with a bearer key. Answers come from queued replies (Enqueue),
/// then from Responder; each request is recorded. Completions carry usage (about four characters a token, as
/// OpenAI's own rule of thumb), streamed requests get SSE chunks, a usage chunk and "data: [DONE]".
public sealed class FakeAzureOpenAIServer : IAsyncDisposable
{
    public const string DefaultApiKey = "fake-azure-key";
    public const string DefaultDeployment = "allybot-chat";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeReply> _queued = new();
    private readonly ConcurrentQueue<FakeChatRequest> _requests = new();

    private FakeAzureOpenAIServer(WebApplication app, string apiKey, string deployment)
    {
        _app = app;
        ApiKey = apiKey;
        Deployment = deployment;
    }

    public string ApiKey { get; }
    public string Deployment { get; }

    /// The resource endpoint to configure (AzureOpenAI:Endpoint), e.g. http://127.0.0.1:41234/.
    public Uri Endpoint => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    /// The OpenAI-compatible base address (OpenAI:Endpoint).
    public Uri OpenAIEndpoint => new(Endpoint, "v1/");

    /// Answers a request when nothing is queued. Default: "{}".
    public Func<FakeChatRequest, FakeReply> Responder { get; set; } = _ => FakeReply.Of("{}");

    /// Extra wait before every answer (a model's fixed latency), on top of a reply's own Delay.
    public TimeSpan Latency { get; set; }

    /// Wait between streamed chunks.
    public TimeSpan ChunkDelay { get; set; }

    public IReadOnlyList<FakeChatRequest> Requests => _requests.ToArray();

    /// The usage of every completion answered so far (prompt, completion tokens).
    public ConcurrentQueue<(int Prompt, int Completion)> Answered { get; } = new();

    public void Enqueue(params FakeReply[] replies)
    {
        foreach (var reply in replies)
        {
            _queued.Enqueue(reply);
        }
    }

    public static async Task<FakeAzureOpenAIServer> StartAsync(string apiKey = DefaultApiKey, string deployment = DefaultDeployment)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeAzureOpenAIServer(app, apiKey, deployment);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", (HttpContext context, string deployment) => server.AzureAsync(context, deployment));
        app.MapPost("/v1/chat/completions", server.OpenAIAsync);
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task AzureAsync(HttpContext context, string deployment)
    {
        if (string.IsNullOrEmpty(context.Request.Query["api-version"]))
        {
            return Problem(context, 404, "Resource not found (no api-version).");
        }
        if (context.Request.Headers["api-key"] != ApiKey)
        {
            return Problem(context, 401, "Access denied due to invalid subscription key or wrong API endpoint.");
        }
        return deployment == Deployment
            ? AnswerAsync(context)
            : Problem(context, 404, "The API deployment for this resource does not exist.", "DeploymentNotFound");
    }

    private Task OpenAIAsync(HttpContext context) =>
        context.Request.Headers.Authorization == $"Bearer {ApiKey}" ? AnswerAsync(context) : Problem(context, 401, "Incorrect API key provided.");

    private async Task AnswerAsync(HttpContext context)
    {
        var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var request = new FakeChatRequest(
            context.Request.Path, context.Request.Query["api-version"], context.Request.Headers["api-key"],
            context.Request.Headers.Authorization, body.RootElement.Clone());
        _requests.Enqueue(request);
        var reply = _queued.TryDequeue(out var next) ? next : Responder(request);
        await Task.Delay(Latency + reply.Delay, context.RequestAborted);
        switch (reply)
        {
            case FakeReply.Error error:
                foreach (var (name, value) in error.Headers ?? new Dictionary<string, string>())
                {
                    context.Response.Headers[name] = value;
                }
                context.Response.StatusCode = error.Status;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(error.Body, context.RequestAborted);
                break;
            case FakeReply.Content content:
                var usage = (Prompt: Tokens(request.Messages.Sum(m => m.Content.Length)), Completion: Tokens(content.Text.Length));
                Answered.Enqueue(usage);
                await (request.Stream ? StreamAsync(context, content, usage) : CompleteAsync(context, content, usage));
                break;
        }
    }

    private static Task CompleteAsync(HttpContext context, FakeReply.Content content, (int Prompt, int Completion) usage)
    {
        var completion = new Dictionary<string, object?>
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = "gpt-4o-mini",
            ["choices"] = new[] { new Dictionary<string, object?> { ["index"] = 0, ["message"] = new { role = "assistant", content = content.Text }, ["finish_reason"] = content.FinishReason } },
            ["usage"] = UsageJson(usage),
        };
        return context.Response.WriteAsJsonAsync(completion, context.RequestAborted);
    }

    private async Task StreamAsync(HttpContext context, FakeReply.Content content, (int Prompt, int Completion) usage)
    {
        context.Response.ContentType = "text/event-stream";
        await SendAsync(context, Chunk(new { role = "assistant", content = "" }, null));
        for (var i = 0; i < content.Text.Length; i += 24)
        {
            await Task.Delay(ChunkDelay, context.RequestAborted);
            await SendAsync(context, Chunk(new { content = content.Text.Substring(i, Math.Min(24, content.Text.Length - i)) }, null));
        }
        await SendAsync(context, Chunk(new { }, content.FinishReason));
        await SendAsync(context, new Dictionary<string, object?> { ["id"] = "chatcmpl-fake", ["object"] = "chat.completion.chunk", ["created"] = 0, ["model"] = "gpt-4o-mini", ["choices"] = Array.Empty<object>(), ["usage"] = UsageJson(usage) });
        await context.Response.WriteAsync("data: [DONE]\n\n", context.RequestAborted);
    }

    private static Dictionary<string, object?> Chunk(object delta, string? finishReason) => new()
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion.chunk",
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["model"] = "gpt-4o-mini",
        ["choices"] = new[] { new Dictionary<string, object?> { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finishReason } },
    };

    private static async Task SendAsync(HttpContext context, object chunk)
    {
        await context.Response.WriteAsync("data: " + JsonSerializer.Serialize(chunk) + "\n\n", Encoding.UTF8, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static object UsageJson((int Prompt, int Completion) usage) =>
        new { prompt_tokens = usage.Prompt, completion_tokens = usage.Completion, total_tokens = usage.Prompt + usage.Completion };

    private static int Tokens(int characters) => (characters + 3) / 4;

    private static Task Problem(HttpContext context, int status, string message, string? code = null)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = new { code = code ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture), message } });
    }
}
