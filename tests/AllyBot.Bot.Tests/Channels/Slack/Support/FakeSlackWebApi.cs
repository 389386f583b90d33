using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllyBot.Bot.Tests.Channels.Slack.Support;

/// <summary>One Web API call the fake received.</summary>
public sealed record SlackApiCall(string Method, string? Authorization, JsonElement Body)
{
    public string? Channel => Body.TryGetProperty("channel", out var c) ? c.GetString() : null;
    public string? ThreadTs => Body.TryGetProperty("thread_ts", out var t) ? t.GetString() : null;
    public string? Text => Body.TryGetProperty("text", out var t) ? t.GetString() : null;
    public JsonElement Blocks => Body.GetProperty("blocks");

    /// <summary>The buttons of the message, in order: (text, value).</summary>
    public IReadOnlyList<(string Text, string? Value, string ActionId)> Buttons() =>
        Blocks.EnumerateArray().Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray())
            .Select(e => (e.GetProperty("text").GetProperty("text").GetString()!,
                e.TryGetProperty("value", out var v) ? v.GetString() : null,
                e.GetProperty("action_id").GetString()!))
            .ToList();
}

/// <summary>
/// A stand-in for Slack's Web API on a real Kestrel listener on 127.0.0.1: records every call and answers
/// <c>chat.postMessage</c>, <c>auth.test</c> and <c>conversations.open</c> as Slack does. Scripted answers
/// (<see cref="Script"/>) come first, e.g. a 429 with Retry-After or an <c>ok:false</c>.
/// </summary>
public sealed class FakeSlackWebApi : IAsyncDisposable
{
    public const string BotUserId = "UBOT";
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SlackApiCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpContext, Task>>> _scripts = new();
    private int _ts;

    private FakeSlackWebApi(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<SlackApiCall> Calls => _calls.ToList();

    public IReadOnlyList<SlackApiCall> Posts => _calls.Where(c => c.Method == "chat.postMessage").ToList();

    public static async Task<FakeSlackWebApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlackWebApi(app);
        app.MapPost("/api/{method}", fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address.TrimEnd('/') + "/api/");
        return fake;
    }

    /// <summary>Queues a one-off answer for the next call of <paramref name="method"/>.</summary>
    public void Script(string method, int status, object body, string? retryAfterSeconds = null) =>
        _scripts.GetOrAdd(method, _ => new()).Enqueue(async context =>
        {
            context.Response.StatusCode = status;
            if (retryAfterSeconds is not null)
                context.Response.Headers.RetryAfter = retryAfterSeconds;
            await context.Response.WriteAsJsonAsync(body);
        });

    /// <summary>Waits until at least <paramref name="count"/> messages were posted, and returns them all.</summary>
    public async Task<IReadOnlyList<SlackApiCall>> WaitForPostsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (Posts.Count < count)
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Expected {count} chat.postMessage call(s), got {Posts.Count}.");
            await Task.Delay(20);
        }
        return Posts;
    }

    private async Task HandleAsync(HttpContext context, string method)
    {
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
        _calls.Enqueue(new SlackApiCall(method, context.Request.Headers.Authorization.ToString(), body));
        if (_scripts.TryGetValue(method, out var script) && script.TryDequeue(out var answer))
        {
            await answer(context);
            return;
        }
        object reply = method switch
        {
            "chat.postMessage" => new JsonObject
            {
                ["ok"] = true,
                ["channel"] = body.GetProperty("channel").GetString(),
                ["ts"] = $"1800000000.{Interlocked.Increment(ref _ts):D6}",
            },
            "auth.test" => new { ok = true, user_id = BotUserId, bot_id = "BBOT", team_id = "T1", user = "allybot" },
            "conversations.open" => new { ok = true, channel = new { id = "D" + body.GetProperty("users").GetString() } },
            _ => new { ok = false, error = "unknown_method" },
        };
        await context.Response.WriteAsJsonAsync(reply);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
